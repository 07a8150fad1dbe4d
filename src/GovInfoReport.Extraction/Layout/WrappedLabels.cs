using System;
using System.Collections.Generic;
using System.Linq;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;

namespace GovInfoReport.Extraction.Layout;

/// <summary>
/// Completes row labels that wrap over several lines when nothing else (a ruling line, a cell border) tells which lines
/// make one row: a row with values whose label is missing (values on a line of their own) or is not a statutory label
/// takes the fewest label fragments from the lines next to it, above then below, that make its label a statutory row
/// label of table 二 or 三. A fragment is the one text chunk of a line without values that stands under (or over) the
/// row's label, or left of its values when it has no label. Nothing is joined unless the joined text is such a label,
/// so a fragment is never moved into a row it does not complete; group cells (（三）不予公开…) are never a row's label.
/// </summary>
internal static class WrappedLabels
{
    /// <summary>Most lines taken from each side.</summary>
    private const int MaxLinesPerSide = 14;

    /// <summary>Longest fragment.</summary>
    private const int MaxFragmentLength = 40;

    /// <summary>Joins wrapped labels into their rows and removes the fragments taken.</summary>
    /// <param name="rows">The rows (cells left to right).</param>
    public static void Join(List<List<LayoutChunk>> rows)
    {
        var any = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var firstValue = row.FindIndex(c => c.Text.Trim().Length > 0 && AlignedTableBuilder.IsValue(c.Text));
            if (firstValue < 0)
            {
                continue;
            }

            var labelIndex = firstValue > 0 && !AlignedTableBuilder.IsValue(row[firstValue - 1].Text) ? firstValue - 1 : -1;
            if (labelIndex >= 0 && IsRowLabel(row[labelIndex].Text, allowFuzzy: false))
            {
                continue;
            }

            var valueLeft = row[firstValue].Left;
            var own = labelIndex >= 0 ? row[labelIndex] : (LayoutChunk?)null;
            var above = new List<(int Row, int Chunk)>();
            for (var k = i - 1; k >= 0 && above.Count < MaxLinesPerSide && Fragment(rows[k], own, valueLeft) is var c && c >= 0; k--)
            {
                above.Add((k, c));
            }

            var below = new List<(int Row, int Chunk)>();
            for (var k = i + 1; k < rows.Count && below.Count < MaxLinesPerSide && Fragment(rows[k], own, valueLeft) is var c && c >= 0; k++)
            {
                below.Add((k, c));
            }

            // The fewest fragments that make a label exactly (or as a known variant); only then an approximate one.
            var joined = false;
            for (var total = 1; total <= above.Count + below.Count && !joined; total++)
            {
                joined = TryJoin(rows, row, labelIndex, firstValue, own, above, below, total, allowFuzzy: false);
            }

            for (var total = 1; total <= above.Count + below.Count && !joined; total++)
            {
                joined = TryJoin(rows, row, labelIndex, firstValue, own, above, below, total, allowFuzzy: true);
            }

            any |= joined;
        }

