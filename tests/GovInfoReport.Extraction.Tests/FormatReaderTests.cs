using System;
using System.Linq;
using GovInfoReport.Extraction.Readers;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>Each input format is one class behind <see cref="IDocumentFormatReader"/>: the reader that builds the document is the one that recognises and bounds its input.</summary>
public sealed class FormatReaderTests
{
    [Fact]
    public void Pdf_docx_and_html_are_each_read_by_one_class_behind_the_format_interface()
    {
        Assert.Same(PdfDocumentReader.Instance, FormatReaders.Pdf);
        Assert.Same(DocxDocumentReader.Instance, FormatReaders.Docx);
        Assert.Same(HtmlDocumentReader.Instance, FormatReaders.Html);

        var implementations = typeof(IDocumentFormatReader).Assembly.GetTypes()
            .Where(t => t.IsClass && typeof(IDocumentFormatReader).IsAssignableFrom(t))
            .Select(t => t.Name)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains(nameof(PdfDocumentReader), implementations);
        Assert.Contains(nameof(DocxDocumentReader), implementations);
        Assert.Contains(nameof(HtmlDocumentReader), implementations);
        Assert.DoesNotContain(implementations, name => name is "PdfFormatReader" or "DocxFormatReader" or "HtmlFormatReader");
    }

    [Fact]
    public void Each_format_is_told_by_its_content()
    {
        var options = ExtractionOptions.Default;

        Assert.Same(FormatReaders.Pdf, FormatReaders.For(FormatInput.OfBytes("%PDF-1.7\n"u8.ToArray()), options));
        Assert.Same(FormatReaders.Docx, FormatReaders.For(FormatInput.OfBytes("PK\x03\x04"u8.ToArray()), options));
        Assert.Same(FormatReaders.Html, FormatReaders.For(FormatInput.OfText("<p>一、总体情况</p><table><tr><td>1</td></tr></table>"), options));
        Assert.Same(FormatReaders.Text, FormatReaders.For(FormatInput.OfText("一、总体情况"), options));
    }
}
