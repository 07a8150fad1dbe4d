using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace GovInfoReport.Extraction.Tests.Support;

/// <summary>A cell of a rendered table: text and merge spans, as in the official layout.</summary>
internal sealed record LayoutCell(string Text, int ColumnSpan = 1, int RowSpan = 1);

/// <summary>A paragraph or a table of a rendered report.</summary>
internal abstract record LayoutBlock;

internal sealed record LayoutParagraph(string Text, bool Heading) : LayoutBlock;

internal sealed record LayoutTable(List<List<LayoutCell>> Rows) : LayoutBlock;

/// <summary>
/// Renders a fixture payload as a report in the official layout (the tables of its template version with the
/// merged header cells of the statutory format), as a list of blocks that the HTML and DOCX renderers turn into files.
/// Zeros in the five 法人或其他组织 columns of table 三 are rendered blank, as many published reports print them.
/// </summary>
internal static class ReportLayout
{
    private static readonly string[] Columns = ["naturalPersons", "commercialEnterprises", "researchInstitutions", "publicInterestOrganizations", "legalServiceProviders", "otherOrganizations", "total"];
    private static readonly string[] Cases = ["upheld", "corrected", "otherOutcomes", "pending", "total"];

    public static List<LayoutBlock> FromPayload(JsonObject payload)
    {
        var version = (string)payload["templateVersion"]!;
        var blocks = new List<LayoutBlock>
        {
            new LayoutParagraph((string)payload["agencyName"]!, false),
            new LayoutParagraph(((int)payload["reportYear"]!).ToString(CultureInfo.InvariantCulture) + "年政府信息公开工作年度报告", false),
            new LayoutParagraph("一、总体情况", true),
        };
        Prose(blocks, payload["overview"]);
        blocks.Add(new LayoutParagraph("二、主动公开政府信息情况", true));
        var active = payload["activeDisclosure"]!.AsObject();
        if (version == "2019")
        {
            var r = active["regulations"]!;
            blocks.Add(Sub("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
                ("规章", Values(r["departmentalRules"]!, "newlyMade", "newlyPublished", "totalPublished")),
                ("规范性文件", Values(r["normativeDocuments"]!, "newlyMade", "newlyPublished", "totalPublished"))));
            var l = active["licensing"]!;
            blocks.Add(Sub("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
                ("行政许可", Matter(l["administrativeLicensing"]!)), ("其他对外管理服务事项", Matter(l["otherManagementServices"]!))));
            var p = active["penaltiesAndCoercion"]!;
            blocks.Add(Sub("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
                ("行政处罚", Matter(p["administrativePenalties"]!)), ("行政强制", Matter(p["administrativeCoercion"]!))));
            var f = active["fees"]!["administrativeFees"]!;
            blocks.Add(Sub("第二十条第（八）项", ["上一年项目数量", "本年增/减"], ("行政事业性收费", [Text(f["previousYearItems"]!), Signed(f["changeThisYear"]!)])));
            var c = active["procurement"]!["centralizedProcurement"]!;
            var amount = c["totalAmount"]!;
            var unit = (string)amount["unit"]!;
            blocks.Add(Sub("第二十条第（九）项", ["采购项目数量", "采购总金额"], ("政府集中采购", [Text(c["projectCount"]!), Text(amount["value"]!) + (unit == "unknown" ? string.Empty : unit)])));
        }
        else
        {
            var r = active["regulations"]!;
            blocks.Add(Sub("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
                ("规章", Values(r["departmentalRules"]!, "issuedThisYear", "repealedThisYear", "currentlyValid")),
                ("行政规范性文件", Values(r["normativeDocuments"]!, "issuedThisYear", "repealedThisYear", "currentlyValid"))));
            blocks.Add(Sub("第二十条第（五）项", ["本年处理决定数量"], ("行政许可", Values(active["licensing"]!["administrativeLicensing"]!, "decisionsThisYear"))));
            var p = active["penaltiesAndCoercion"]!;
            blocks.Add(Sub("第二十条第（六）项", ["本年处理决定数量"],
                ("行政处罚", Values(p["administrativePenalties"]!, "decisionsThisYear")), ("行政强制", Values(p["administrativeCoercion"]!, "decisionsThisYear"))));
            blocks.Add(Sub("第二十条第（八）项", ["本年收费金额（单位：万元）"], ("行政事业性收费", Values(active["fees"]!["administrativeFees"]!, "amountInTenThousandYuan"))));
        }

        blocks.Add(new LayoutParagraph("三、收到和处理政府信息公开申请情况", true));
        blocks.Add(Applications(payload["applications"]!.AsObject(), version));
        blocks.Add(new LayoutParagraph("四、政府信息公开行政复议、行政诉讼情况", true));
        blocks.Add(Review(payload["reviewAndLitigation"]!.AsObject()));
        blocks.Add(new LayoutParagraph("五、存在的主要问题及改进情况", true));
        Prose(blocks, payload["problemsAndImprovements"]);
        blocks.Add(new LayoutParagraph("六、其他需要报告的事项", true));
        Prose(blocks, payload["otherMatters"]);
        if (payload["publicationDate"] is { } date)
        {
            var d = DateOnly.ParseExact((string)date!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            blocks.Add(new LayoutParagraph(string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日"), false));
        }

        return blocks;
    }

    private static void Prose(List<LayoutBlock> blocks, JsonNode? text)
    {
        if (text is null)
        {
            return;
        }

        foreach (var line in ((string)text!).Split('\n'))
        {
            blocks.Add(new LayoutParagraph(line, false));
        }
    }

    private static LayoutTable Sub(string caption, string[] headers, params (string Label, string[] Values)[] rows)
    {
        var width = headers.Length + 1;
        var table = new List<List<LayoutCell>>
        {
            new() { new LayoutCell(caption, width) },
            new[] { "信息内容" }.Concat(headers).Select(h => new LayoutCell(h)).ToList(),
        };
        foreach (var (label, values) in rows)
        {
            table.Add(new[] { label }.Concat(values).Select(v => new LayoutCell(v)).ToList());
        }

        return new LayoutTable(table);
    }

    private static string Text(JsonNode node) => node.ToJsonString();

    // The JSON number as it is, without the tests' assertions (the benchmarks render the fixtures with this too).
    private static string Signed(JsonNode node) => node.GetValue<decimal>() > 0 ? "+" + node.ToJsonString() : node.ToJsonString();

    private static string[] Values(JsonNode row, params string[] names) => names.Select(n => Text(row[n]!)).ToArray();

    private static string[] Matter(JsonNode row) => [Text(row["previousYearItems"]!), Signed(row["changeThisYear"]!), Text(row["decisions"]!)];

    private static List<LayoutCell> Counts(JsonNode row) => Columns.Select((c, i) =>
    {
        var text = Text(row[c]!);
        return new LayoutCell(i is >= 1 and <= 5 && text == "0" ? string.Empty : text);
    }).ToList();

    private static LayoutTable Applications(JsonObject a, string version)
    {
        var o = a["outcomes"]!.AsObject();
        var rows = new List<List<LayoutCell>>
        {
            new() { new LayoutCell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), new LayoutCell("申请人情况", 7) },
            new() { new LayoutCell("自然人", 1, 2), new LayoutCell("法人或其他组织", 5), new LayoutCell("总计", 1, 2) },
            new[] { "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他" }.Select(h => new LayoutCell(h)).ToList(),
            Row([new LayoutCell("一、本年新收政府信息公开申请数量", 3)], a["newApplications"]!),
            Row([new LayoutCell("二、上年结转政府信息公开申请数量", 3)], a["carriedOverFromPreviousYear"]!),
        };
        var resultRows = 2 + 8 + 3 + 5 + (version == "2019" ? 1 : 3) + 1;
        rows.Add(Row([new LayoutCell("三、本年度办理结果", 1, resultRows), new LayoutCell("（一）予以公开", 2)], o["disclosed"]!));
        rows.Add(Row([new LayoutCell("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2)], o["partiallyDisclosed"]!));
        Group(rows, "（三）不予公开", o["notDisclosed"]!, ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"],
            ["stateSecrets", "prohibitedByLaw", "securityAndStability", "thirdPartyRights", "internalAffairs", "deliberativeProcess", "lawEnforcementFiles", "administrativeQueries"]);
        Group(rows, "（四）无法提供", o["unableToProvide"]!, ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"], ["notHeld", "requiresCreation", "unclearAfterCorrection"]);
        Group(rows, "（五）不予处理", o["notProcessed"]!, ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"],
            ["petitionsAndComplaints", "repeatedApplications", "publications", "excessiveRequests", "confirmationRequests"]);
        if (version == "2019")
        {
            rows.Add(Row([new LayoutCell("（六）其他处理", 2)], o["otherHandling"]!));
        }
        else
        {
            Group(rows, "（六）其他处理", o["otherHandling"]!, ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"], ["correctionOverdue", "feeUnpaid", "other"]);
        }

        rows.Add(Row([new LayoutCell("（七）总计", 2)], o["total"]!));
        rows.Add(Row([new LayoutCell("四、结转下年度继续办理", 3)], a["carriedOverToNextYear"]!));
        return new LayoutTable(rows);
    }

    private static void Group(List<List<LayoutCell>> rows, string group, JsonNode source, string[] labels, string[] keys)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var prefix = new List<LayoutCell>();
            if (i == 0)
            {
                prefix.Add(new LayoutCell(group, 1, keys.Length));
            }

            prefix.Add(new LayoutCell(labels[i]));
            rows.Add(Row(prefix, source[keys[i]]!));
        }
    }

    private static List<LayoutCell> Row(List<LayoutCell> prefix, JsonNode values) => [.. prefix, .. Counts(values)];

    private static LayoutTable Review(JsonObject r)
    {
        var heads = new[] { "结果维持", "结果纠正", "其他结果", "尚未审结", "总计" };
        var litigation = r["administrativeLitigation"]!;
        var values = Cases.Select(c => Text(r["administrativeReview"]![c]!))
            .Concat(Cases.Select(c => Text(litigation["withoutPriorReview"]![c]!)))
            .Concat(Cases.Select(c => Text(litigation["afterReview"]![c]!)));
        return new LayoutTable(
        [
            [new LayoutCell("行政复议", 5), new LayoutCell("行政诉讼", 10)],
            [.. heads.Select(h => new LayoutCell(h, 1, 2)), new LayoutCell("未经复议直接起诉", 5), new LayoutCell("复议后起诉", 5)],
            [.. heads.Concat(heads).Select(h => new LayoutCell(h))],
            [.. values.Select(v => new LayoutCell(v))],
        ]);
    }
}
