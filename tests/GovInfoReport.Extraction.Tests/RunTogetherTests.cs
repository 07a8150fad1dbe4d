using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using GovInfoReport.Extraction.Checks;
using GovInfoReport.Extraction.Reading;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// Crawler dumps whose table cells run together: a digit run is split only where the table's arithmetic admits one
/// split (unique by R2, by R4, or by the column rules R3/R1 across rows); otherwise the cells are left out with the
/// candidates listed. Documents made here, with known truth.
/// </summary>
public sealed class RunTogetherTests
{
    private static readonly string[] Rows2021 =
    [
        "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "（三）不予公开1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
        "（四）无法提供1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
        "（五）不予处理1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
        "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他",
        "（七）总计", "四、结转下年度继续办理",
    ];

    private static readonly string[] Columns = ["naturalPersons", "commercialEnterprises", "researchInstitutions", "publicInterestOrganizations", "legalServiceProviders", "otherOrganizations", "total"];

    [Fact]
    public void A_row_with_one_split_satisfying_R2_is_read_inferred_and_R2_is_not_assessable_for_it()
    {
        var result = Extract(Runs(("新收", "640020470"), ("公开", "640020470"), ("总计", "640020470")), review: "10203120001200000");
        Assert.True(result.IsAnnualReport, result.ReasonEn);
        AssertRow(result, "/applications/newApplications", 64, 0, 0, 2, 0, 4, 70);
        AssertRow(result, "/applications/outcomes/disclosed", 64, 0, 0, 2, 0, 4, 70);
        AssertRow(result, "/applications/outcomes/total", 64, 0, 0, 2, 0, 4, 70);
        var provenance = result.FindProvenance("/applications/newApplications/total")!;
        Assert.True(provenance.IsInferred);
        Assert.Equal(["R2"], provenance.Inference!.Rules);
        Assert.Contains("640020470", provenance.Derivation, StringComparison.Ordinal);

        // Table 四: "10203120001200000" has one split under R4 (1 0 2 0 3 | 12 0 0 0 12 | 0 0 0 0 0).
        var review = result.Payload!["reviewAndLitigation"]!;
        Assert.Equal(3, (int)review["administrativeReview"]!["total"]!);
        Assert.Equal(12, (int)review["administrativeLitigation"]!["withoutPriorReview"]!["upheld"]!);
        Assert.Equal(["R4"], result.FindProvenance("/reviewAndLitigation/administrativeReview/total")!.Inference!.Rules);

        // A run of exactly one digit per cell needs no rule; a one-column row ("行政许可15") is not split at all.
        Assert.Empty(result.FindProvenance("/applications/carriedOverFromPreviousYear/total")!.Inference!.Rules);
        Assert.Equal(15, (int)result.Payload!["activeDisclosure"]!["licensing"]!["administrativeLicensing"]!["decisionsThisYear"]!);
        Assert.False(result.FindProvenance("/activeDisclosure/licensing/administrativeLicensing/decisionsThisYear")!.IsInferred);

        var check = ReportChecker.Check(result);
        Assert.Contains(check.NotAssessable, i => i.RuleId == "R2" && i.Pointer == "/applications/newApplications");
        Assert.Contains(check.NotAssessable, i => i.RuleId == "R4" && i.Pointer == "/reviewAndLitigation");
        Assert.DoesNotContain(check.NotAssessable, i => i.Pointer == "/applications/carriedOverFromPreviousYear");
        Assert.DoesNotContain(check.Issues, i => i.Severity == IssueSeverity.Error && i.RuleId is "R1" or "R2" or "R3" or "R4");
    }

