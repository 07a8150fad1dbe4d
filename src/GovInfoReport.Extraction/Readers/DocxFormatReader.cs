using System.Collections.Generic;
using System.IO;
using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Extraction.Readers;

/// <summary>Word (.docx) documents (<see cref="DocxDocumentReader"/>); told by the ZIP signature.</summary>
internal sealed class DocxFormatReader : IDocumentFormatReader
{
    public SourceFormat Format => SourceFormat.Docx;

    public IReadOnlyList<string> FilePatterns { get; } = ["*.docx"];

    public bool CanRead(FormatInput input, ExtractionOptions options) => input.Bytes is [(byte)'P', (byte)'K', ..];

    public FormatRead Read(FormatInput input, ExtractionOptions options)
    {
        var docx = input.Bytes;
        if (docx.Length > options.MaxDocxBytes)
        {
            return FormatRead.TooLarge(docx.Length, options.MaxDocxBytes);
        }

        if (docx.Length < 4 || !CanRead(input, options))
        {
            return FormatRead.Refused("输入不是 DOCX 文件（不是 ZIP 包）。", "The input is not a DOCX file (not a ZIP package).");
        }

        try
        {
            using (var scan = new MemoryStream(docx, writable: false))
            {
                if (MarkupLimits.ScanDocx(scan, options.MaxMarkupDepth, options.MaxMarkupElements, options.MaxDocxPartChars) is { } exceeded)
                {
                    return FormatRead.LimitExceeded(exceeded);
                }
            }

            using var buffer = new MemoryStream(docx, writable: false);
            return FormatRead.Read(DocxDocumentReader.Read(buffer, options.MaxDocxPartChars));
        }
        catch (InvalidDataException exception)
        {
            return FormatRead.Refused("DOCX 文件无法读取：" + exception.Message, "The DOCX file cannot be read: " + exception.Message);
        }
        catch (IOException exception)
        {
            return FormatRead.Refused("DOCX 文件无法读取：" + exception.Message, "The DOCX file cannot be read: " + exception.Message);
        }
    }
}
