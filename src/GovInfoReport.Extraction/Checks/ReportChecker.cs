using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;
using GovInfoReport.Schema;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Extraction.Checks;

/// <summary>
/// Checks extracted reports: the runtime <see cref="ReportValidator"/> on each payload (structure, R1–R5, R11 by
/// year), then checks beyond one table — R8 numbers quoted in the prose against the cells, R9 fees, R10 completeness,
/// R11 hybrid sub-tables — and across reports of one agency: R6 carry-over between consecutive years and R7 documents
/// in force (2021 format). Issues have the shape of the runtime's <see cref="ValidationIssue"/>; R6–R11 are warnings.
/// </summary>
public static partial class ReportChecker
{
    /// <summary>Checks one report (no cross-report rules).</summary>
    /// <param name="extraction">The extraction.</param>
    /// <param name="options">Validation limits; the defaults when null.</param>
    /// <returns>The checked report.</returns>
    public static CheckedReport Check(ExtractionResult extraction, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        return CheckOne(extraction, options);
    }

    /// <summary>Checks a set of reports: each one, then R6/R7 between reports of the same agency for consecutive years.</summary>
    /// <param name="extractions">The extractions (any order; non-reports are carried through with no issues).</param>
    /// <param name="options">Validation limits; the defaults when null.</param>
    /// <returns>The checked reports, in the order given.</returns>
    public static CheckReport Check(IReadOnlyList<ExtractionResult> extractions, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        var reports = new List<CheckedReport>(extractions.Count);
        foreach (var extraction in extractions)
        {
            ArgumentNullException.ThrowIfNull(extraction);
            reports.Add(CheckOne(extraction, options));
        }

        var crossIssues = CrossCheck([.. extractions.Select(CrossReportFacts.Of)]);
        for (var i = 0; i < reports.Count; i++)
        {
            reports[i].CrossReportIssuesList.AddRange(crossIssues[i]);
        }

        return new CheckReport(reports);
    }

    // ------------------------------------------------------------------ one report

    // The runtime validation of the payload and the document checks; the rules across reports come after, on the facts.
    private static CheckedReport CheckOne(ExtractionResult extraction, ValidationOptions? options)
    {
        var validation = extraction.GetPayloadUtf8() is { } payload ? ReportValidator.Validate(payload, options) : null;
        var documentIssues = extraction.IsAnnualReport ? DocumentChecks(extraction) : [];
        return new CheckedReport(extraction, validation, documentIssues, []);
    }

    private static List<ValidationIssue> DocumentChecks(ExtractionResult extraction)
    {
        var issues = new List<ValidationIssue>();
        var payload = extraction.Payload!;
        NotAssessable(extraction, issues);
        TextVersusTables(extraction, payload, issues);
        Fees(extraction, payload, issues);
        Completeness(extraction, issues);
        HybridSubTables(extraction, issues);
        return issues;
    }

    /// <summary>The <see cref="ValidationIssue.Keyword"/> of an issue saying a rule cannot be assessed (its values were inferred with it).</summary>
    public const string NotAssessableKeyword = "notAssessable";

    /// <summary>
    /// A rule used to infer values (run-together digits split by the table's arithmetic) holds on them by construction:
    /// it is reported as not assessable there, never as passed. R2 per row; R1 and R3 for table 三's columns; R4 for table 四.
    /// </summary>
    private static void NotAssessable(ExtractionResult extraction, List<ValidationIssue> issues)
    {
        var seen = new HashSet<(string Rule, string Pointer)>();
        foreach (var item in extraction.Provenance)
        {
            if (item.Inference is not { } inference)
            {
                continue;
            }

            foreach (var rule in inference.Rules)
            {
                var pointer = rule switch
                {
                    "R2" => item.Pointer[..item.Pointer.LastIndexOf('/')],
                    "R1" or "R3" => "/applications",
                    "R4" => "/reviewAndLitigation",
                    _ => item.Pointer,
                };
                if (!seen.Add((rule, pointer)))
                {
                    continue;
                }

                issues.Add(new ValidationIssue(rule, IssueSeverity.Warning, pointer, null, "inferred",
                    $"{rule} 在此无法评估：这些数值印刷时连在一起，是按 {rule} 等勾稽关系唯一成立的拆分推断出来的（“{inference.RunText}”），{rule} 对它们必然成立。",
                    $"{rule} is not assessable here: these values were printed run together and inferred as the only split under which {rule} (and the other rules named in provenance) hold (\"{inference.RunText}\"), so {rule} holds on them by construction.")
                {
                    Keyword = NotAssessableKeyword,
                });
            }
        }
    }

