using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;
using GovInfoReport.Schema;

namespace GovInfoReport.Extraction;

/// <summary>Reads a <see cref="SourceDocument"/> (any format) into an <see cref="ExtractionResult"/>.</summary>
internal static class ReportReader
{
    public static ExtractionResult Read(SourceDocument document, string? sourceName, ExtractionOptions? options = null)
    {
        var notes = new NoteSink((options ?? ExtractionOptions.Default).MaxNotes);
        foreach (var note in document.ReaderNotes)
        {
            notes.Add(note);
        }

        var items = CellStream.Flatten(document);
        if (SeveralReports.Find(items) is { } several)
        {
            notes.Add(ExtractionNoteCodes.SeveralReports, NoteSeverity.Warning, null, several.Second, null, several.ReasonZh, several.ReasonEn);
            return new ExtractionResult(sourceName, document.Format, ExtractionStatus.NotAnnualReport, several.ReasonZh, several.ReasonEn, null, null, null, null, null, [], [], notes.Notes.ToList(), ExtractedProse.None);
        }

        var headings = DocumentStructure.FindHeadings(items, notes);
        var found = headings.Skip(1).Where(h => h >= 0).ToArray();
        var firstHeading = found.Length > 0 ? found.Min() : -1;
        var lastHeading = found.Length > 0 ? found.Max() : -1;
        var header = DocumentStructure.ReadHeader(items, firstHeading, lastHeading, notes, document.Title);

        // Regions of the tables: from each section heading to the next, or from an anchor cell when a heading is missing.
        var stop = FirstFound(items.Count, headings[5], headings[6]);
        var b2 = headings[2] >= 0 ? headings[2] : FindItem(items, 0, stop, IsCaptionItem);
        var b3 = headings[3] >= 0 ? headings[3] : FindItem(items, Math.Max(b2, 0), stop, IsApplicationsAnchor);
        var b4 = headings[4] >= 0 ? headings[4] : FindItem(items, Math.Max(Math.Max(b3, b2), 0), stop, IsReviewAnchor);
        var rows2 = b2 < 0 ? [] : CellStream.Rows(items, headings[2] >= 0 ? b2 + 1 : b2, Next(b2, stop, b3, b4));
        var rows3 = b3 < 0 ? [] : CellStream.Rows(items, headings[3] >= 0 ? b3 + 1 : b3, Next(b3, stop, b4));
        var rows4 = b4 < 0 ? [] : CellStream.Rows(items, headings[4] >= 0 ? b4 + 1 : b4, stop);

        var active = TableReaders.ReadActiveDisclosure(rows2, notes);
        var applications = TableReaders.ReadApplications(rows3, notes);
        var review = TableReaders.ReadReview(rows4, notes);

        var tables = (active.Values.Any(a => a.Found) ? 1 : 0) + (applications.Found ? 1 : 0) + (review.Found ? 1 : 0);
        var sections = found.Length;
        var titled = header.Title is not null;
        var isReport = tables >= 2 || (tables >= 1 && (titled || sections >= 2)) || (titled && sections >= 3);
        if (!isReport)
        {
            var (zh, en) = RejectionReason(items, tables, sections);
            return new ExtractionResult(sourceName, document.Format, ExtractionStatus.NotAnnualReport, zh, en, null, null, null, null, null, [], [], notes.Notes.ToList(), ExtractedProse.None);
        }

        // Version per sub-table, then for the payload.
        var decisions = new List<SubTableDecision>();
        foreach (var item in TableReaders.ActiveItems)
        {
            decisions.Add(Decision(active[item]));
        }

        decisions.Add(Decision(applications));
        decisions.Add(new SubTableDecision(review.Id, review.Pointer, review.Found, null, review.Evidence, review.Location));
        foreach (var decision in decisions.Where(d => d.Found && d.Version is not null))
        {
            var v = decision.Version!.Value.Number();
            notes.Add(ExtractionNoteCodes.SubTableVersion, NoteSeverity.Info, decision.Pointer, decision.Location, null,
                $"{decision.Id}：按 {v} 版表格读取（{decision.Evidence}）。", $"{decision.Id}: read as the {v} layout ({decision.Evidence}).");
        }

        var version = ChooseVersion(active, applications, header.ReportYear, out var rule);
        notes.Add(ExtractionNoteCodes.PayloadVersion, NoteSeverity.Info, "/templateVersion", null, null,
            $"报告数据采用 {version.Number()} 版：{rule.Zh}", $"The payload uses the {version.Number()} template: {rule.En}");

        // Prose.
        var overviewEnd = NextHeading(headings, 1, items.Count);
        var overview = DocumentStructure.Prose(items, headings[1], overviewEnd, header.AgencyName, dropClosing: false);
        var problems = DocumentStructure.Prose(items, headings[5], NextHeading(headings, 5, items.Count), header.AgencyName, dropClosing: false);
        var other = DocumentStructure.Prose(items, headings[6], items.Count, header.AgencyName, dropClosing: true);
        string[] sectionNames = ["", "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"];
        for (var s = 1; s <= 6; s++)
        {
            if (headings[s] < 0)
            {
                notes.Add(ExtractionNoteCodes.MissingSection, NoteSeverity.Warning, null, null, null,
                    $"未找到第{"一二三四五六"[s - 1]}部分标题“{sectionNames[s]}”。", $"The heading of section {s.ToString(CultureInfo.InvariantCulture)} (\"{sectionNames[s]}\") was not found.");
            }
        }

        // Payload, in the order of the schema.
        var payload = new JsonObject { ["templateVersion"] = version.Number() };

        // Sized for a whole report (each template has about 200 cells, plus the header and the three prose entries):
        // growing from empty copied the list seven times.
        var provenance = new List<ValueProvenance>(256);
        var builder = new PayloadBuilder(version, notes, provenance);
        if (header.AgencyName is { Length: > 0 } agency)
        {
            payload["agencyName"] = agency;
            provenance.Add(new ValueProvenance("/agencyName", header.TitleLocation!, header.Title!, "from the title"));
        }

        if (header.ReportYear is { } year)
        {
            payload["reportYear"] = year;
            provenance.Add(new ValueProvenance("/reportYear", header.TitleLocation!, header.Title!, "from the title"));
        }

        if (header.PublicationDate is { } date)
        {
            payload["publicationDate"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            provenance.Add(new ValueProvenance("/publicationDate", header.DateLocation!, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "the closing date line"));
            if (header.ReportYear is { } y && date < new DateOnly(y, 12, 31))
            {
                notes.Add(ExtractionNoteCodes.DateBeforePeriodEnd, NoteSeverity.Warning, "/publicationDate", header.DateLocation, null,
                    $"报告落款日期 {date:yyyy-MM-dd} 早于报告年度 {y.ToString(CultureInfo.InvariantCulture)} 年结束；按原文保留。",
                    $"The report is dated {date:yyyy-MM-dd}, before the end of the year it reports on ({y.ToString(CultureInfo.InvariantCulture)}); kept as published.");
            }
        }

        if (overview is not null)
        {
            payload["overview"] = overview;
        }

        payload["activeDisclosure"] = builder.BuildActiveDisclosure(active);
        if (builder.BuildApplications(applications) is { } applicationsNode)
        {
            payload["applications"] = applicationsNode;
        }

        if (builder.BuildReview(review) is { } reviewNode)
        {
            payload["reviewAndLitigation"] = reviewNode;
        }

        if (problems is not null)
        {
            payload["problemsAndImprovements"] = problems;
        }

        if (other is not null)
        {
            payload["otherMatters"] = other;
        }

        AddProse(provenance, "/overview", items, headings[1], overview);
        AddProse(provenance, "/problemsAndImprovements", items, headings[5], problems);
        AddProse(provenance, "/otherMatters", items, headings[6], other);
        notes.FlushTextChanges();
        var prose = new ExtractedProse(overview, problems, other, Location(items, headings[1]), Location(items, headings[5]), Location(items, headings[6]));
        return new ExtractionResult(sourceName, document.Format, ExtractionStatus.Extracted, null, null, header.AgencyName, header.ReportYear, header.PublicationDate,
            version, payload, decisions, provenance, notes.Notes, prose);
    }

    private static void AddProse(List<ValueProvenance> provenance, string pointer, List<DocumentItem> items, int heading, string? text)
    {
        if (text is not null && heading >= 0)
        {
            provenance.Add(new ValueProvenance(pointer, items[heading].Location, text.Length > 60 ? text[..60] + "…" : text, "the paragraphs under the section heading"));
        }
    }

    private static SourceLocation? Location(List<DocumentItem> items, int index) => index >= 0 ? items[index].Location : null;

    private static SubTableDecision Decision(SubTableRead read)
        => new(read.Id, read.Pointer, read.Found, read.Version, read.Found ? read.Evidence : "not found", read.Location);

    /// <summary>
    /// The payload's version: the majority of the Article 20 sub-tables whose layout tells the version (their
    /// headers differ between versions: these are the version-defining tables); on a tie or when none tells, the
    /// layout of table 三's （六） rows; failing that, the report year (2021 on: 2021).
    /// </summary>
    private static TemplateVersion ChooseVersion(Dictionary<Article20Item, SubTableRead> active, SubTableRead applications, int? year, out (string Zh, string En) rule)
    {
        var v2019 = active.Values.Count(a => a.Found && a.Version == TemplateVersion.V2019);
        var v2021 = active.Values.Count(a => a.Found && a.Version == TemplateVersion.V2021);
        var counts = $"2019: {v2019.ToString(CultureInfo.InvariantCulture)}, 2021: {v2021.ToString(CultureInfo.InvariantCulture)}";
        if (v2019 != v2021)
        {
            var chosen = v2019 > v2021 ? TemplateVersion.V2019 : TemplateVersion.V2021;
            rule = ($"按决定版本的第二十条各表（表头）多数决定（{counts}）。", $"decided by the majority of the version-defining Article 20 sub-tables (by their headers; {counts}).");
            return chosen;
        }

        if (applications.Found && applications.Version is { } tableVersion)
        {
            rule = ($"第二十条各表不能决定（{counts}），按表三（六）其他处理的行式决定。", $"the Article 20 sub-tables do not decide ({counts}); decided by the layout of table 三's （六） rows.");
            return tableVersion;
        }

        var byYear = year is null || year >= 2021 ? TemplateVersion.V2021 : TemplateVersion.V2019;
        rule = ($"表格不能决定版本，按报告年度决定（{(year is null ? "年度未知" : year.Value.ToString(CultureInfo.InvariantCulture))}）。", $"the tables do not decide the version; decided by the report year ({(year is null ? "unknown" : year.Value.ToString(CultureInfo.InvariantCulture))}).");
        return byYear;
    }

    private static (string Zh, string En) RejectionReason(List<DocumentItem> items, int tables, int sections)
    {
        string? plan = null;
        for (var i = 0; i < items.Count && i < 20; i++)
        {
            if (items[i].Paragraph is { } p)
            {
                var normalized = TextNormalizer.Normalize(p.Text, out _);
                if (normalized.Length <= 60 && (normalized.Contains("工作要点", StringComparison.Ordinal) || normalized.EndsWith("要点", StringComparison.Ordinal)))
                {
                    var start = normalized.IndexOf('《', StringComparison.Ordinal);
                    var end = normalized.IndexOf('》', StringComparison.Ordinal);
                    plan = start >= 0 && end > start ? normalized[(start + 1)..end] : normalized;
                    break;
                }
            }
        }

        var t = tables.ToString(CultureInfo.InvariantCulture);
        var s = sections.ToString(CultureInfo.InvariantCulture);
        if (plan is not null)
        {
            return ($"不是政府信息公开工作年度报告：这是一份政务公开工作要点（“{plan}”），没有年度报告标题，找到年度报告章节 {s} 个、统计表 {t} 个。",
                $"Not an annual report: this is a 政务公开工作要点 work plan (\"{plan}\"), with no annual-report title; {s} report sections and {t} statutory tables found.");
        }

        return ($"不是政府信息公开工作年度报告：没有年度报告标题，找到年度报告章节 {s} 个、统计表 {t} 个。",
            $"Not an annual report: no annual-report title, {s} report sections and {t} statutory tables found.");
    }

    private static int FirstFound(int fallback, params int[] candidates)
    {
        foreach (var c in candidates)
        {
            if (c >= 0)
            {
                return c;
            }
        }

        return fallback;
    }

    private static int Next(int start, int stop, params int[] boundaries)
    {
        var next = stop;
        foreach (var b in boundaries)
        {
            if (b > start && b < next)
            {
                next = b;
            }
        }

        return next;
    }

    private static int NextHeading(int[] headings, int section, int fallback)
    {
        for (var s = section + 1; s <= 6; s++)
        {
            if (headings[s] >= 0)
            {
                return headings[s];
            }
        }

        return fallback;
    }

    private static int FindItem(List<DocumentItem> items, int start, int stop, Func<DocumentItem, bool> predicate)
    {
        for (var i = start; i < stop && i < items.Count; i++)
        {
            if (predicate(items[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsCaptionItem(DocumentItem item)
        => item.AnyText(static text => text.Length < 60 && TextNormalizer.Key(TextNormalizer.Normalize(text, out _)).StartsWith("第二十条第", StringComparison.Ordinal));

    private static bool IsApplicationsAnchor(DocumentItem item)
        => item.AnyText(static text =>
        {
            if (text.Length > 60)
            {
                return false;
            }

            var normalized = TextNormalizer.Normalize(text, out _);
            var key = TextNormalizer.Key(normalized);
            return key.StartsWith("本列数据", StringComparison.Ordinal) || key == "申请人情况" || (Labels.TryMatchApplications(normalized, out var match) && match.Key == RowKey.AppNew);
        });

    private static bool IsReviewAnchor(DocumentItem item)
        => item.AnyText(static text => text.Length < 20 && TextNormalizer.Key(TextNormalizer.Normalize(text, out _)) is "行政复议" or "行政诉讼" or "未经复议直接起诉" or "复议后起诉");
}
