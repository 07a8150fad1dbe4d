using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using GovInfoReport.Extraction.Checks;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Tests.Support;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>Web pages as published: fragments, CMS chrome, columns printed wider than one grid column, cells merged down, titles in &lt;title&gt;.</summary>
public sealed class WebPageTests
{
    private static readonly string[] OtherSubRowLabels =
    [
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "3.其他",
    ];

    [Fact]
    public void A_cms_fragment_without_html_tags_is_read_as_html_even_after_2_kb_of_text()
    {
        var fixture = TestFiles.Fixture("004");
        var page = HtmlRenderer.Render(ReportLayout.FromPayload(fixture));
        var body = page[(page.IndexOf("<div class=\"content\">", StringComparison.Ordinal) + 21)..page.IndexOf("</div><div class=\"footer\">", StringComparison.Ordinal)];

        // A CMS export: a plain-text header of more than 2 KB, then the content's markup without <html>, <body> or <table> early on.
        var fragment = "栏目：政府信息公开年报 " + new string('　', 2100) + "\n" + body;
        var result = ReportExtractor.ExtractBytes(Encoding.UTF8.GetBytes(fragment), "fragment.htm");
        Assert.Equal(SourceFormat.Html, result.Format);
        Assert.True(result.IsAnnualReport, result.ReasonEn);
        PayloadAssert.Contains(fixture["applications"]!, result.Payload!["applications"], "/applications");
    }

    [Theory]
    [InlineData("002")]
    [InlineData("004")]
    public void Value_cells_spanning_the_columns_of_their_header_are_read_in_every_2021_table(string seed)
    {
        var fixture = TestFiles.Fixture(seed);
        var blocks = ReportLayout.FromPayload(fixture);

        // Table 二's one-number sub-tables printed three grid columns wide (header and value alike), and table 三's
        // 商业企业 column two grid columns wide — the layout of Word-pasted government pages.
        foreach (var caption in new[] { "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项" })
        {
            blocks = LayoutEdits.Replace(blocks, t => LayoutEdits.Has(t, caption), t => LayoutEdits.Widen(LayoutEdits.Widen(t, 1), 1));
        }

        blocks = LayoutEdits.Replace(blocks, t => LayoutEdits.Has(t, "商业企业"), t => LayoutEdits.Widen(t, LayoutEdits.ColumnOf(t, "商业企业")));
        var result = ReportExtractor.ExtractHtml(HtmlRenderer.Render(blocks));
        Assert.True(result.IsAnnualReport);
        PayloadAssert.Contains(fixture["activeDisclosure"]!, result.Payload!["activeDisclosure"], "/activeDisclosure");
        PayloadAssert.Contains(fixture["applications"]!, result.Payload!["applications"], "/applications");
        Assert.DoesNotContain(ReportChecker.Check(result).Issues, i => i.RuleId.StartsWith("structure", StringComparison.Ordinal));
    }

    [Fact]
    public void Fee_and_procurement_rows_of_2019_tables_spanning_two_columns_are_read()
    {
        var fixture = TestFiles.Fixture("000");
        var blocks = ReportLayout.FromPayload(fixture);
        blocks = LayoutEdits.Replace(blocks, t => LayoutEdits.Has(t, "第二十条第（八）项"), t => LayoutEdits.Widen(t, 2));
        blocks = LayoutEdits.Replace(blocks, t => LayoutEdits.Has(t, "第二十条第（九）项"), t => LayoutEdits.Widen(t, 2));
        var result = ReportExtractor.ExtractHtml(HtmlRenderer.Render(blocks));
        PayloadAssert.Contains(fixture["activeDisclosure"]!, result.Payload!["activeDisclosure"], "/activeDisclosure");
    }