    /// <summary>R8: counts quoted in the prose equal the cells they describe.</summary>
    private static void TextVersusTables(ExtractionResult extraction, JsonObject payload, List<ValidationIssue> issues)
    {
        var prose = string.Join("\n", new[] { extraction.Prose.Overview, extraction.Prose.ProblemsAndImprovements, extraction.Prose.OtherMatters }.Where(p => p is not null));
        if (prose.Length == 0)
        {
            return;
        }

        var text = Compact(TextNormalizer.ToSimplifiedLoose(prose));
        var claims = new List<(string Pointer, long Value, string Snippet, string WhatZh, string WhatEn)>();
        void Numeric(Regex regex, string pointer, string zh, string en)
        {
            var match = regex.Match(text);
            if (match.Success && long.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                claims.Add((pointer, n, match.Value, zh, en));
            }
        }

        Numeric(ReceivedRegex(), "/applications/newApplications/total", "本年新收申请", "new applications");
        if (!claims.Any(c => c.Pointer == "/applications/newApplications/total") && NoApplicationsRegex().Match(text) is { Success: true } none)
        {
            claims.Add(("/applications/newApplications/total", 0, none.Value, "本年新收申请", "new applications"));
        }

        Numeric(RepliedRegex(), "/applications/outcomes/total/total", "办理答复", "applications handled");
        Numeric(CarriedOutRegex(), "/applications/carriedOverToNextYear/total", "结转下年度", "carried over to next year");
        Numeric(CarriedInRegex(), "/applications/carriedOverFromPreviousYear/total", "上年结转", "carried over from last year");
        var review = ReviewRegex().Match(text) is { Success: true } r ? r : ReviewBeforeRegex().Match(text);
        if (review.Success && long.TryParse(review.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var reviewCount))
        {
            claims.Add(("/reviewAndLitigation/administrativeReview/total", reviewCount, review.Value, "行政复议", "administrative reviews"));
        }
        else if (NoReviewRegex().Match(text) is { Success: true } noReview)
        {
            claims.Add(("/reviewAndLitigation/administrativeReview/total", 0, noReview.Value, "行政复议", "administrative reviews"));
        }

        var litigation = LitigationRegex().Match(text) is { Success: true } l ? l : LitigationBeforeRegex().Match(text);
        var litigationClaim = (long?)null;
        var litigationSnippet = string.Empty;
        if (litigation.Success && long.TryParse(litigation.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var litigationCount))
        {
            litigationClaim = litigationCount;
            litigationSnippet = litigation.Value;
        }
        else if (NoLitigationRegex().Match(text) is { Success: true } noLitigation)
        {
            litigationClaim = 0;
            litigationSnippet = noLitigation.Value;
        }

        foreach (var (pointer, value, snippet, zh, en) in claims)
        {
            if (Number(payload, pointer) is { } cell && cell != value)
            {
                issues.Add(TextIssue(pointer, value, cell, snippet, zh, en));
            }
        }

        if (litigationClaim is { } claimed
            && Number(payload, "/reviewAndLitigation/administrativeLitigation/withoutPriorReview/total") is { } direct
            && Number(payload, "/reviewAndLitigation/administrativeLitigation/afterReview/total") is { } after
            && direct + after != claimed)
        {
            issues.Add(TextIssue("/reviewAndLitigation/administrativeLitigation", claimed, direct + after, litigationSnippet, "行政诉讼（两类合计）", "administrative suits (both kinds)"));
        }
    }

