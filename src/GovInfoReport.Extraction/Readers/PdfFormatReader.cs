using System;
using System.Collections.Generic;
using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Extraction.Readers;

/// <summary>PDF with a text layer (<see cref="PdfDocumentReader"/>); told by its "%PDF-" header.</summary>
internal sealed class PdfFormatReader : IDocumentFormatReader
{
    public SourceFormat Format => SourceFormat.Pdf;

    public IReadOnlyList<string> FilePatterns { get; } = ["*.pdf"];

    public bool CanRead(FormatInput input, ExtractionOptions options) => IsPdf(input.Bytes);

    public FormatRead Read(FormatInput input, ExtractionOptions options)
    {
        var pdf = input.Bytes;
        if (pdf.Length > options.MaxPdfBytes)
        {
            return FormatRead.TooLarge(pdf.Length, options.MaxPdfBytes);
        }

        if (!IsPdf(pdf))
        {
            return FormatRead.Refused("输入不是 PDF 文件（没有“%PDF-”文件头）。", "The input is not a PDF file (no \"%PDF-\" header).");
        }

        try
        {
            return PdfDocumentReader.Read(pdf, options);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not StackOverflowException)
        {
            // PdfPig reports a damaged or encrypted file with its own exception types.
            return FormatRead.Refused("PDF 文件无法读取：" + exception.Message, "The PDF file cannot be read: " + exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>A PDF starts with "%PDF-", possibly after a little junk (the format allows up to 1 KB before it).</summary>
    private static bool IsPdf(ReadOnlySpan<byte> content)
    {
        var head = content.Length > 1024 ? content[..1024] : content;
        return head.IndexOf("%PDF-"u8) >= 0;
    }
}
