using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Values;

namespace GovInfoReport.Extraction.Tables;

// The table reader, table 四: the one-row review and litigation table of section 四; the rows of every table are gathered and placed in TableReaders.cs.
internal static partial class TableReaders
{
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

        if (RowAlignment.SlotCount(values) < 15 && GroupRuns(cells) is { } perGroup)
        {
            values = perGroup; // one small table per group (an OCR export): each group's five values under its own header
        }

        // Trailing blank cells after a complete row are layout (empty cells at the end of a delimited line).
        var slots = RowAlignment.Expand(values, HeaderColumns.From(headerCells));
        if (lastHeader < 0 && slots.Count(s => !s.IsBlank) == 0)
        {
            return read;
        }

        read.Found = lastHeader >= 0 || slots.Length >= 15;
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
                $"表四应有 15 个数值，找到 {slots.Length.ToString(CultureInfo.InvariantCulture)} 个单元格，无法确定对应关系，全部不予读取。",
                $"Table 四 needs 15 values; {slots.Length.ToString(CultureInfo.InvariantCulture)} cells were found and cannot be aligned with confidence, so none was read.");
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

        if (runs.Count != 3 || runs.Values.Any(r => RowAlignment.SlotCount(r) != 5))
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
}