    private static ValidationIssue TextIssue(string pointer, decimal claimed, decimal cell, string snippet, string zh, string en)
    {
        var c = claimed.ToString(CultureInfo.InvariantCulture);
        var t = cell.ToString(CultureInfo.InvariantCulture);
        return new ValidationIssue("R8", IssueSeverity.Warning, pointer, c, t,
            $"正文称{zh} {c} 件（“{snippet}”），表格中为 {t}。",
            $"The text gives {c} {en} (\"{snippet}\") but the table has {t}.");
    }

    /// <summary>R9: fees charged (2021 （六）2 &gt; 0) or mentioned call for 信息处理费 in section 六.</summary>
    private static void Fees(ExtractionResult extraction, JsonObject payload, List<ValidationIssue> issues)
    {
        var unpaid = Number(payload, "/applications/outcomes/otherHandling/feeUnpaid/total");
        var mentioned = new[] { extraction.Prose.Overview, extraction.Prose.ProblemsAndImprovements }
            .Any(p => p is not null && Compact(TextNormalizer.ToSimplifiedLoose(p)).Contains("信息处理费", StringComparison.Ordinal));
        if (unpaid is not > 0 && !mentioned)
        {
            return;
        }

        var other = extraction.Prose.OtherMatters is { } o ? Compact(TextNormalizer.ToSimplifiedLoose(o)) : string.Empty;
        if (other.Contains("信息处理费", StringComparison.Ordinal))
        {
            return;
        }

        var why = unpaid > 0
            ? ($"表三（六）2 逾期未缴纳费用的申请为 {unpaid.Value.ToString(CultureInfo.InvariantCulture)} 件", $"table 三 （六）2 (fees not paid) is {unpaid.Value.ToString(CultureInfo.InvariantCulture)}")
            : ("正文提到信息处理费", "the text mentions 信息处理费");
        issues.Add(new ValidationIssue("R9", IssueSeverity.Warning, "/otherMatters", "a statement on 信息处理费", extraction.Prose.OtherMatters is null ? null : "no mention",
            $"{why.Item1}，第六部分“其他需要报告的事项”应报告信息处理费的收取情况，但未提及。",
            $"{why.Item2}, so section 六 should report the 信息处理费 collected, but it does not mention them."));
    }

    /// <summary>R10: every sub-table of the version present; the prose sections present; section 五 not just "无".</summary>
    private static void Completeness(ExtractionResult extraction, List<ValidationIssue> issues)
    {
        foreach (var table in extraction.SubTables)
        {
            if (!table.Found && !(table.Id == "二（九）" && extraction.TemplateVersion == TemplateVersion.V2021))
            {
                issues.Add(new ValidationIssue("R10", IssueSeverity.Warning, table.Pointer, "present", "missing",
                    $"未找到统计表 {table.Id}。", $"The statutory table {table.Id} was not found."));
            }
        }

        var sections = new[] { ("/overview", extraction.Prose.Overview, "一、总体情况"), ("/problemsAndImprovements", extraction.Prose.ProblemsAndImprovements, "五、存在的主要问题及改进情况"), ("/otherMatters", extraction.Prose.OtherMatters, "六、其他需要报告的事项") };
        foreach (var (pointer, text, title) in sections)
        {
            if (text is null)
            {
                issues.Add(new ValidationIssue("R10", IssueSeverity.Warning, pointer, "present", "missing", $"未找到“{title}”部分。", $"The section \"{title}\" was not found."));
            }
        }

        if (extraction.Prose.ProblemsAndImprovements is { } problems && Compact(problems).TrimEnd('。', '.') is "无" or "没有" or "暂无")
        {
            issues.Add(new ValidationIssue("R10", IssueSeverity.Warning, "/problemsAndImprovements", "a statement of problems and improvements", problems,
                "第五部分“存在的主要问题及改进情况”只写了“无”。", "Section 五 (problems and improvements) says only \"无\"."));
        }
    }