    [Fact]
    public void A_value_cell_wider_than_its_header_column_is_left_out_with_a_note()
    {
        // 法人或其他组织 spans five leaf columns: one value printed across all five is not a value of any of them.
        var fixture = TestFiles.Fixture("004");
        var html = HtmlRenderer.Render(ReportLayout.FromPayload(fixture));
        Assert.Contains("一、本年新收政府信息公开申请数量", html, StringComparison.Ordinal);
        var start = html.IndexOf("一、本年新收政府信息公开申请数量", StringComparison.Ordinal);
        var cells = html.IndexOf("</td>", start, StringComparison.Ordinal) + 5;
        var natural = html.IndexOf("</td>", cells, StringComparison.Ordinal) + 5;
        var fifth = natural;
        for (var i = 0; i < 5; i++)
        {
            fifth = html.IndexOf("</td>", fifth, StringComparison.Ordinal) + 5;
        }

        var edited = html[..natural] + "<td colspan=\"5\"><p>3</p></td>" + html[fifth..];
        var result = ReportExtractor.ExtractHtml(edited);
        Assert.Null(result.Payload!["applications"]?["newApplications"]?["commercialEnterprises"]);
        Assert.Contains(result.Notes, n => n.Pointer is { } p && p.StartsWith("/applications/newApplications", StringComparison.Ordinal) && n.Severity == NoteSeverity.Warning);
    }