    [Fact]
    public void Two_rows_with_two_splits_each_that_the_column_rules_cannot_tell_apart_are_left_out_with_the_candidates()
    {
        // "000011011" is 0 0 0 0 1 10 11 or 0 0 0 0 11 0 11 under R2; the two rows' sum is the same either way round.
        var result = Extract(Runs(("新收", "0 0 0 0 12 10 22"), ("公开", "000011011"), ("部分", "000011011"), ("总计", "0 0 0 0 12 10 22")), review: "000000000000000");
        Assert.True(result.IsAnnualReport, result.ReasonEn);
        foreach (var pointer in new[] { "/applications/outcomes/disclosed", "/applications/outcomes/partiallyDisclosed" })
        {
            foreach (var column in Columns)
            {
                Assert.Null(result.Payload!["applications"]!["outcomes"]![pointer[(pointer.LastIndexOf('/') + 1)..]]?[column]);
                Assert.Contains(result.Notes, n => n.Pointer == pointer + "/" + column);
            }
        }

        var ambiguous = result.Notes.Where(n => n.Code == ExtractionNoteCodes.SplitAmbiguous && n.RawText!.Contains("000011011", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, ambiguous.Count);
        Assert.All(ambiguous, n =>
        {
            Assert.Contains("0 | 0 | 0 | 0 | 1 | 10 | 11", n.MessageEn, StringComparison.Ordinal);
            Assert.Contains("0 | 0 | 0 | 0 | 11 | 0 | 11", n.MessageEn, StringComparison.Ordinal);
        });

        // Printed with spaces, the other rows were never cut: not inferred.
        Assert.False(result.FindProvenance("/applications/newApplications/total")!.IsInferred);
    }

    [Fact]
    public void A_row_with_two_splits_is_decided_by_the_column_rules_and_they_are_then_not_assessable()
    {
        var result = Extract(Runs(("新收", "0 0 0 0 12 10 22"), ("公开", "000011011"), ("部分", "0 0 0 0 11 0 11"), ("总计", "0 0 0 0 12 10 22")), review: "000000000000000");
        AssertRow(result, "/applications/outcomes/disclosed", 0, 0, 0, 0, 1, 10, 11);
        Assert.Equal(["R2", "R3", "R1"], result.FindProvenance("/applications/outcomes/disclosed/total")!.Inference!.Rules);
        var check = ReportChecker.Check(result);
        Assert.Contains(check.NotAssessable, i => i.RuleId == "R3" && i.Pointer == "/applications");
        Assert.Contains(check.NotAssessable, i => i.RuleId == "R1" && i.Pointer == "/applications");
    }

    [Fact]
    public void Table_two_rows_are_cut_only_when_the_digits_admit_one_cut()
    {
        var result = Extract(Runs(("新收", "0000000"), ("总计", "0000000")), review: "000000000000000");
        var regulations = result.Payload!["activeDisclosure"]!["regulations"]!;
        Assert.Equal(0, (int)regulations["departmentalRules"]!["issuedThisYear"]!);
        Assert.Null(regulations["normativeDocuments"]?["issuedThisYear"]);
        var note = Assert.Single(result.Notes, n => n.Code == ExtractionNoteCodes.SplitAmbiguous);
        Assert.Contains("1 | 2 | 30", note.MessageEn, StringComparison.Ordinal);
        Assert.Contains("12 | 3 | 0", note.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("640020470", 7, true, 1)]
    [InlineData("000011011", 7, true, 2)]
    [InlineData("0000000", 7, false, 1)]
    [InlineData("23 0 00 0 023", 7, false, 1)]
    [InlineData("05", 2, false, 1)]
    public void The_splitter_enumerates_printed_numbers_only(string run, int cells, bool rowTotal, int expected)
    {
        var tokens = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kinds = Enumerable.Repeat(RunCellKind.Count, cells).ToArray();
        var splits = DigitRunSplitter.Splits(tokens, kinds, rowTotal ? s => s.Values.Take(6).Sum() == s.Values[6] : null, out var truncated);
        Assert.False(truncated);
        Assert.Equal(expected, splits.Count);
        Assert.All(splits, s => Assert.All(s.Cells, c => Assert.True(c == "0" || c[0] != '0')));
    }

    internal static ExtractionResult Extract(Dictionary<string, string> runs, string review)
    {
        var body = new StringBuilder("当前位置： 首页 政务公开 示例县2021年度政府信息公开工作年度报告 来源：示例县人民政府 时间：2022-01-20 10:00 根据《中华人民共和国政府信息公开条例》，编制本报告。");
        body.Append("一、总体情况2021年，本县依法做好政府信息公开工作，主动公开政府信息1200条。");
        body.Append("二、主动公开政府信息情况 第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件1230");
        body.Append("第二十条第（五）项信息内容本年处理决定数量行政许可15 第二十条第（六）项信息内容本年处理决定数量行政处罚7行政强制0");
        body.Append("第二十条第（八）项信息内容 本年收费金额（单位：万元）行政事业性收费0");
        body.Append("三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计 商业企业科研机构社会公益组织法律服务机构其他");
        foreach (var label in Rows2021)
        {
            var key = runs.Keys.FirstOrDefault(k => label.Contains(k, StringComparison.Ordinal) && !(k == "公开" && !label.Contains("予以公开", StringComparison.Ordinal)));
            body.Append(label).Append(key is null ? "0000000" : runs[key]);
        }

        body.Append(" 四、政府信息公开行政复议、行政诉讼情况 行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计");
        body.Append(review);
        body.Append("五、存在的主要问题及改进情况（一）存在的主要问题：公开质量有待提高。（二）改进措施：加强培训。六、其他需要报告的事项2021年，无收取信息处理费情况。 附件下载");
        var text = "标题: 示例县2021年度政府信息公开工作年度报告\n发布时间: 2022-01-20 10:00\n==================== 正文 ====================\n" + body + "\n";
        return ReportExtractor.Extract(text, "crawler.txt");
    }

    private static Dictionary<string, string> Runs(params (string Key, string Run)[] runs) => runs.ToDictionary(r => r.Key, r => r.Run);

    private static void AssertRow(ExtractionResult result, string pointer, params int[] values)
    {
        for (var c = 0; c < 7; c++)
        {
            var node = Get(result.Payload!, pointer + "/" + Columns[c]);
            Assert.True(node is not null, pointer + "/" + Columns[c] + " is absent");
            Assert.Equal(values[c], (int)node!);
        }
    }

    private static JsonNode? Get(JsonNode node, string pointer)
    {
        JsonNode? current = node;
        foreach (var part in pointer.Trim('/').Split('/'))
        {
            current = current?[part];
        }

        return current;
    }
}