    /// <summary>R11 (per sub-table): a sub-table whose layout is of the other version than the payload's (a hybrid report).</summary>
    private static void HybridSubTables(ExtractionResult extraction, List<ValidationIssue> issues)
    {
        if (extraction.TemplateVersion is not { } version)
        {
            return;
        }

        foreach (var table in extraction.SubTables)
        {
            if (table.Found && table.Version is { } v && v != version && !(table.Id == "二（九）" && version == TemplateVersion.V2019))
            {
                var tv = ((int)v).ToString(CultureInfo.InvariantCulture);
                var pv = ((int)version).ToString(CultureInfo.InvariantCulture);
                issues.Add(new ValidationIssue("R11", IssueSeverity.Warning, table.Pointer, pv, tv,
                    $"{table.Id} 使用 {tv} 版表格，而报告其余表格为 {pv} 版（混用两版表格）。",
                    $"{table.Id} uses the {tv} layout while the report's tables are {pv} (the two versions are mixed)."));
            }
        }
    }

    // ------------------------------------------------------------------ across reports

    /// <summary>
    /// The rules across reports on their facts: R6 (carry-over) and R7 (documents in force, 2021 format) between
    /// reports of the same agency for consecutive years. A batch keeps only each report's facts for this
    /// (<see cref="CrossReportFacts.Of"/>) and not its extraction.
    /// </summary>
    /// <param name="reports">The facts of the reports (any order).</param>
    /// <returns>For each report, in the order given, the issues the rules find against the agency's report of the year before.</returns>
    public static IReadOnlyList<IReadOnlyList<ValidationIssue>> CrossCheck(IReadOnlyList<CrossReportFacts> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var issues = new List<ValidationIssue>[reports.Count];
        var byAgency = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < reports.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(reports[i]);
            issues[i] = [];
            if (reports[i].AgencyKey is not { } key)
            {
                continue;
            }

            if (!byAgency.TryGetValue(key, out var list))
            {
                byAgency[key] = list = [];
            }

            list.Add(i);
        }

        foreach (var list in byAgency.Values)
        {
            foreach (var current in list)
            {
                var year = reports[current].ReportYear!.Value;
                var previous = list.FindIndex(r => reports[r].ReportYear == year - 1);
                if (previous < 0)
                {
                    continue;
                }

                CarryOver(reports[list[previous]], reports[current], issues[current]);
                DocumentsInForce(reports[list[previous]], reports[current], issues[current]);
            }
        }

