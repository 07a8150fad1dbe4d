using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Values;
using GovInfoReport.Schema;

namespace GovInfoReport.Extraction.Tables;

/// <summary>A printed row: its label cell, how the label matched, and the cells after it.</summary>
internal sealed class LabelRecord(SourceCell label, string normalized, LabelMatch? match)
{
    public SourceCell Label { get; } = label;

    public string Normalized { get; } = normalized;

    public LabelMatch? Match { get; } = match;

    public List<SourceCell> Cells { get; } = [];

    /// <summary>Text of an unrecognised label cell just before this one in the same row (a label split over two cells).</summary>
    public string Lead { get; init; } = string.Empty;
}

/// <summary>A statutory row as read: where its label is and its aligned value slots (null when it could not be aligned).</summary>
internal sealed class RowResult(RowKey key, SourceCell label, Slot[]? slots)
{
    public RowKey Key { get; } = key;

    public SourceCell Label { get; } = label;

    public Slot[]? Slots { get; } = slots;

    /// <summary>For 二 规范性文件: the version whose wording was printed; null otherwise.</summary>
    public TemplateVersion? Form { get; init; }
}

/// <summary>One sub-table as read.</summary>
internal sealed class SubTableRead(string id, string pointer)
{
    public string Id { get; } = id;

    public string Pointer { get; } = pointer;

    public bool Found { get; set; }

    public SourceLocation? Location { get; set; }

    /// <summary>The version the layout tells; null when it does not.</summary>
    public TemplateVersion? Version { get; set; }

    public string Evidence { get; set; } = string.Empty;

    public Dictionary<RowKey, RowResult> Rows { get; } = [];

    public Slot[]? Values { get; set; }
}

/// <summary>The table reader: one implementation for every input format, working on <see cref="StreamRow"/>s.</summary>
internal static partial class TableReaders
{
    private static readonly RowKey[] ApplicationOrder2019 =
    [
        RowKey.AppNew, RowKey.AppCarriedIn, RowKey.AppDisclosed, RowKey.AppPartial,
        RowKey.AppNd1, RowKey.AppNd2, RowKey.AppNd3, RowKey.AppNd4, RowKey.AppNd5, RowKey.AppNd6, RowKey.AppNd7, RowKey.AppNd8,
        RowKey.AppUp1, RowKey.AppUp2, RowKey.AppUp3,
        RowKey.AppNp1, RowKey.AppNp2, RowKey.AppNp3, RowKey.AppNp4, RowKey.AppNp5,
        RowKey.AppOther, RowKey.AppTotal, RowKey.AppCarriedOut,
    ];

    private static readonly RowKey[] ApplicationOrder2021 =
    [
        RowKey.AppNew, RowKey.AppCarriedIn, RowKey.AppDisclosed, RowKey.AppPartial,
        RowKey.AppNd1, RowKey.AppNd2, RowKey.AppNd3, RowKey.AppNd4, RowKey.AppNd5, RowKey.AppNd6, RowKey.AppNd7, RowKey.AppNd8,
        RowKey.AppUp1, RowKey.AppUp2, RowKey.AppUp3,
        RowKey.AppNp1, RowKey.AppNp2, RowKey.AppNp3, RowKey.AppNp4, RowKey.AppNp5,
        RowKey.AppOther1, RowKey.AppOther2, RowKey.AppOther3, RowKey.AppTotal, RowKey.AppCarriedOut,
    ];

    /// <summary>The statutory sub-tables of section 二, by item number of Article 20.</summary>
    internal static readonly Article20Item[] ActiveItems = [Article20Item.Regulations, Article20Item.Licensing, Article20Item.Penalties, Article20Item.Fees, Article20Item.Procurement];

    internal static string ActiveId(Article20Item item) => item switch
    {
        Article20Item.Regulations => "二（一）",
        Article20Item.Licensing => "二（五）",
        Article20Item.Penalties => "二（六）",
        Article20Item.Fees => "二（八）",
        _ => "二（九）",
    };

    internal static string ActivePointer(Article20Item item) => item switch
    {
        Article20Item.Regulations => Paths.Regulations,
        Article20Item.Licensing => Paths.Licensing,
        Article20Item.Penalties => Paths.Penalties,
        Article20Item.Fees => Paths.Fees,
        _ => Paths.Procurement,
    };

    // ---------------------------------------------------------------- table 二

