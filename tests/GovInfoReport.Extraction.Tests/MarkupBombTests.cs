using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using GovInfoReport.Extraction.Tests.Support;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// Nesting and element-count bombs: HTML's streaming pre-scan refuses them with a located result before any tree is
/// built; the DOCX reader counts them as it parses the parts it reads and stops at the limit. Before these limits, a
/// 2.4 KB DOCX nesting w:r 100,000 deep killed the process with a stack overflow (the Open XML SDK built trees
/// recursively), and 363,541 nested div took more than 500 s.
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
    public void A_docx_element_bomb_in_the_main_part_is_refused_where_the_limit_is_passed()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\n"
            + string.Concat(Enumerable.Repeat("<w:p><w:r><w:t>1</w:t></w:r></w:p>", 2_000)) + "</w:body></w:document>";
        var result = ReportExtractor.ExtractBytes(Package(xml), "many.docx", new ExtractionOptions { MaxMarkupElements = 1_000 });
        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        var note = Assert.Single(result.Notes, n => n.Code == ExtractionNoteCodes.TooManyElements);

        // 2 elements in the relationships, w:document and w:body, then 3 per paragraph of 34 characters: the 1,001st
        // element is the 333rd paragraph's w:p, whose name (the reader's position, after the '<') is at column
        // 332 * 34 + 2 of line 2.
        Assert.Contains("word/document.xml, line 2, column 11290", note.MessageEn, StringComparison.Ordinal);
        Assert.Contains("1000", result.ReasonEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7, true)]
    [InlineData(6, false)]
    public void The_element_count_runs_over_the_relationships_and_the_main_part_and_no_other_part(int maxElements, bool read)
    {
        // _rels/.rels holds 2 elements, document.xml 5; [Content_Types].xml (4) and word/styles.xml (3) are not read,
        // so they are not counted. Before the count moved into the reader, its pre-scan counted every part: 14.
        var docx = Package(Paragraph("x"), ("word/styles.xml", "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style><w:name/></w:style></w:styles>"));
        var result = ReportExtractor.ExtractBytes(docx, "small.docx", new ExtractionOptions { MaxMarkupElements = maxElements });
        ReadOrRefused(result, read, ExtractionNoteCodes.TooManyElements, "word/document.xml, line 1");
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(4, false)]
    public void Nesting_exactly_at_the_depth_limit_is_read_and_one_level_more_is_refused(int maxDepth, bool read)
    {
        // w:document, w:body, w:p, w:r, w:t: five levels.
        var result = ReportExtractor.ExtractBytes(Package(Paragraph("x")), "small.docx", new ExtractionOptions { MaxMarkupDepth = maxDepth });

        // Refused at w:t's name, after the root's 83 characters and "<w:body><w:p><w:r><" (19): column 103.
        ReadOrRefused(result, read, ExtractionNoteCodes.TooDeeplyNested, "word/document.xml, line 1, column 103");
    }

    // Read (and found not to be a report: one paragraph "x"), or refused with the limit's note at the place given.
    private static void ReadOrRefused(ExtractionResult result, bool read, string code, string place)
    {
        if (read)
        {
            Assert.Equal(ExtractionStatus.NotAnnualReport, result.Status);
            Assert.DoesNotContain(result.Notes, n => n.Code == code);
            return;
        }

        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        var note = Assert.Single(result.Notes, n => n.Code == code);
        Assert.Contains(place, note.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deep")]
    [InlineData("many")]
    [InlineData("malformed")]
    public void A_bomb_in_a_part_the_reader_never_opens_is_not_parsed_and_the_document_reads(string bomb)
    {
        // The styles part is not read: its markup cannot cost anything, so it is not refused. The pre-scan before this
        // parsed every .xml part and refused the first two packages (nested too deeply; too many elements).
        var styles = bomb switch
        {
            "deep" => "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + string.Concat(Enumerable.Repeat("<w:style>", 100_000)) + string.Concat(Enumerable.Repeat("</w:style>", 100_000)) + "</w:styles>",
            "many" => "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + string.Concat(Enumerable.Repeat("<w:style/>", 600_000)) + "</w:styles>",
            _ => "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style>",
        };
        var report = DocxRenderer.Render(ReportLayout.FromPayload(TestFiles.Fixture("002")));
        var expected = ReportExtractor.ExtractBytes(report, "plain.docx");
        Assert.True(expected.IsAnnualReport, expected.ReasonEn);

        var result = ReportExtractor.ExtractBytes(WithPart(report, "word/styles.xml", styles), "styled.docx");
        Assert.True(result.IsAnnualReport, result.ReasonEn);
        Assert.DoesNotContain(result.Notes, n => n.Code is ExtractionNoteCodes.TooDeeplyNested or ExtractionNoteCodes.TooManyElements);
        Assert.Equal(expected.GetPayloadUtf8(), result.GetPayloadUtf8());
        Assert.Equal(expected.Notes.Count, result.Notes.Count);
    }

    [Fact]
    public void Nesting_in_the_package_relationships_is_refused_and_names_that_part()
    {
        var relationships = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\n"
            + string.Concat(Enumerable.Repeat("<x>", 300)) + string.Concat(Enumerable.Repeat("</x>", 300)) + "</Relationships>";
        var result = ReportExtractor.ExtractBytes(Package(Paragraph("x"), ("_rels/.rels", relationships)), "rels.docx");
        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        var note = Assert.Single(result.Notes, n => n.Code == ExtractionNoteCodes.TooDeeplyNested);

        // Depth 256 is the 256th x (the root is depth 0), whose name is at column 255 * 3 + 2 of line 2.
        Assert.Contains("_rels/.rels, line 2, column 767", note.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_docx_passes_the_limits()
    {
        var fixture = TestFiles.Fixture("002");
        var result = ReportExtractor.ExtractDocx(new MemoryStream(DocxRenderer.Render(ReportLayout.FromPayload(fixture))));
        Assert.True(result.IsAnnualReport, result.ReasonEn);
    }

    private static string Paragraph(string text)
        => "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>";

    private static byte[] WithPart(byte[] docx, string name, string content)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            Write(zip, name, content);
        }

        return stream.ToArray();
    }

    /// <summary>A minimal package around <paramref name="documentXml"/>; <paramref name="parts"/> add parts or replace one.</summary>
    private static byte[] Package(string documentXml, params (string Name, string Content)[] parts)
    {
        var all = new (string Name, string Content)[]
        {
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
            ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/document.xml", documentXml),
        };
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in all.Where(p => !parts.Any(q => q.Name == p.Name)).Concat(parts))
            {
                Write(zip, name, content);
            }
        }

        return stream.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