        if (any)
        {
            rows.RemoveAll(r => r.Count == 0);
        }
    }

    private static bool TryJoin(List<List<LayoutChunk>> rows, List<LayoutChunk> row, int labelIndex, int firstValue, LayoutChunk? own, List<(int Row, int Chunk)> above, List<(int Row, int Chunk)> below, int total, bool allowFuzzy)
    {
        for (var a = System.Math.Min(total, above.Count); a >= 0; a--)
        {
            var b = total - a;
            if (b > below.Count)
            {
                continue;
            }

            var parts = new List<LayoutChunk>(total + 1);
            for (var p = a - 1; p >= 0; p--)
            {
                parts.Add(rows[above[p].Row][above[p].Chunk]);
            }

            if (own is { } label)
            {
                parts.Add(label);
            }

            for (var p = 0; p < b; p++)
            {
                parts.Add(rows[below[p].Row][below[p].Chunk]);
            }

            var text = string.Join("\n", parts.ConvertAll(c => c.Text));
            if (!IsRowLabel(text, allowFuzzy))
            {
                continue;
            }

            var left = parts[0].Left;
            var right = parts[0].Right;
            foreach (var part in parts)
            {
                left = System.Math.Min(left, part.Left);
                right = System.Math.Max(right, part.Right);
            }

            var joined = new LayoutChunk(text, left, right, parts[0].Location);
            if (labelIndex >= 0)
            {
                row[labelIndex] = joined;
            }
            else
            {
                row.Insert(firstValue, joined);
            }

            for (var p = 0; p < a; p++)
            {
                Take(rows[above[p].Row], above[p].Chunk);
            }

            for (var p = 0; p < b; p++)
            {
                Take(rows[below[p].Row], below[p].Chunk);
            }

            return true;
        }

        return false;
    }

    private static void Take(List<LayoutChunk> row, int chunk)
    {
        row.RemoveAt(chunk);
        if (row.TrueForAll(c => c.Text.Trim().Length == 0))
        {
            row.Clear();
        }
    }

    /// <summary>
    /// The chunk of a line without values that may continue a label: the one text chunk under the label (overlapping
    /// it), or, for a row without a label, the one text chunk left of the values; -1 when there is none or more than one.
    /// </summary>
    private static int Fragment(List<LayoutChunk> row, LayoutChunk? label, double valueLeft)
    {
        var found = -1;
        for (var c = 0; c < row.Count; c++)
        {
            var text = row[c].Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (AlignedTableBuilder.IsValue(text))
            {
                return -1;
            }

            var fits = label is { } l ? row[c].Left < l.Right && row[c].Right > l.Left : row[c].Left < valueLeft;
            if (!fits)
            {
                continue;
            }

            if (found >= 0 || text.Length > MaxFragmentLength)
            {
                return -1;
            }

            found = c;
        }

        if (found >= 0 && label is null)
        {
            // Without a label to stand under, only a line of one chunk (or the rightmost chunk before the values) qualifies.
            for (var c = found + 1; c < row.Count; c++)
            {
                if (row[c].Text.Trim().Length > 0 && row[c].Left < valueLeft)
                {
                    return -1;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// A table whose first row is only values, right after short lines that make a statutory row label (an OCR export
    /// moves a wrapped label out of its table): the lines become the row's label cell. Fewest lines, exact before
    /// approximate; nothing changes when no such lines exist.
    /// </summary>
    /// <param name="blocks">The document's blocks.</param>
    public static void AttachLabelsAbove(List<Documents.SourceBlock> blocks)
    {
        // Most documents have no table that starts with values, and nothing to attach: they are left as they are,
        // without the copy below, and the blocks before the first such table are copied without a second look.
        var first = blocks.FindIndex(static block => block is Documents.SourceTable table && StartsWithValues(table));
        if (first < 0)
        {
            return;
        }

        // The blocks are copied into `kept` as they are read, so the paragraphs a label takes are removed from its end
        // (removing them from the middle of `blocks` moved every block after them: quadratic in tables, issue 13).
        var kept = new List<Documents.SourceBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            kept.Add(i < first ? blocks[i] : AttachLabelAbove(kept, blocks[i]));
        }

        blocks.Clear();
        blocks.AddRange(kept);
    }

    /// <summary>
    /// The block, with the label lines at the end of <paramref name="kept"/> attached (and removed from it) when it is a
    /// table that starts with values. The label search is a method of its own: the lambdas it captures were allocated
    /// for every block, table or not.
    /// </summary>
    private static Documents.SourceBlock AttachLabelAbove(List<Documents.SourceBlock> kept, Documents.SourceBlock block)
        => kept.Count > 0 && block is Documents.SourceTable table && StartsWithValues(table) ? AttachLabelAbove(kept, table) : block;

    /// <summary>
    /// Whether the table's first row holds only values, one not blank. Loops, not LINQ over the cells: that enumerated a
    /// list through its interface (an enumerator allocated per table).
    /// </summary>
    private static bool StartsWithValues(Documents.SourceTable table)
    {
        if (table.Rows.Count == 0 || table.Rows[0].Cells.Count == 0)
        {
            return false;
        }

        var cells = table.Rows[0].Cells;
        var anyText = false;
        for (var i = 0; i < cells.Count; i++)
        {
            if (!AlignedTableBuilder.IsValue(cells[i].Text))
            {
                return false;
            }

            anyText |= !cells[i].Text.AsSpan().Trim().IsEmpty;
        }

        return anyText;
    }

    private static Documents.SourceBlock AttachLabelAbove(List<Documents.SourceBlock> kept, Documents.SourceTable table)
    {
        var b = kept.Count;
        var lines = 0;
        while (lines < MaxLinesPerSide && b - lines - 1 >= 0 && kept[b - lines - 1] is Documents.SourceParagraph p && p.Text.Trim().Length is > 0 and <= MaxFragmentLength && !p.Text.TrimEnd().EndsWith('。'))
        {
            lines++;
        }

        var taken = 0;
        foreach (var fuzzy in new[] { false, true })
        {
            for (var k = 1; k <= lines && taken == 0; k++)
            {
                var text = string.Join("\n", Enumerable.Range(b - k, k).Select(i => ((Documents.SourceParagraph)kept[i]).Text.Trim()));
                if (IsRowLabel(text, fuzzy))
                {
                    taken = k;
                }
            }
        }

        if (taken == 0)
        {
            return table;
        }

        var first = (Documents.SourceParagraph)kept[b - taken];
        var label = new Documents.SourceCell(string.Join("\n", Enumerable.Range(b - taken, taken).Select(i => ((Documents.SourceParagraph)kept[i]).Text.Trim())), first.Location);
        var rows = table.Rows.ToList();
        rows[0] = new Documents.SourceRow([label, .. table.Rows[0].Cells]);
        kept.RemoveRange(b - taken, taken);
        return new Documents.SourceTable(rows, table.RowsAreReliable, table.Location);
    }

    /// <summary>Whether a text is the label of a data row of table 二 or 三 (not a group cell).</summary>
    internal static bool IsRowLabel(string text, bool allowFuzzy)
    {
        var normalized = TextNormalizer.Normalize(text, out _);
        if (Labels.TryMatchApplications(normalized, out var match))
        {
            return (allowFuzzy || match.Kind != MatchKind.Fuzzy) && match.Key is not (RowKey.AppOutcomesGroup or RowKey.AppNotDisclosedGroup or RowKey.AppUnableGroup or RowKey.AppNotProcessedGroup);
        }

        return Labels.TryMatchActiveDisclosure(normalized, out match) && (allowFuzzy || match.Kind != MatchKind.Fuzzy);
    }
}