    /// <summary>Reads the Article 20 sub-tables of section 二.</summary>
    public static Dictionary<Article20Item, SubTableRead> ReadActiveDisclosure(List<StreamRow> rows, NoteSink notes)
    {
        var result = new Dictionary<Article20Item, SubTableRead>();
        foreach (var item in ActiveItems)
        {
            result[item] = new SubTableRead(ActiveId(item), ActivePointer(item));
        }

        // Split at the captions 第二十条第（X）项; cells of a row after a caption belong to the new segment.
        var segments = new List<(Article20Item Item, SourceCell Caption, List<StreamRow> Rows)>();
        List<StreamRow>? current = null;
        foreach (var row in rows)
        {
            StreamRow? part = null;
            foreach (var cell in row.Cells)
            {
                if (!cell.IsMergeContinuation && TryCaption(cell.Text, out var item, out var changes))
                {
                    notes.TextChanged(changes, cell.Location, cell.Text);
                    current = [];
                    segments.Add((item, cell, current));
                    part = null;
                    continue;
                }

                if (current is null)
                {
                    continue;
                }

                if (part is null)
                {
                    part = new StreamRow(row.Known);
                    current.Add(part);
                }

                part.Cells.Add(cell);
            }
        }

        foreach (var (item, caption, segmentRows) in segments)
        {
            if (!result.TryGetValue(item, out var read))
            {
                notes.Add(ExtractionNoteCodes.Annotation, NoteSeverity.Info, null, caption.Location, caption.Text,
                    $"第二十条第（{((int)item).ToString(CultureInfo.InvariantCulture)}）项不在统计表格式中（地方增加的表），已忽略。",
                    $"Article 20 item ({((int)item).ToString(CultureInfo.InvariantCulture)}) is not a table of the template (a local addition); ignored.");
                continue;
            }

            if (read.Found)
            {
                notes.Add(ExtractionNoteCodes.Annotation, NoteSeverity.Warning, read.Pointer, caption.Location, caption.Text,
                    $"{read.Id} 出现两次，只读取第一次。", $"{read.Id} appears twice; only the first was read.");
                continue;
            }

            ReadActiveSegment(item, read, caption, segmentRows, notes);
        }

        return result;
    }

    private static void ReadActiveSegment(Article20Item item, SubTableRead read, SourceCell caption, List<StreamRow> rows, NoteSink notes)
    {
        read.Found = true;
        read.Location = caption.Location;
        var headerCells = new List<SourceCell>();
        var records = Collect(rows, Labels.TryMatchActiveDisclosure, headerCells, notes, read.Pointer);

        var header = new StringBuilder();
        foreach (var cell in headerCells)
        {
            header.Append(TextNormalizer.Key(TextNormalizer.Normalize(cell.Text, out _)));
        }

        var headerText = header.ToString();
        bool Has(params string[] words) => words.Any(w => headerText.Contains(w, StringComparison.Ordinal));
        bool? is2019 = item switch
        {
            Article20Item.Regulations => Has("新制作", "新公开", "对外公开总") ? true : Has("制发", "废止", "现行有效") ? false : null,
            Article20Item.Licensing or Article20Item.Penalties => Has("上一年项目", "增减") ? true : Has("本年处理决定") ? false : null,
            Article20Item.Fees => Has("上一年项目", "增减") ? true : Has("收费金额") ? false : null,
            _ => true,
        };

        var evidence = is2019 is null ? string.Empty : "header: " + string.Join(" / ", headerCells.Select(c => TextNormalizer.TrimLayout(c.Text).Replace('\n', ' ')).Where(t => t.Length > 0));
        if (is2019 is null && item is Article20Item.Licensing or Article20Item.Penalties or Article20Item.Fees)
        {
            // No telling header: the number of cells in the first labelled row decides (3 or 2 cells: 2019; 1 cell: 2021).
            var first = records.FirstOrDefault(r => r.Match is not null);
            if (first is not null)
            {
                var cellCount = RowAlignment.Expand(first.Cells, HeaderColumns.From(headerCells)).Count;
                var full = item == Article20Item.Fees ? 2 : 3;
                if (cellCount == full || cellCount == 1)
                {
                    is2019 = cellCount == full;
                    evidence = string.Create(CultureInfo.InvariantCulture, $"no version-specific header; {cellCount} value cell(s) per row");
                }
            }
        }

        if (item == Article20Item.Procurement)
        {
            evidence = "第二十条第（九）项 exists only in the 2019 tables";
        }

        read.Version = is2019 switch
        {
            true => TemplateVersion.V2019,
            false => TemplateVersion.V2021,
            null => null,
        };
        read.Evidence = read.Version is null ? "version not told by the headers (same columns in both versions or no header)" : evidence;

        var version = read.Version ?? TemplateVersion.V2021;
        var columns = (item, version) switch
        {
            (Article20Item.Regulations, _) => 3,
            (Article20Item.Licensing or Article20Item.Penalties, TemplateVersion.V2019) => 3,
            (Article20Item.Licensing or Article20Item.Penalties, _) => 1,
            (Article20Item.Fees, TemplateVersion.V2019) => 2,
            (Article20Item.Fees, _) => 1,
            _ => 2,
        };

        RowKey[] expected = (item, version) switch
        {
            (Article20Item.Regulations, _) => [RowKey.Rules, RowKey.Normative],
            (Article20Item.Licensing, TemplateVersion.V2019) => [RowKey.Licensing, RowKey.OtherServices],
            (Article20Item.Licensing, _) => [RowKey.Licensing],
            (Article20Item.Penalties, _) => [RowKey.Penalties, RowKey.Coercion],
            (Article20Item.Fees, _) => [RowKey.Fees],
            _ => [RowKey.Procurement],
        };

        Assign(read, records, expected, columns, null, version, notes, HeaderColumns.From(headerCells));
        foreach (var row in read.Rows.Values)
        {
            if (row.Key == RowKey.Normative && row.Form is { } form && read.Version is { } v && form != v)
            {
                notes.Add(ExtractionNoteCodes.HybridLabel, NoteSeverity.Info, Paths.Row(row.Key, version), row.Label.Location, row.Label.Text,
                    $"{read.Id} 为 {v.Number()} 版表格，但行标签印作“{TextNormalizer.TrimLayout(row.Label.Text)}”（{form.Number()} 版用语）；按位置读作规范性文件行。",
                    $"{read.Id} follows the {v.Number()} tables but the row is labelled \"{TextNormalizer.TrimLayout(row.Label.Text)}\" (the {form.Number()} wording); read as the normative-documents row.");
            }
        }
    }

