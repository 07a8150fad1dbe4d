using System.Collections.Generic;
using System.Linq;

namespace GovInfoReport.Extraction.Readers;

/// <summary>The format readers in the order their content is tried: the first that can read an input reads it.</summary>
internal static class FormatReaders
{
    public static readonly IDocumentFormatReader Pdf = PdfDocumentReader.Instance;

    public static readonly IDocumentFormatReader Docx = DocxDocumentReader.Instance;

    public static readonly IDocumentFormatReader Html = HtmlDocumentReader.Instance;

    public static readonly IDocumentFormatReader Text = TextDocumentReader.Instance;

    /// <summary>Signatures first (%PDF-, ZIP), then markup by content; text, which accepts anything, last.</summary>
    public static readonly IReadOnlyList<IDocumentFormatReader> All = [Pdf, Docx, Html, Text];

    public static IReadOnlyList<string> FilePatterns { get; } = All.SelectMany(reader => reader.FilePatterns).ToArray();

    public static IDocumentFormatReader For(FormatInput input, ExtractionOptions options)
    {
        foreach (var reader in All)
        {
            if (reader.CanRead(input, options))
            {
                return reader;
            }
        }

        return Text;
    }
}
