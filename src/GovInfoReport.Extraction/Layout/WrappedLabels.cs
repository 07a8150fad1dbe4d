using System.Collections.Generic;
using GovInfoReport.Extraction.Reading;

namespace GovInfoReport.Extraction.Layout;

/// <summary>
/// Completes row labels that wrap over several lines when nothing else (a ruling line, a cell border) tells which lines
/// make one row: a row with values whose label is missing (values on a line of their own) or is not a statutory label
/// takes the fewest adjacent label-only lines, above then below, that make its label a statutory row label of table 二
/// or 三. Nothing is joined unless the joined text is such a label, so a line is never moved into a row it does not
/// complete; group cells (（三）不予公开…) are never taken as a row's label.
/// </summary>
internal static class WrappedLabels
{
    /// <summary>Most label-only lines taken from each side.</summary>
    private const int MaxLinesPerSide = 3;

    /// <summary>Joins wrapped labels into their rows and removes the lines taken.</summary>
    /// <param name="rows">The rows (cells left to right).</param>
    public static void Join(List<List<LayoutChunk>> rows)
    {
        var taken = new bool[rows.Count];
        var any = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var firstValue = row.FindIndex(c => AlignedTableBuilder.IsValue(c.Text));
            if (taken[i] || firstValue < 0)
            {
                continue;
            }

            var labelIndex = firstValue > 0 ? firstValue - 1 : -1;
            if (labelIndex >= 0 && IsRowLabel(row[labelIndex].Text))
            {
                continue;
            }

            var valueLeft = row[firstValue].Left;
            var above = new List<int>();
            for (var k = i - 1; k >= 0 && above.Count < MaxLinesPerSide && !taken[k] && IsFragment(rows[k], valueLeft); k--)
            {
                above.Add(k);
            }

            var below = new List<int>();
            for (var k = i + 1; k < rows.Count && below.Count < MaxLinesPerSide && IsFragment(rows[k], valueLeft); k++)
            {
                below.Add(k);
            }

            var own = labelIndex >= 0 ? row[labelIndex].Text : null;
            for (var total = 1; total <= above.Count + below.Count; total++)
            {
                var joined = false;
                for (var a = System.Math.Min(total, above.Count); a >= 0 && !joined; a--)
                {
                    var b = total - a;
                    if (b > below.Count)
                    {
                        continue;
                    }

                    var parts = new List<LayoutChunk>(total + 1);
                    for (var p = a - 1; p >= 0; p--)
                    {
                        parts.Add(rows[above[p]][0]);
                    }

                    if (own is not null)
                    {
                        parts.Add(row[labelIndex]);
                    }

                    for (var p = 0; p < b; p++)
                    {
                        parts.Add(rows[below[p]][0]);
                    }

                    var text = string.Join("\n", parts.ConvertAll(c => c.Text));
                    if (!IsRowLabel(text))
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

                    var label = new LayoutChunk(text, left, right, parts[0].Location);
                    if (labelIndex >= 0)
                    {
                        row[labelIndex] = label;
                    }
                    else
                    {
                        row.Insert(firstValue, label);
                    }

                    for (var p = 0; p < a; p++)
                    {
                        taken[above[p]] = true;
                    }

                    for (var p = 0; p < b; p++)
                    {
                        taken[below[p]] = true;
                    }

                    any = true;
                    joined = true;
                }

                if (joined)
                {
                    break;
                }
            }
        }

        if (any)
        {
            for (var i = rows.Count - 1; i >= 0; i--)
            {
                if (taken[i])
                {
                    rows.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>A line that may be part of a wrapped label: one text chunk, left of the row's values.</summary>
    private static bool IsFragment(List<LayoutChunk> row, double valueLeft)
        => row.Count == 1 && row[0].Left < valueLeft && row[0].Text.Length <= 40 && !AlignedTableBuilder.IsValue(row[0].Text);

    /// <summary>Whether a text is the label of a data row of table 二 or 三 (not a group cell).</summary>
    internal static bool IsRowLabel(string text)
    {
        var normalized = TextNormalizer.Normalize(text, out _);
        if (Labels.TryMatchApplications(normalized, out var match))
        {
            return match.Key is not (RowKey.AppOutcomesGroup or RowKey.AppNotDisclosedGroup or RowKey.AppUnableGroup or RowKey.AppNotProcessedGroup);
        }

        return Labels.TryMatchActiveDisclosure(normalized, out _);
    }
}