        return issues;
    }

    /// <summary>R6: 二、上年结转 of year Y equals 四、结转下年度继续办理 of year Y−1, per column.</summary>
    private static void CarryOver(CrossReportFacts previous, CrossReportFacts current, List<ValidationIssue> issues)
    {
        var source = previous.SourceName ?? "Y-1";
        for (var c = 0; c < Paths.ApplicantColumns.Length; c++)
        {
            if (current.CarriedIn[c] is { } carriedIn && previous.CarriedOut[c] is { } carriedOut && carriedIn != carriedOut)
            {
                var column = Paths.ApplicantColumns[c];
                var i = carriedIn.ToString(CultureInfo.InvariantCulture);
                var o = carriedOut.ToString(CultureInfo.InvariantCulture);
                var y = previous.ReportYear!.Value.ToString(CultureInfo.InvariantCulture);
                issues.Add(new ValidationIssue("R6", IssueSeverity.Warning, CrossReportFacts.CarriedInPointers[c], o, i,
                    $"{column} 列：本年“二、上年结转”为 {i}，但 {y} 年报告（{source}）“四、结转下年度继续办理”为 {o}。",
                    $"Column {column}: carried over from last year is {i}, but the {y} report ({source}) carried {o} over to the next year."));
            }
        }
    }

    /// <summary>R7 (2021 format): 现行有效件数(Y) ≈ 现行有效件数(Y−1) + 本年制发件数(Y) − 本年废止件数(Y); a warning only.</summary>
    private static void DocumentsInForce(CrossReportFacts previous, CrossReportFacts current, List<ValidationIssue> issues)
    {
        if (previous.TemplateVersion != TemplateVersion.V2021 || current.TemplateVersion != TemplateVersion.V2021)
        {
            return;
        }

        for (var r = 0; r < CrossReportFacts.RegulationRows.Length; r++)
        {
            if (previous.CurrentlyValid[r] is { } before
                && current.Issued[r] is { } issued
                && current.Repealed[r] is { } repealed
                && current.CurrentlyValid[r] is { } now
                && before + issued - repealed != now)
            {
                var label = CrossReportFacts.RegulationLabels[r];
                var expected = (before + issued - repealed).ToString(CultureInfo.InvariantCulture);
                var actual = now.ToString(CultureInfo.InvariantCulture);
                var y = previous.ReportYear!.Value.ToString(CultureInfo.InvariantCulture);
                issues.Add(new ValidationIssue("R7", IssueSeverity.Warning, CrossReportFacts.CurrentlyValidPointers[r], expected, actual,
                    $"{label}：现行有效件数为 {actual}，按 {y} 年现行有效 {before.ToString(CultureInfo.InvariantCulture)} + 本年制发 {issued.ToString(CultureInfo.InvariantCulture)} − 本年废止 {repealed.ToString(CultureInfo.InvariantCulture)} 应约为 {expected}（可能因修订或重新统计，仅提示）。",
                    $"{label}: {actual} in force, but {y}'s {before.ToString(CultureInfo.InvariantCulture)} + {issued.ToString(CultureInfo.InvariantCulture)} issued − {repealed.ToString(CultureInfo.InvariantCulture)} repealed gives {expected} (amendments or recounts can explain it; a warning only)."));
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    internal static decimal? Number(JsonObject payload, string pointer)
    {
        JsonNode? node = payload;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(segment, out var child) ? child : null;
            if (node is null)
            {
                return null;
            }
        }

        return node is JsonValue value && value.TryGetValue<decimal>(out var d) ? d
            : node is JsonValue v2 && v2.TryGetValue<int>(out var i) ? i
            : node is JsonValue v3 && v3.TryGetValue<long>(out var l) ? l : null;
    }

    private static string Compact(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (!TextNormalizer.IsLayoutSpace(c))
            {
                chars[n++] = c;
            }
        }

        return new string(chars, 0, n);
    }

    [GeneratedRegex(@"(?:收到|受理|新收)[^，。；;,\d]{0,20}?申请[^，。；;,\d]{0,12}?(?<n>\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex ReceivedRegex();

    [GeneratedRegex(@"(?:没有|无|未收到|未发生)(?:收到)?(?:政府信息公开)?依申请公开(?:信息|事项|申请|件)?", RegexOptions.CultureInvariant)]
    private static partial Regex NoApplicationsRegex();

    [GeneratedRegex(@"(?:答复|办结)(?:政府信息公开)?(?:申请)?(?<n>\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex RepliedRegex();

    [GeneratedRegex(@"结转(?:至|到)?下(?:一)?年度?(?:继续)?(?:办理)?(?:的)?(?:申请)?(?<n>\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex CarriedOutRegex();

    [GeneratedRegex(@"上年度?结转[^，。；;,\d]{0,10}?(?<n>\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex CarriedInRegex();

    [GeneratedRegex(@"行政复议(?:案件|申请)?[^，。；;,、\d]{0,6}?(?<n>\d+)(?:件|起)", RegexOptions.CultureInvariant)]
    private static partial Regex ReviewRegex();

    [GeneratedRegex(@"(?<n>\d+)(?:件|起)[^，。；;,\d]{0,8}?行政复议", RegexOptions.CultureInvariant)]
    private static partial Regex ReviewBeforeRegex();

    [GeneratedRegex(@"(?:未发生|没有发生|没有|无|未出现|未收到)[^，。；;,\d]{0,14}?行政复议", RegexOptions.CultureInvariant)]
    private static partial Regex NoReviewRegex();

    [GeneratedRegex(@"行政诉讼(?:案件)?[^，。；;,、\d]{0,6}?(?<n>\d+)(?:件|起)", RegexOptions.CultureInvariant)]
    private static partial Regex LitigationRegex();

    [GeneratedRegex(@"(?<n>\d+)(?:件|起)[^，。；;,\d]{0,8}?行政诉讼", RegexOptions.CultureInvariant)]
    private static partial Regex LitigationBeforeRegex();

    [GeneratedRegex(@"(?:未发生|没有发生|没有|无|未出现|未收到)[^，。；;,\d]{0,20}?行政诉讼", RegexOptions.CultureInvariant)]
    private static partial Regex NoLitigationRegex();
}
