using System;
using System.IO;
using System.Linq;
using System.Text;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Tests.Support;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>Bad input never throws: huge, binary, broken or hostile input gives a clear result.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void Oversized_text_is_not_read()
    {
        var result = ReportExtractor.Extract(new string('报', 5000), "big.txt", new ExtractionOptions { MaxInputChars = 1000 });
        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        Assert.Contains(result.Notes, n => n.Code == ExtractionNoteCodes.InputTooLarge);
        Assert.Contains("too large", result.ReasonEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_input_is_unreadable()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 256)).ToArray();
        Assert.Equal(ExtractionStatus.Unreadable, ReportExtractor.Extract(Encoding.Latin1.GetString(bytes)).Status);
        Assert.Equal(ExtractionStatus.Unreadable, ReportExtractor.ExtractBytes(bytes).Status);
        Assert.Equal(ExtractionStatus.Unreadable, ReportExtractor.ExtractDocx(new MemoryStream(bytes)).Status);
        Assert.Equal(ExtractionStatus.Unreadable, ReportExtractor.ExtractDocx(new MemoryStream([(byte)'P', (byte)'K', 3, 4, 0, 0, 0, 0])).Status);
        Assert.Equal(ExtractionStatus.Unreadable, ReportExtractor.ExtractHtml("<html>\0\0\0\0\0</html>").Status);
    }

    [Fact]
    public void Oversized_docx_is_not_read()
    {
        var docx = DocxRenderer.Render(ReportLayout.FromPayload(TestFiles.Fixture("000")));
        var result = ReportExtractor.ExtractDocx(new MemoryStream(docx), "big.docx", new ExtractionOptions { MaxDocxBytes = 1000 });
        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        Assert.Contains(result.Notes, n => n.Code == ExtractionNoteCodes.InputTooLarge);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\t\t\n")]
    [InlineData("无")]
    [InlineData("一、总体情况")]
    [InlineData("<html><body><table><tr><td rowspan=\"99999\" colspan=\"99999\">第二十条第（一）项</td></tr></table></body></html>")]
    public void Empty_or_trivial_input_is_not_a_report(string text)
    {
        var result = text.StartsWith('<') ? ReportExtractor.ExtractHtml(text) : ReportExtractor.Extract(text);
        Assert.Equal(ExtractionStatus.NotAnnualReport, result.Status);
        Assert.NotNull(result.ReasonEn);
    }

    [Fact]
    public void Deeply_nested_html_does_not_exhaust_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 20000)) + "2022年政府信息公开工作年度报告" + string.Concat(Enumerable.Repeat("</span></div>", 20000));
        var result = ReportExtractor.ExtractHtml(html);
        Assert.NotEqual(ExtractionStatus.Extracted, result.Status);
    }

    [Fact]
    public void Mutilated_reports_never_throw_and_never_fail_internally()
    {
        var random = new Random(20240601);
        foreach (var seed in new[] { "000", "001", "002", "004" })
        {
            var lines = TestFiles.SeedText(seed).Split('\n');
            for (var round = 0; round < 15; round++)
            {
                var mutated = lines.Where(_ => random.NextDouble() > 0.08).Select(l => random.NextDouble() < 0.03 ? l + "\t???" : l);
                var result = ReportExtractor.Extract(string.Join("\n", mutated));
                Assert.DoesNotContain("internal error", result.ReasonEn ?? string.Empty, StringComparison.Ordinal);
                if (result.IsAnnualReport)
                {
                    Assert.NotNull(result.Payload);
                    Assert.NotNull(result.GetPayloadUtf8());
                }
            }
        }
    }

    [Fact]
    public void Bytes_are_sniffed_as_docx_html_or_text()
    {
        var fixture = TestFiles.Fixture("004");
        Assert.Equal(SourceFormat.Docx, ReportExtractor.ExtractBytes(DocxRenderer.Render(ReportLayout.FromPayload(fixture))).Format);
        Assert.Equal(SourceFormat.Html, ReportExtractor.ExtractBytes(Encoding.UTF8.GetBytes(HtmlRenderer.Render(ReportLayout.FromPayload(fixture)))).Format);
        var text = ReportExtractor.ExtractBytes(File.ReadAllBytes(TestFiles.SeedPath("004")));
        Assert.Equal(SourceFormat.Text, text.Format);
        Assert.True(text.IsAnnualReport);
    }

    [Fact]
    public void A_caller_built_document_goes_through_the_same_reader()
    {
        var document = Readers.TextDocumentReader.Read(TestFiles.SeedText("002"));
        var result = ReportExtractor.Extract(new SourceDocument(SourceFormat.Blocks, document.Blocks), "blocks");
        Assert.True(result.IsAnnualReport);
        PayloadAssert.Contains(TestFiles.Fixture("002")["applications"]!, result.Payload!["applications"], "/applications");
    }
}
