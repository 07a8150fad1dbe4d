using System;
using System.Linq;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Tests.Support;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// Space-aligned text: what is read from positions and what is left out rather than guessed (a value standing between
/// two columns, a label fragment that completes no statutory label).
/// </summary>
public sealed class AlignedTextTests
{
    private static string Report(string table三) => string.Join("\n",
        "示例县卫生健康局",
        "2022年政府信息公开工作年度报告",
        "一、总体情况",
        "本年度工作情况良好。",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        table三,
        Line("（七）总计", "4", "0", "0", "0", "0", "0", "4").TrimEnd('\n'),
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "无。",
        "六、其他需要报告的事项",
        "无。");

    /// <summary>Column starts by character position, as <c>pdftotext -layout</c> prints them (a CJK character is one position).</summary>
    private static readonly int[] Starts = [32, 42, 52, 62, 72, 82, 92];

    private static string Line(string label, params string[] cells)
    {
        var line = new System.Text.StringBuilder(label.PadRight(104));
        for (var c = 0; c < cells.Length; c++)
        {
            for (var i = 0; i < cells[c].Length; i++)
            {
                line[Starts[c] + i] = cells[c][i];
            }
        }

        return line.ToString().TrimEnd() + "\n";
    }

    private static string Header => Line(string.Empty, "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

    [Fact]
    public void A_blank_column_is_read_from_the_header_position()
    {
        var text = Report(Header +
            Line("一、本年新收政府信息公开申请数量", "5", "", "", "", "", "", "5") +
            Line("二、上年结转政府信息公开申请数量", "1", "1", "", "", "", "", "2"));

        var result = ReportExtractor.Extract(text, "aligned.txt");

        Assert.Equal(5m, PayloadAssert.Number(PayloadAssert.At(result.Payload!, "/applications/newApplications/naturalPersons")!));
        Assert.Equal(0m, PayloadAssert.Number(PayloadAssert.At(result.Payload!, "/applications/newApplications/commercialEnterprises")!));
        Assert.Equal(5m, PayloadAssert.Number(PayloadAssert.At(result.Payload!, "/applications/newApplications/total")!));
        Assert.Equal(1m, PayloadAssert.Number(PayloadAssert.At(result.Payload!, "/applications/carriedOverFromPreviousYear/commercialEnterprises")!));
        Assert.Equal(2m, PayloadAssert.Number(PayloadAssert.At(result.Payload!, "/applications/carriedOverFromPreviousYear/total")!));
    }

    [Fact]
    public void Columns_aligned_by_display_width_are_read_too()
    {
        // A monospace editor draws a CJK character two columns wide: the values line up by display width, not by character.
        static string Wide(string label, params string[] cells)
        {
            var line = new System.Text.StringBuilder(label);
            var width = label.Sum(c => c > '\u2E80' ? 2 : 1);
            for (var c = 0; c < cells.Length; c++)
            {
                var target = 40 + (c * 14);
                line.Append(' ', Math.Max(2, target - width));
                line.Append(cells[c]);
                width = Math.Max(width + 2, target) + cells[c].Sum(ch => ch > '\u2E80' ? 2 : 1);
            }

            return line.ToString().TrimEnd() + "\n";
        }

        var text = Report(Wide(string.Empty, "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计") +
            Wide("一、本年新收政府信息公开申请数量", "5", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, "5") +
            Wide("二、上年结转政府信息公开申请数量", "1", "1", string.Empty, string.Empty, string.Empty, string.Empty, "2") +
            Wide("（一）予以公开", "3", "0", "0", "0", "0", "0", "3"));

        var result = ReportExtractor.Extract(text, "wide.txt");

        Assert.Equal(0m, PayloadAssert.Number(PayloadAssert.At(result.Payload!, "/applications/newApplications/commercialEnterprises")!));
        Assert.Equal(5m, PayloadAssert.Number(PayloadAssert.At(result.Payload!, "/applications/newApplications/total")!));
        Assert.Equal(1m, PayloadAssert.Number(PayloadAssert.At(result.Payload!, "/applications/carriedOverFromPreviousYear/commercialEnterprises")!));
        Assert.Equal(2m, PayloadAssert.Number(PayloadAssert.At(result.Payload!, "/applications/carriedOverFromPreviousYear/total")!));
    }

    [Fact]
    public void A_value_standing_between_two_columns_leaves_its_row_out()
    {
        // The second 1 stands between 商业企业 and 科研机构 (nearer neither by far): no column is clearly its own.
        var text = Report(Header +
            Line("一、本年新收政府信息公开申请数量", "5", "", "", "", "", "", "5") +
            Line("二、上年结转政府信息公开申请数量", "1", "", "", "", "", "", "2").Remove(48, 1).Insert(48, "1"));

        var result = ReportExtractor.Extract(text, "aligned.txt");

        Assert.Null(PayloadAssert.At(result.Payload!, "/applications/carriedOverFromPreviousYear/commercialEnterprises"));
        Assert.Null(PayloadAssert.At(result.Payload!, "/applications/carriedOverFromPreviousYear/researchInstitutions"));
        Assert.Contains(result.Notes, n => n.Code == ExtractionNoteCodes.AmbiguousRow && n.Pointer == "/applications/carriedOverFromPreviousYear");
        Assert.Equal(5m, PayloadAssert.Number(PayloadAssert.At(result.Payload!, "/applications/newApplications/naturalPersons")!));
    }

    [Fact]
    public void A_label_wrapped_above_its_values_is_joined_and_a_stray_line_is_not()
    {
        var text = Report(Header +
            Line("一、本年新收政府信息公开申请数量", "5", "0", "0", "0", "0", "0", "5") +
            "（二）部分公开（区分处理的，只计这一\n" +
            "情形，不计其他情形）\n" +
            Line(string.Empty, "2", "0", "0", "0", "0", "0", "2") +
            "备注：本表由办公室填报\n" +
            Line(string.Empty, "3", "0", "0", "0", "0", "0", "3"));

        var result = ReportExtractor.Extract(text, "aligned.txt");

        Assert.Equal(2m, PayloadAssert.Number(PayloadAssert.At(result.Payload!, "/applications/outcomes/partiallyDisclosed/total")!));
        var provenance = result.FindProvenance("/applications/outcomes/partiallyDisclosed/total")!;
        Assert.Equal(11, provenance.Location.Line);

        // The last row of values has no label: the annotation above it is not made one, and nothing else is read from it.
        Assert.DoesNotContain(result.Provenance, p => p.Location.Line == 13 && p.Pointer.StartsWith("/applications", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_with_tab_tables_is_not_read_by_position()
    {
        var document = Readers.TextDocumentReader.Read("规章\t0\t0\t21\n规范性文件  8  0  26\n行政许可  33  +5  15\n行政强制  1  0  0");

        Assert.Contains(document.Blocks, b => b is SourceTable t && t.Rows.Any(r => r.Cells.Count == 4 && r.Cells[0].Text == "规章"));
        Assert.Contains(document.Blocks, b => b is SourceParagraph p && p.Text.StartsWith("规范性文件  8", StringComparison.Ordinal));
    }
}