    [Fact]
    public void A_zero_merged_over_the_other_handling_sub_rows_is_zero_for_each()
    {
        var fixture = TestFiles.Fixture("004");
        var other = fixture["applications"]!["outcomes"]!["otherHandling"]!;
        Assert.All(new[] { "correctionOverdue", "feeUnpaid", "other" }, k => Assert.Equal(0m, PayloadAssert.Number(other[k]!["naturalPersons"]!)));
        var blocks = LayoutEdits.Replace(ReportLayout.FromPayload(fixture), t => LayoutEdits.Has(t, "商业企业"), t => LayoutEdits.MergeFirstValueDown(t, OtherSubRowLabels, "0"));
        var result = ReportExtractor.ExtractHtml(HtmlRenderer.Render(blocks));
        foreach (var key in new[] { "correctionOverdue", "feeUnpaid", "other" })
        {
            Assert.Equal(0, (int)result.Payload!["applications"]!["outcomes"]!["otherHandling"]![key]!["naturalPersons"]!);
            Assert.Contains("0 for each", result.FindProvenance($"/applications/outcomes/otherHandling/{key}/naturalPersons")!.Derivation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_non_zero_value_merged_over_sub_rows_is_absent_for_each_with_a_note()
    {
        var fixture = TestFiles.Fixture("004");
        var blocks = LayoutEdits.Replace(ReportLayout.FromPayload(fixture), t => LayoutEdits.Has(t, "商业企业"), t => LayoutEdits.MergeFirstValueDown(t, OtherSubRowLabels, "2"));
        var result = ReportExtractor.ExtractHtml(HtmlRenderer.Render(blocks));
        foreach (var key in new[] { "correctionOverdue", "feeUnpaid", "other" })
        {
            var pointer = $"/applications/outcomes/otherHandling/{key}/naturalPersons";
            Assert.Null(result.Payload!["applications"]!["outcomes"]!["otherHandling"]![key]!["naturalPersons"]);
            Assert.Contains(result.Notes, n => n.Pointer == pointer && n.Code == ExtractionNoteCodes.Unreadable && n.MessageEn.Contains("rows", StringComparison.Ordinal));
        }

        // The other columns of the same rows are still read.
        Assert.NotNull(result.Payload!["applications"]!["outcomes"]!["otherHandling"]!["other"]!["total"]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2")]
    public void A_value_merged_down_in_a_docx_table_is_zero_for_each_row_or_absent(string merged)
    {
        var fixture = TestFiles.Fixture("004");
        var blocks = LayoutEdits.Replace(ReportLayout.FromPayload(fixture), t => LayoutEdits.Has(t, "商业企业"), t => LayoutEdits.MergeFirstValueDown(t, OtherSubRowLabels, merged));
        var result = ReportExtractor.ExtractDocx(new System.IO.MemoryStream(DocxRenderer.Render(blocks)));
        foreach (var key in new[] { "correctionOverdue", "feeUnpaid", "other" })
        {
            var value = result.Payload!["applications"]!["outcomes"]!["otherHandling"]![key]!["naturalPersons"];
            if (merged == "0")
            {
                Assert.Equal(0, (int)value!);
            }
            else
            {
                Assert.Null(value);
                Assert.Contains(result.Notes, n => n.Pointer == $"/applications/outcomes/otherHandling/{key}/naturalPersons" && n.Code == ExtractionNoteCodes.Unreadable);
            }
        }
    }

    [Fact]
    public void Agency_and_year_come_from_the_page_title_when_the_body_has_no_title_line()
    {
        var fixture = TestFiles.Fixture("002");
        var blocks = ReportLayout.FromPayload(fixture).Skip(2).ToList(); // no title paragraphs in the body
        var html = HtmlRenderer.Render(blocks).Replace("<title>政府信息公开</title>", $"<title>{(string)fixture["agencyName"]!}{(int)fixture["reportYear"]!}年政府信息公开工作年度报告_年报_门户网站</title>", StringComparison.Ordinal);
        var result = ReportExtractor.ExtractHtml(html);
        Assert.Equal((string)fixture["agencyName"]!, result.AgencyName);
        Assert.Equal((int)fixture["reportYear"]!, result.ReportYear);
    }

    [Fact]
    public void The_article_heading_is_found_after_long_navigation_chrome_and_the_crawler_label_is_dropped()
    {
        var fixture = TestFiles.Fixture("002");
        var chrome = string.Concat(Enumerable.Range(0, 60).Select(i => $"<div><a href=\"/c{i}\">栏目{i}</a></div>"));
        var html = HtmlRenderer.Render(ReportLayout.FromPayload(fixture).Skip(2).ToList())
            .Replace("<div class=\"content\">", "<div class=\"content\">" + chrome + $"<div class=\"article_title\">{(string)fixture["agencyName"]!}{(int)fixture["reportYear"]!}年度政府信息公开工作年度报告</div><span>发布时间：2022-01-20 09:00</span>", StringComparison.Ordinal);
        var result = ReportExtractor.ExtractHtml(html);
        Assert.Equal((string)fixture["agencyName"]!, result.AgencyName);
        Assert.Equal((int)fixture["reportYear"]!, result.ReportYear);

        var text = "标题: " + (string)fixture["agencyName"]! + "2021年度政府信息公开工作年度报告\n" + TestFiles.SeedText("002");
        var fromText = ReportExtractor.Extract(text);
        Assert.Equal((string)fixture["agencyName"]!, fromText.AgencyName);
        Assert.DoesNotContain("标题", fromText.AgencyName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_word_paste_page_of_350_kb_is_read()
    {
        var fixture = TestFiles.Fixture("004");
        var html = HtmlRenderer.Render(ReportLayout.FromPayload(fixture));

        // Word-paste markup: every text wrapped in spans and fonts with long style attributes, padded to 350 KB.
        var style = " style=\"mso-bidi-font-family:Calibri;font-family:仿宋_GB2312;font-size:16.0pt;mso-font-kerning:0pt;line-height:28.0pt\"";
        var padded = html.Replace("<p>", "<p class=\"MsoNormal\"" + style + "><span" + style + "><font face=\"仿宋\">", StringComparison.Ordinal)
            .Replace("</p>", "</font></span></p>", StringComparison.Ordinal);
        var empty = "<p class=\"MsoNormal\"" + style + "><span" + style + "><o:p>&nbsp;</o:p></span></p>";
        var filler = string.Concat(Enumerable.Repeat(empty, ((350_000 - padded.Length) / empty.Length) + 1));
        padded = padded.Replace("<div class=\"footer\">", filler + "<div class=\"footer\">", StringComparison.Ordinal);
        Assert.True(padded.Length >= 350_000);

        var result = ReportExtractor.ExtractBytes(Encoding.UTF8.GetBytes(padded), "paste.html");
        Assert.True(result.IsAnnualReport);
        PayloadAssert.Contains(fixture["applications"]!, result.Payload!["applications"], "/applications");
        PayloadAssert.Contains(fixture["reviewAndLitigation"]!, result.Payload!["reviewAndLitigation"], "/reviewAndLitigation");
    }
}
