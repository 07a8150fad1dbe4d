using System.Collections.Generic;
using System.Linq;
using GovInfoReport.Schema;

namespace GovInfoReport.Schema.Tests;

/// <summary>
/// Every statutory Chinese label of the two template versions, transcribed by hand from
/// <c>/work/shared/docs/template.md</c> (sections 1–4), NOT from the schemas: the label tests compare the schemas
/// against this independent list. Full-width punctuation exactly as printed there.
/// </summary>
internal static class TemplateLabels
{
    public const string FormatName2019 = "中华人民共和国政府信息公开工作年度报告格式（试行）";
    public const string FormatName2021 = "中华人民共和国政府信息公开工作年度报告格式";

    /// <summary>The six section titles, identical in both versions.</summary>
    public static IReadOnlyList<string> SectionTitles { get; } =
    [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ];

    // ---- Section 二: the Article 20 tables ------------------------------------------------------------------------

    /// <summary>The first column header of every Article 20 table (merged over the caption row).</summary>
    public const string InformationContentHeader = "信息内容";

    public static IReadOnlyList<string> Article20Captions2019 { get; } =
        ["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项"];

    public static IReadOnlyList<string> Article20Captions2021 { get; } =
        ["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"];

    public static IReadOnlyList<string> Article20Columns2019 { get; } =
    [
        "本年新制作数量", "本年新公开数量", "对外公开总数量", // （一）
        "上一年项目数量", "本年增/减", "处理决定数量",       // （五）（六）（八）
        "采购项目数量", "采购总金额",                         // （九）
    ];

    public static IReadOnlyList<string> Article20Columns2021 { get; } =
    [
        "本年制发件数", "本年废止件数", "现行有效件数", // （一）
        "本年处理决定数量",                           // （五）（六）
        "本年收费金额（单位：万元）",                   // （八）
    ];

    public static IReadOnlyList<string> Article20Rows2019 { get; } =
        ["规章", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购"];

    public static IReadOnlyList<string> Article20Rows2021 { get; } =
        ["规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"];

    // ---- Section 三: the application-handling matrix ---------------------------------------------------------------

    /// <summary>The note printed in the top-left header cell of table 三.</summary>
    public const string ApplicationsNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /// <summary>The header merged over all seven applicant columns.</summary>
    public const string ApplicantHeader = "申请人情况";

    /// <summary>The header merged over columns 2–6.</summary>
    public const string LegalPersonGroup = "法人或其他组织";

    /// <summary>The seven applicant columns, left to right.</summary>
    public static IReadOnlyList<string> ApplicantColumns { get; } =
        ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    /// <summary>Row headings of table 三 that carry no data of their own (they group the numbered rows below).</summary>
    public static IReadOnlyList<string> ApplicationGroupRows2019 { get; } =
        ["三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理"];

    public static IReadOnlyList<string> ApplicationGroupRows2021 { get; } =
        ["三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"];

    /// <summary>The 23 data rows of the 2019 table 三, top to bottom.</summary>
    public static IReadOnlyList<string> ApplicationDataRows2019 { get; } =
    [
        "一、本年新收政府信息公开申请数量",
        "二、上年结转政府信息公开申请数量",
        "（一）予以公开",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "1.属于国家秘密",
        "2.其他法律行政法规禁止公开",
        "3.危及“三安全一稳定”",
        "4.保护第三方合法权益",
        "5.属于三类内部事务信息",
        "6.属于四类过程性信息",
        "7.属于行政执法案卷",
        "8.属于行政查询事项",
        "1.本机关不掌握相关政府信息",
        "2.没有现成信息需要另行制作",
        "3.补正后申请内容仍不明确",
        "1.信访举报投诉类申请",
        "2.重复申请",
        "3.要求提供公开出版物",
        "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息",
        "（六）其他处理",
        "（七）总计",
        "四、结转下年度继续办理",
    ];

    /// <summary>The 25 data rows of the 2021 table 三, top to bottom.</summary>
    public static IReadOnlyList<string> ApplicationDataRows2021 { get; } =
    [
        "一、本年新收政府信息公开申请数量",
        "二、上年结转政府信息公开申请数量",
        "（一）予以公开",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "1.属于国家秘密",
        "2.其他法律行政法规禁止公开",
        "3.危及“三安全一稳定”",
        "4.保护第三方合法权益",
        "5.属于三类内部事务信息",
        "6.属于四类过程性信息",
        "7.属于行政执法案卷",
        "8.属于行政查询事项",
        "1.本机关不掌握相关政府信息",
        "2.没有现成信息需要另行制作",
        "3.补正后申请内容仍不明确",
        "1.信访举报投诉类申请",
        "2.重复申请",
        "3.要求提供公开出版物",
        "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "3.其他",
        "（七）总计",
        "四、结转下年度继续办理",
    ];

    // ---- Section 四: administrative review and litigation ----------------------------------------------------------

    /// <summary>The three groups of five columns, left to right (行政诉讼 is the header merged over the last two).</summary>
    public static IReadOnlyList<string> ReviewGroups { get; } = ["行政复议", "未经复议直接起诉", "复议后起诉"];

    public const string LitigationHeader = "行政诉讼";

    public static IReadOnlyList<string> ReviewColumns { get; } = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    // ---- Per version ---------------------------------------------------------------------------------------------

    /// <summary>Labels that must appear as a <c>title</c>.</summary>
    public static IReadOnlyList<string> TitleLabels(TemplateVersion version)
    {
        var is2019 = version == TemplateVersion.V2019;
        return Distinct(
            [is2019 ? FormatName2019 : FormatName2021],
            SectionTitles,
            is2019 ? Article20Captions2019 : Article20Captions2021,
            is2019 ? Article20Columns2019 : Article20Columns2021,
            is2019 ? Article20Rows2019 : Article20Rows2021,
            ApplicantColumns,
            is2019 ? ApplicationGroupRows2019 : ApplicationGroupRows2021,
            is2019 ? ApplicationDataRows2019 : ApplicationDataRows2021,
            ReviewGroups,
            [LitigationHeader],
            ReviewColumns);
    }

    /// <summary>Labels of merged header cells: may appear as a <c>title</c> or as <c>x-govinfo-group</c>,
    /// <c>x-govinfo-header</c> or <c>x-govinfo-note</c>.</summary>
    public static IReadOnlyList<string> MergedHeaderLabels(TemplateVersion version) =>
        [InformationContentHeader, ApplicationsNote, ApplicantHeader, LegalPersonGroup];

    /// <summary>Every label of a version.</summary>
    public static IReadOnlyList<string> AllLabels(TemplateVersion version) => Distinct(TitleLabels(version), MergedHeaderLabels(version));

    /// <summary>Labels printed in <paramref name="version"/> and not in the other version.</summary>
    public static IReadOnlyList<string> OnlyIn(TemplateVersion version)
    {
        var other = version == TemplateVersion.V2019 ? TemplateVersion.V2021 : TemplateVersion.V2019;
        var otherLabels = AllLabels(other).ToHashSet();
        return AllLabels(version).Where(label => !otherLabels.Contains(label)).ToArray();
    }

    private static string[] Distinct(params IEnumerable<string>[] lists) => lists.SelectMany(l => l).Distinct().ToArray();
}