    private static bool TryCaption(string text, out Article20Item item, out TextChanges changes)
    {
        item = default;
        changes = TextChanges.None;
        if (text.Length > 60 || !(text.Contains('二', StringComparison.Ordinal) && (text.Contains('条', StringComparison.Ordinal) || text.Contains('條', StringComparison.Ordinal))))
        {
            return false;
        }

        var normalized = TextNormalizer.Normalize(text, out changes);
        var match = CaptionRegex().Match(normalized);
        if (!match.Success)
        {
            return false;
        }

        item = (Article20Item)Labels.ChineseDigit(match.Groups["n"].Value);
        return item > 0;
    }

    // ---------------------------------------------------------------- table 三

    /// <summary>Reads the application-handling matrix of section 三.</summary>
    public static SubTableRead ReadApplications(List<StreamRow> rows, NoteSink notes)
    {
        var read = new SubTableRead("三", Paths.Applications);
        var headerCells = new List<SourceCell>();
        var records = Collect(rows, Labels.TryMatchApplications, headerCells, notes, Paths.Applications);
        NoteVerticalHeaders(headerCells, notes, Labels.ApplicationHeaders);
        var matched = records.Count(r => r.Match is not null);
        if (matched < 3)
        {
            return read;
        }

        read.Found = true;
        read.Location = headerCells.Count > 0 ? headerCells[0].Location : records[0].Label.Location;
        var subRows = records.Any(r => r.Match is { Key: RowKey.AppOther1 or RowKey.AppOther2 or RowKey.AppOther3 });
        var otherRecord = records.FirstOrDefault(r => r.Match is { Key: RowKey.AppOther });
        var singleRow = otherRecord is not null && otherRecord.Cells.Count > 0;
        if (subRows && singleRow)
        {
            notes.Add(ExtractionNoteCodes.ExtraRow, NoteSeverity.Warning, "/applications/outcomes/otherHandling", otherRecord!.Label.Location, otherRecord.Label.Text,
                "（六）其他处理既有本行数值又有 1–3 分项，按 2021 版分项读取，本行数值已忽略。",
                "（六）其他处理 has values of its own and sub-rows 1–3; the sub-rows were read (2021 layout) and the row's own values ignored.");
            otherRecord.Cells.Clear();
            singleRow = false;
        }

        read.Version = subRows ? TemplateVersion.V2021 : singleRow ? TemplateVersion.V2019 : null;
        read.Evidence = subRows
            ? "（六）其他处理 has the sub-rows 1–3 (2021 layout)"
            : singleRow ? "（六）其他处理 is a single data row (2019 layout)" : "the （六） rows were not found";
        var version = read.Version ?? TemplateVersion.V2021;
        Assign(read, records, version == TemplateVersion.V2019 ? ApplicationOrder2019 : ApplicationOrder2021, 7, RowTotalHolds, version, notes, HeaderColumns.From(headerCells));
        return read;
    }

    private static bool RowTotalHolds(decimal?[] values)
    {
        decimal sum = 0;
        for (var i = 0; i < 6; i++)
        {
            sum += values[i]!.Value;
        }

        return sum == values[6];
    }

    // ---------------------------------------------------------------- table 四

    /// <summary>Reads the one-row review and litigation table of section 四.</summary>
    public static SubTableRead ReadReview(List<StreamRow> rows, NoteSink notes)
    {
        var read = new SubTableRead("四", Paths.Review);
        var cells = rows.SelectMany(r => r.Cells).ToList();
        var lastHeader = -1;
        var groups = new List<(int Group, SourceCell Cell)>();
        var headerCells = new List<SourceCell>();
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.IsMergeContinuation)
            {
                continue;
            }

            var parsed = ValueParser.Parse(cell);
            if (parsed.IsValueLike)
            {
                continue;
            }

