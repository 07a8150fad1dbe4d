using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Values;
using GovInfoReport.Schema;

namespace GovInfoReport.Extraction.Tables;

/// <summary>The table reader: one implementation for every input format, working on <see cref="StreamRow"/>s.</summary>
internal static partial class TableReaders
{
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
        var assigned = new (LabelRecord Record, int Index)?[order.Length];
        var unresolved = new List<(LabelRecord Record, int RecordIndex)>();
        for (var r = 0; r < records.Count; r++)
        {
            var record = records[r];
            // A row's place in the order: a search of at most 25 keys instead of a dictionary built per sub-table.
            if (record.Match is { } match && Array.IndexOf(order, match.Key) is var index and >= 0)
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
                    $"“{Paths.Label(key)}”行应有 {columns.ToString(CultureInfo.InvariantCulture)} 个数值，找到 {slots.Length.ToString(CultureInfo.InvariantCulture)} 个单元格，无法确定对应关系，本行不予读取。",
                    $"The row \"{Paths.Label(key)}\" needs {columns.ToString(CultureInfo.InvariantCulture)} values; {slots.Length.ToString(CultureInfo.InvariantCulture)} cells were found and cannot be aligned with confidence, so the row was not read.");
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
            // Read as spans: every header cell passes here, and only a cell of three or more lines needs splitting.
            var text = TextNormalizer.TrimLayoutSpan(headerCells[i].Text);
            if (text.Count('\n') >= 2)
            {
                var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (lines.Length >= 3 && lines.All(l => l.Length == 1))
                {
                    notes.Add(ExtractionNoteCodes.VerticalHeader, NoteSeverity.Info, null, headerCells[i].Location, headerCells[i].Text,
                        $"表头“{string.Concat(lines)}”逐字分行排印，按表头处理。", $"The header \"{string.Concat(lines)}\" is printed one character per line; read as a header.");
                    continue;
                }
            }

            if (text.Length == 1)
            {
                var run = new StringBuilder().Append(text);
                var j = i + 1;
                while (j < headerCells.Count && TextNormalizer.TrimLayoutSpan(headerCells[j].Text).Length == 1)
                {
                    run.Append(TextNormalizer.TrimLayoutSpan(headerCells[j].Text));
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
