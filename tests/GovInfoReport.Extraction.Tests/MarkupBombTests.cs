using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using GovInfoReport.Extraction.Tests.Support;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// Nesting and element-count bombs: the streaming pre-scans refuse them with a located result before any tree is built.
/// Before them, a 2.4 KB DOCX nesting w:r 100,000 deep killed the process with a stack overflow, and 363,541 nested
/// div took more than 500 s.
/// </summary>
public sealed class MarkupBombTests
{
    [Theory]
    [InlineData(100_000)]
    [InlineData(363_541)]
    public void Nested_divs_are_refused_as_too_deeply_nested(int depth)
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "x" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        Assert.True(html.Length < ExtractionOptions.Default.MaxInputChars);
        var result = ReportExtractor.ExtractBytes(Encoding.UTF8.GetBytes(html), "bomb.html");
        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        var note = Assert.Single(result.Notes, n => n.Code == ExtractionNoteCodes.TooDeeplyNested);
        Assert.Contains("line 1, column", note.MessageEn, StringComparison.Ordinal);
        Assert.Contains("256", result.ReasonEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_elements_are_refused()
    {
        var html = "<html><body>\n" + string.Concat(Enumerable.Repeat("<b>1</b>", 600)) + "</body></html>";
        var result = ReportExtractor.ExtractHtml(html, "many.html", new ExtractionOptions { MaxMarkupElements = 500 });
        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        Assert.Contains(result.Notes, n => n.Code == ExtractionNoteCodes.TooManyElements && n.MessageEn.Contains("line 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Unclosed_paragraphs_and_void_elements_do_not_count_as_nesting()
    {
        // A real report page: thousands of <p> and <br> without end tags must not look like a bomb.
        var fixture = TestFiles.Fixture("004");
        var page = HtmlRenderer.Render(ReportLayout.FromPayload(fixture)).Replace("</p>", string.Empty, StringComparison.Ordinal);
        page = page.Replace("<div class=\"footer\">", string.Concat(Enumerable.Repeat("<p>　<br><img src=x>", 2000)) + "<div class=\"footer\">", StringComparison.Ordinal);
        var result = ReportExtractor.ExtractHtml(page);
        Assert.True(result.IsAnnualReport, result.ReasonEn);
    }

    [Fact]
    public void A_docx_nesting_runs_100000_deep_is_refused_without_a_stack_overflow()
    {
        var depth = 100_000;
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
            + string.Concat(Enumerable.Repeat("<w:r>", depth)) + "<w:t>x</w:t>" + string.Concat(Enumerable.Repeat("</w:r>", depth)) + "</w:p></w:body></w:document>";
        var docx = Package(xml);
        Assert.True(docx.Length < 10_000, docx.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var result = ReportExtractor.ExtractBytes(docx, "bomb.docx");
        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        var note = Assert.Single(result.Notes, n => n.Code == ExtractionNoteCodes.TooDeeplyNested);
        Assert.Contains("word/document.xml, line 1", note.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_docx_passes_the_scan()
    {
        var fixture = TestFiles.Fixture("002");
        var result = ReportExtractor.ExtractDocx(new MemoryStream(DocxRenderer.Render(ReportLayout.FromPayload(fixture))));
        Assert.True(result.IsAnnualReport, result.ReasonEn);
    }

    private static byte[] Package(string documentXml)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Write(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Write(zip, "word/document.xml", documentXml);
        }

        return stream.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