            var normalized = TextNormalizer.Normalize(cell.Text, out var changes);
            var key = TextNormalizer.Key(normalized);
            if (Labels.IsHeaderOrFragment(key, Labels.ReviewHeaders))
            {
                notes.TextChanged(changes, cell.Location, cell.Text);
                lastHeader = i;
                headerCells.Add(cell);
                var group = key switch
                {
                    "行政复议" => 1,
                    "行政诉讼" => 2,
                    "未经复议直接起诉" => 3,
                    "复议后起诉" => 4,
                    _ => 0,
                };
                if (group != 0)
                {
                    groups.Add((group, cell));
                }
            }
        }

        NoteVerticalHeaders(headerCells, notes, Labels.ReviewHeaders);
        var values = new List<SourceCell>();
        for (var i = lastHeader + 1; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (!cell.IsMergeContinuation && !ValueParser.Parse(cell).IsValueLike)
            {
                NoteAnnotation(cell, notes, Paths.Review);
                continue;
            }

            values.Add(cell);
        }

        if (RowAlignment.Expand(values).Count < 15 && GroupRuns(cells) is { } perGroup)
        {
            values = perGroup; // one small table per group (an OCR export): each group's five values under its own header
        }

        // Trailing blank cells after a complete row are layout (empty cells at the end of a delimited line).
        var slots = RowAlignment.Expand(values, HeaderColumns.From(headerCells));
        if (lastHeader < 0 && slots.Count(s => !s.IsBlank) == 0)
        {
            return read;
        }

        read.Found = lastHeader >= 0 || slots.Count >= 15;
        if (!read.Found)
        {
            return read;
        }

        read.Location = headerCells.Count > 0 ? headerCells[0].Location : values.Count > 0 ? values[0].Location : null;
        read.Evidence = "same layout in both versions";
        var aligned = RowAlignment.Align(slots, 15, ReviewTotalsHold, out var shift, out var byRule);
        if (aligned is null)
        {
            notes.Add(ExtractionNoteCodes.AmbiguousRow, NoteSeverity.Warning, Paths.Review, read.Location, null,
                $"表四应有 15 个数值，找到 {slots.Count.ToString(CultureInfo.InvariantCulture)} 个单元格，无法确定对应关系，全部不予读取。",
                $"Table 四 needs 15 values; {slots.Count.ToString(CultureInfo.InvariantCulture)} cells were found and cannot be aligned with confidence, so none was read.");
        }
        else if (shift > 0 || byRule)
        {
            NoteShift(notes, Paths.Review, aligned[0].Cell, shift, byRule, "R4");
        }

        read.Values = aligned;

        // Group headers: the values are always read in the statutory order (行政复议, 未经复议直接起诉, 复议后起诉).
        var seen = groups.Select(g => g.Group).ToList();
        var missing = new List<string>();
        if (!seen.Contains(1))
        {
            missing.Add("行政复议");
        }

        if (!seen.Contains(2))
        {
            missing.Add("行政诉讼");
        }

        if (!seen.Contains(3))
        {
            missing.Add("未经复议直接起诉");
        }

        if (!seen.Contains(4))
        {
            missing.Add("复议后起诉");
        }

        if (missing.Count > 0)
        {
            notes.Add(ExtractionNoteCodes.ReviewHeadersMissing, NoteSeverity.Warning, Paths.Review, read.Location, string.Join("、", missing),
                $"表四缺少表头“{string.Join("、", missing)}”；15 个数值按法定顺序（行政复议、未经复议直接起诉、复议后起诉）读取。",
                $"Table 四 lacks the header(s) {string.Join(", ", missing)}; the 15 values were read in the statutory order (review, suits without review, suits after review).");
        }

        var first = seen.IndexOf(1);
        var second = seen.IndexOf(2);
        var third = seen.IndexOf(3);
        var fourth = seen.IndexOf(4);
        if ((first >= 0 && second >= 0 && second < first) || (third >= 0 && fourth >= 0 && fourth < third))
        {
            var printed = string.Join("、", groups.Select(g => TextNormalizer.TrimLayout(g.Cell.Text)));
            notes.Add(ExtractionNoteCodes.ReviewHeadersScrambled, NoteSeverity.Warning, Paths.Review, groups[0].Cell.Location, printed,
                $"表四表头顺序错乱（{printed}）；15 个数值按法定顺序读取。",
                $"Table 四 headers are in a scrambled order ({printed}); the 15 values were read in the statutory order.");
        }

        return read;
    }

    /// <summary>
    /// Table 四 printed as three small tables, one per group: three runs of exactly five values, each after its own
    /// group header (行政复议, 未经复议直接起诉, 复议后起诉, each once). The values in the statutory order, or null.
    /// </summary>
    private static List<SourceCell>? GroupRuns(List<SourceCell> cells)
    {
        var runs = new Dictionary<int, List<SourceCell>>();
        var group = 0;
        List<SourceCell>? run = null;
        foreach (var cell in cells)
        {
            if (!cell.IsMergeContinuation && !ValueParser.Parse(cell).IsValueLike)
            {
                var key = TextNormalizer.Key(TextNormalizer.Normalize(cell.Text, out _));
                var named = key switch
                {
                    "行政复议" => 1,
                    "未经复议直接起诉" or "行政诉讼未经复议直接起诉" => 3,
                    "复议后起诉" or "行政诉讼复议后起诉" => 4,
                    _ => 0,
                };
                if (named != 0)
                {
                    if (runs.ContainsKey(named))
                    {
                        return null;
                    }

                    group = named;
                    run = null;
                }

                continue;
            }

            if (group == 0)
            {
                return null;
            }

            if (run is null)
            {
                if (runs.ContainsKey(group))
                {
                    return null; // two runs of values under one group header
                }

                run = [];
                runs[group] = run;
            }

            run.Add(cell);
        }

        if (runs.Count != 3 || runs.Values.Any(r => RowAlignment.Expand(r).Count != 5))
        {
            return null;
        }

        return [.. runs[1], .. runs[3], .. runs[4]];
    }

    private static bool ReviewTotalsHold(decimal?[] values)
    {
        for (var g = 0; g < 3; g++)
        {
            var o = g * 5;
            if (values[o]!.Value + values[o + 1]!.Value + values[o + 2]!.Value + values[o + 3]!.Value != values[o + 4])
            {
                return false;
            }
        }

        return true;
    }

    // ---------------------------------------------------------------- shared

    /// <summary>
    /// Walks the rows and gathers printed rows: a label cell, then the cells after it up to the next label (or the end
    /// of a known row). Text before the first label is the header; annotations are noted and skipped; unknown text after
    /// the first label starts an unknown row (a local extra row, or a wrong label placed by position later).
    /// </summary>
    private static List<LabelRecord> Collect(List<StreamRow> rows, MatchLabel matchLabel, List<SourceCell> headerCells, NoteSink notes, string pointer)
    {
        var records = new List<LabelRecord>();
        LabelRecord? current = null;
        var labelsStarted = false;
        foreach (var row in rows)
        {
            if (row.Known)
            {
                current = null;
            }

            foreach (var cell in row.Cells)
            {
                if (cell.IsMergeContinuation)
                {
                    current?.Cells.Add(cell);
                    continue;
                }

                var parsed = ValueParser.Parse(cell);
                if (parsed.IsValueLike)
                {
                    if (current is null && labelsStarted && row.Known && parsed.Kind == CellKind.Number && cell == row.Cells[0] && row.Cells.Count >= 2)
                    {
                        // A row of values whose label was printed elsewhere (an OCR export moves wrapped labels out of
                        // the table): an unlabelled row, placed later only where its position leaves no doubt.
                        current = new LabelRecord(new SourceCell(string.Empty, cell.Location), string.Empty, null);
                        records.Add(current);
                    }

                    if (current is not null)
                    {
                        current.Cells.Add(cell);
                    }
                    else if (labelsStarted && parsed.Kind is CellKind.Number or CellKind.Unreadable)
                    {
                        notes.Add(ExtractionNoteCodes.Unreadable, NoteSeverity.Warning, pointer, cell.Location, cell.Text,
                            "单元格不属于任何可识别的行，未读取。", "A value cell that belongs to no recognisable row; not read.");
                    }

                    continue;
                }

                var normalized = TextNormalizer.Normalize(cell.Text, out var changes);
                var lead = row.Known && current is { Match: null, Cells.Count: 0 } ? current.Normalized : string.Empty;
                if (matchLabel(normalized, out var match))
                {
                    notes.TextChanged(changes, cell.Location, cell.Text);
                    labelsStarted = true;
                    current = new LabelRecord(cell, normalized, match);
                    records.Add(current);
                    continue;
                }

                if (!labelsStarted)
                {
                    if (IsAnnotation(normalized))
                    {
                        NoteAnnotation(cell, notes, pointer);
                    }
                    else
                    {
                        notes.TextChanged(changes, cell.Location, cell.Text);
                        headerCells.Add(cell);
                    }

                    continue;
                }

                if (IsAnnotation(normalized))
                {
                    NoteAnnotation(cell, notes, pointer);
                    continue;
                }

                current = new LabelRecord(cell, normalized, null) { Lead = lead };
                records.Add(current);
            }

            if (row.Known)
            {
                current = null;
            }
        }

        return records;
    }

    private delegate bool MatchLabel(string normalized, out LabelMatch match);

    /// <summary>
    /// Aligns every record and assigns it to a statutory row: by label first; then a record whose label is wrong or
    /// unknown takes the one statutory row missing at its position, if exactly one is; anything else is an extra row.
    /// </summary>
    private static void Assign(SubTableRead read, List<LabelRecord> records, RowKey[] order, int columns, Func<decimal?[], bool>? consistent, TemplateVersion version, NoteSink notes, HeaderColumns? header)
    {
        var position = new Dictionary<RowKey, int>();
        for (var i = 0; i < order.Length; i++)
        {
            position[order[i]] = i;
        }

        var assigned = new (LabelRecord Record, int Index)?[order.Length];
        var unresolved = new List<(LabelRecord Record, int RecordIndex)>();
        for (var r = 0; r < records.Count; r++)
        {
            var record = records[r];
            if (record.Match is { } match && position.TryGetValue(match.Key, out var index))
            {
                if (assigned[index] is null)
                {
                    assigned[index] = (record, r);
                    continue;
                }
            }
            else if (record.Match is not null && record.Cells.Count == 0)
            {
                continue; // a group cell (三、本年度办理结果, （三）不予公开…) followed by its first row
            }
            else if (record.Match is not null && record.Cells.All(c => !c.IsMergeContinuation && ValueParser.Parse(c).Kind == CellKind.Blank) && IsGroup(record.Match.Value.Key))
            {
                continue;
            }

            unresolved.Add((record, r));
        }

        var withCells = new UnresolvedCounts(unresolved);
        var placed = AssignByFragments(read, unresolved, withCells, assigned, order, version, notes);
        foreach (var (record, recordIndex) in unresolved)
        {
            if (placed.Contains(record))
            {
                continue;
            }

            // The statutory rows missing between the rows assigned before and after this record.
            var (before, after) = AssignedNeighbours(assigned, recordIndex);

            var gap = new List<int>();
            for (var i = before + 1; i < after; i++)
            {
                if (assigned[i] is null)
                {
                    gap.Add(i);
                }
            }

            var low = before >= 0 ? assigned[before]!.Value.Index : -1;
            var high = after < order.Length ? assigned[after]!.Value.Index : int.MaxValue;
            var competitors = withCells.Between(low, high);
            var text = TextNormalizer.TrimLayout(record.Label.Text);
            if (gap.Count == 1 && competitors == 1 && record.Cells.Count > 0)
            {
                var key = order[gap[0]];
                assigned[gap[0]] = (record, recordIndex);
                placed.Add(record);
                notes.Add(ExtractionNoteCodes.WrongLabelByPosition, NoteSeverity.Warning, Paths.Row(key, version), record.Label.Location, record.Label.Text,
                    $"{read.Id} 中该行印作“{text}”，按位置应为“{Paths.Label(key)}”，按位置读取。",
                    $"In {read.Id} the row printed \"{text}\" stands where \"{Paths.Label(key)}\" belongs; read by position as {Paths.Label(key)}.");
            }
            else if ((record.Cells.Count > 0 || record.Match is null) && notes.HasRoom)
            {
                notes.Add(ExtractionNoteCodes.ExtraRow, NoteSeverity.Info, read.Pointer, record.Label.Location, record.Label.Text,
                    $"{read.Id} 中的“{text}”行不在统计表格式中（地方增加的行或重复的行），已忽略。",
                    $"The row \"{text}\" of {read.Id} is not in the template (a local extra row or a repeated one); ignored.");
            }
        }

        for (var i = 0; i < order.Length; i++)
        {
            var key = order[i];
            var pointer = Paths.Row(key, version);
            if (assigned[i] is not { } entry)
            {
                notes.Add(ExtractionNoteCodes.MissingRow, NoteSeverity.Warning, pointer, read.Location, null,
                    $"{read.Id} 未找到“{Paths.Label(key)}”行，其数值缺失。", $"{read.Id}: the row \"{Paths.Label(key)}\" was not found; its values are absent.");
                continue;
            }

            var record = entry.Record;
            var slots = RowAlignment.Expand(record.Cells, header);
            var aligned = RowAlignment.Align(slots, columns, consistent, out var shift, out var byRule);
            if (aligned is null)
            {
                notes.Add(ExtractionNoteCodes.AmbiguousRow, NoteSeverity.Warning, pointer, record.Label.Location, record.Label.Text,
                    $"“{Paths.Label(key)}”行应有 {columns.ToString(CultureInfo.InvariantCulture)} 个数值，找到 {slots.Count.ToString(CultureInfo.InvariantCulture)} 个单元格，无法确定对应关系，本行不予读取。",
                    $"The row \"{Paths.Label(key)}\" needs {columns.ToString(CultureInfo.InvariantCulture)} values; {slots.Count.ToString(CultureInfo.InvariantCulture)} cells were found and cannot be aligned with confidence, so the row was not read.");
            }
            else if (shift > 0 || byRule)
            {
                NoteShift(notes, pointer, aligned[0].Cell, shift, byRule, "R2");
            }

            if (record.Match is { } match && match.Key == key)
            {
                NoteLabelMatch(notes, match, record, pointer, key);
            }

            read.Rows[key] = new RowResult(key, record.Label, aligned) { Form = record.Match?.Form };
        }
    }

    /// <summary>
    /// Places unrecognised rows that carry values where the labels printed around them leave exactly one choice,
    /// repeating while that places more: a row whose label text (with the unrecognised cell before it) is part of the
    /// label of exactly one statutory row missing at its position takes that row; a row with no label takes the one
    /// missing row at its position when it is the only unplaced row there. The order of the table is kept throughout.
    /// </summary>
    /// <returns>The records placed (each takes a statutory row, so there are at most as many as rows).</returns>
    private static HashSet<LabelRecord> AssignByFragments(SubTableRead read, List<(LabelRecord Record, int RecordIndex)> unresolved, UnresolvedCounts withCells, (LabelRecord Record, int Index)?[] assigned, RowKey[] order, TemplateVersion version, NoteSink notes)
    {
        var placed = new HashSet<LabelRecord>();
        var placedIndices = new List<int>();

        // Only unlabelled records with values take part; their fragments do not change between passes.
        var open = new List<(LabelRecord Record, int RecordIndex, string Fragment)>();
        foreach (var (record, recordIndex) in unresolved)
        {
            if (record.Match is null && record.Cells.Count > 0)
            {
                open.Add((record, recordIndex, TextNormalizer.Key(record.Lead + Labels.SplitPrefix(record.Normalized, out _, out _))));
            }
        }

        bool progress;
        do
        {
            progress = false;
            foreach (var (record, recordIndex, fragment) in open)
            {
                if (placed.Contains(record))
                {
                    continue;
                }

                var (before, after) = AssignedNeighbours(assigned, recordIndex);
                if (after - before <= 1)
                {
                    continue; // no statutory row is missing at this position
                }

                var low = before >= 0 ? assigned[before]!.Value.Index : -1;
                var high = after < order.Length ? assigned[after]!.Value.Index : int.MaxValue;

                // Unplaced records with values between the neighbours: counted from prefix sums, less the few placed ones.
                var competitors = withCells.Between(low, high) - placedIndices.Count(p => p > low && p < high);
                var candidates = new List<int>();
                for (var i = before + 1; i < after; i++)
                {
                    if (assigned[i] is null && (fragment.Length == 0 ? competitors == 1 : fragment.Length >= 4 && Labels.StatutoryKey(order[i]).Contains(fragment, StringComparison.Ordinal)))
                    {
                        candidates.Add(i);
                    }
                }

                if (candidates.Count != 1)
                {
                    continue;
                }

                var key = order[candidates[0]];
                assigned[candidates[0]] = (record, recordIndex);
                placed.Add(record);
                placedIndices.Add(recordIndex);
                progress = true;
                var text = TextNormalizer.TrimLayout(record.Label.Text);
                notes.Add(ExtractionNoteCodes.WrongLabelByPosition, NoteSeverity.Warning, Paths.Row(key, version), record.Label.Location, record.Label.Text,
                    fragment.Length == 0
                        ? $"{read.Id} 中一行数值没有行标签（标签印在表格之外），按位置应为“{Paths.Label(key)}”，按位置读取。"
                        : $"{read.Id} 中该行只印出行标签的一部分“{text}”，它只属于此处缺少的“{Paths.Label(key)}”行，按此读取。",
                    fragment.Length == 0
                        ? $"In {read.Id} a row of values has no label (it was printed outside the table); the only row missing at its position is \"{Paths.Label(key)}\"; read as that row."
                        : $"In {read.Id} the row shows only part of its label, \"{text}\", which belongs only to \"{Paths.Label(key)}\", the row missing at its position; read as that row.");
            }
        }
        while (progress);
        return placed;
    }

    /// <summary>
    /// How many unresolved records with values lie strictly between two record indices, in O(log n): the unresolved
    /// records are in document order, so a binary search and a prefix sum answer what a scan of all of them did (a
    /// table region of tens of thousands of repeated rows made that scan quadratic, issue 13).
    /// </summary>
    private sealed class UnresolvedCounts
    {
        private readonly int[] indices;
        private readonly int[] prefix;

        public UnresolvedCounts(List<(LabelRecord Record, int RecordIndex)> unresolved)
        {
            indices = new int[unresolved.Count];
            prefix = new int[unresolved.Count + 1];
            for (var u = 0; u < unresolved.Count; u++)
            {
                indices[u] = unresolved[u].RecordIndex;
                prefix[u + 1] = prefix[u] + (unresolved[u].Record.Cells.Count > 0 ? 1 : 0);
            }
        }

        /// <summary>Records with values whose index is greater than <paramref name="low"/> and less than <paramref name="high"/>.</summary>
        public int Between(int low, int high)
        {
            var from = UpperBound(low);
            var to = LowerBound(high);
            return to > from ? prefix[to] - prefix[from] : 0;
        }

        private int UpperBound(int value)
        {
            var at = Array.BinarySearch(indices, value);
            return at >= 0 ? at + 1 : ~at;
        }

        private int LowerBound(int value)
        {
            var at = Array.BinarySearch(indices, value);
            return at >= 0 ? at : ~at;
        }
    }

    private static bool IsGroup(RowKey key) => key is RowKey.AppOutcomesGroup or RowKey.AppNotDisclosedGroup or RowKey.AppUnableGroup or RowKey.AppNotProcessedGroup or RowKey.AppOther;

    private static void NoteLabelMatch(NoteSink notes, LabelMatch match, LabelRecord record, string pointer, RowKey key)
    {
        var text = TextNormalizer.TrimLayout(record.Label.Text);
        switch (match.Kind)
        {
            case MatchKind.Variant:
                notes.Add(ExtractionNoteCodes.LabelVariant, NoteSeverity.Info, pointer, record.Label.Location, record.Label.Text,
                    $"行标签“{text}”是已知的错字/变体，识别为“{Paths.Label(key)}”。",
                    $"The row label \"{text}\" is a known typo or variant; recognised as \"{Paths.Label(key)}\".");
                break;
            case MatchKind.Fuzzy:
                notes.Add(ExtractionNoteCodes.LabelFuzzy, NoteSeverity.Info, pointer, record.Label.Location, record.Label.Text,
                    $"行标签“{text}”与“{Paths.Label(key)}”相差一两个字，按近似匹配和位置识别。",
                    $"The row label \"{text}\" differs from \"{Paths.Label(key)}\" by one or two characters; recognised approximately.");
                break;
            case MatchKind.Annotation:
                notes.Add(ExtractionNoteCodes.LabelAnnotation, NoteSeverity.Info, pointer, record.Label.Location, record.Label.Text,
                    $"行标签“{text}”带有地方注释“{match.Detail}”，注释已忽略。",
                    $"The row label \"{text}\" carries a local annotation \"{match.Detail}\"; the annotation was ignored.");
                break;
        }
    }

    private static void NoteShift(NoteSink notes, string pointer, SourceCell first, int shift, bool byRule, string rule)
    {
        var n = shift.ToString(CultureInfo.InvariantCulture);
        notes.Add(ExtractionNoteCodes.ShiftedValues, NoteSeverity.Warning, pointer, first.Location, first.Text,
            byRule
                ? $"本行单元格多于列数，空单元格位置不唯一；按 {rule} 勾稽关系唯一成立的对齐方式读取（数值右移 {n} 列）。"
                : $"本行数值与行标签之间多出 {n} 个空单元格（数值错位 {n} 列），已按行标签对齐读取。",
            byRule
                ? $"The row has more cells than columns and the blank cells could sit in more than one place; read with the only alignment under which {rule} holds (values shifted {n} column(s))."
                : $"The values are shifted {n} column(s) from the row label by blank layout cells; read aligned to the label.");
    }

    private static void NoteAnnotation(SourceCell cell, NoteSink notes, string pointer)
    {
        var text = TextNormalizer.TrimLayout(cell.Text);
        var brief = text.Length > 40 ? text[..40] + "…" : text;
        var instructions = text.Contains("编写说明", StringComparison.Ordinal) || text.Contains("編寫說明", StringComparison.Ordinal) || text.Contains("填报说明", StringComparison.Ordinal);
        notes.Add(ExtractionNoteCodes.Annotation, NoteSeverity.Info, pointer, cell.Location, cell.Text,
            instructions ? $"表格区域内残留编写说明文字“{brief}”，已忽略。" : $"表格区域内的注释文字“{brief}”，已忽略。",
            instructions ? $"Leftover drafting-instruction text (编写说明) in the table region, \"{brief}\"; ignored." : $"Annotation text in the table region, \"{brief}\"; ignored.");
    }

    private static bool IsAnnotation(string normalized)
    {
        var key = TextNormalizer.Key(normalized);
        return key.Contains("说明", StringComparison.Ordinal)
            || normalized.StartsWith("注:", StringComparison.Ordinal)
            || normalized.StartsWith("注：", StringComparison.Ordinal)
            || key.StartsWith("备注", StringComparison.Ordinal)
            || key.StartsWith("单位", StringComparison.Ordinal)
            || key.StartsWith("本表", StringComparison.Ordinal)
            || key.StartsWith("数据来源", StringComparison.Ordinal)
            || key.Length > 40
            || normalized.EndsWith('。');
    }

    private static void NoteVerticalHeaders(List<SourceCell> headerCells, NoteSink notes, string[] words)
    {
        // One character per line inside a cell (自\n然\n人), or one character per cell in a row without boundaries.
        for (var i = 0; i < headerCells.Count; i++)
        {
            var text = TextNormalizer.TrimLayout(headerCells[i].Text);
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.Length >= 3 && lines.All(l => l.Length == 1))
            {
                notes.Add(ExtractionNoteCodes.VerticalHeader, NoteSeverity.Info, null, headerCells[i].Location, headerCells[i].Text,
                    $"表头“{string.Concat(lines)}”逐字分行排印，按表头处理。", $"The header \"{string.Concat(lines)}\" is printed one character per line; read as a header.");
                continue;
            }

            if (text.Length == 1)
            {
                var run = new StringBuilder(text);
                var j = i + 1;
                while (j < headerCells.Count && TextNormalizer.TrimLayout(headerCells[j].Text).Length == 1)
                {
                    run.Append(TextNormalizer.TrimLayout(headerCells[j].Text));
                    j++;
                }

                if (run.Length >= 2 && words.Any(w => w.Contains(run.ToString(), StringComparison.Ordinal) || run.ToString().Contains(w, StringComparison.Ordinal)))
                {
                    notes.Add(ExtractionNoteCodes.VerticalHeader, NoteSeverity.Info, null, headerCells[i].Location, run.ToString(),
                        $"表头“{run}”逐字分行排印，按表头处理。", $"The header \"{run}\" is printed one character per line; read as a header.");
                    i = j - 1;
                }
            }
        }
    }

    [GeneratedRegex(@"第二十条第?\((?<n>[一二三四五六七八九十]{1,3})\)项", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionRegex();

    // The statutory rows already assigned to the records nearest before and after record `recordIndex`:
    // -1 / assigned.Length where there is none.
    private static (int Before, int After) AssignedNeighbours((LabelRecord Record, int Index)?[] assigned, int recordIndex)
    {
        var before = -1;
        var after = assigned.Length;
        for (var i = 0; i < assigned.Length; i++)
        {
            if (assigned[i] is { } a)
            {
                if (a.Index < recordIndex)
                {
                    before = Math.Max(before, i);
                }
                else if (a.Index > recordIndex)
                {
                    after = Math.Min(after, i);
                }
            }
        }

        return (before, after);
    }
}
