using System;
using System.Collections.Generic;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;

namespace GovInfoReport.Extraction.Layout;

/// <summary>
/// Puts the values of an unruled table under their header columns, so that blank printed cells are not lost: the
/// header lines above a run of value rows give the columns (the innermost header cells; a header spanning others, such
/// as 法人或其他组织, is not a column), and a row with fewer values than columns gets each value in the column it stands
/// under, with blank cells in the others. A value is placed only when one column is clearly the nearest and the
/// order is kept; otherwise the row is left as it is (and the table reader then reads nothing from it).
/// </summary>
internal static class ColumnModel
{
    /// <summary>Most header lines looked at above a run of value rows.</summary>
    private const int MaxHeaderRows = 8;

    /// <summary>A value belongs to its nearest column only when the next nearest is clearly farther.</summary>
    private const double NearestRatio = 0.6;

    /// <summary>
    /// Most text chunks in the header lines over a block of values (the statutory headers have at most about 40):
    /// more, and there is no column model (issue 13: the chunks are compared pairwise).
    /// </summary>
    private const int MaxHeaderChunks = 400;

    /// <summary>Inserts blank cells where a row's values leave header columns empty.</summary>
    /// <param name="rows">The rows of one table (cells left to right).</param>
    public static void FillBlankColumns(List<List<LayoutChunk>> rows)
    {
        var header = new List<List<LayoutChunk>>();
        List<(double Left, double Right)>? columns = null;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var firstValue = row.FindIndex(IsValue);
            if (firstValue < 0)
            {
                if (row.Count == 1 && IsCaption(row[0].Text))
                {
                    columns = null; // a new sub-table
                    header.Clear();
                    continue;
                }

                header.Add(row);
                if (header.Count > MaxHeaderRows)
                {
                    header.RemoveAt(0);
                }

                continue;
            }

            var labelRight = firstValue > 0 ? row[firstValue - 1].Right : double.MinValue;
            if (header.Count > 0)
            {
                var model = Columns(header, labelRight);
                if (model.Count > 0)
                {
                    columns = model;
                }

                header.Clear();
            }

            if (columns is not null)
            {
                Place(row, firstValue, columns);
            }
        }
    }

    private static bool IsValue(LayoutChunk chunk) => chunk.Text.Length > 0 && AlignedTableBuilder.IsValue(chunk.Text);

    private static bool IsCaption(string text)
    {
        var normalized = TextNormalizer.Normalize(text, out _);
        return normalized.Contains("第二十条", StringComparison.Ordinal) || DocumentStructure.HeadingSection(text, out _) > 0;
    }

    /// <summary>
    /// The innermost header cells right of the labels, left to right: a header spanning two or more others (申请人情况,
    /// 法人或其他组织, 行政诉讼) is left out; the rest, joined where they overlap (a header wrapped over lines), are the columns.
    /// </summary>
    private static List<(double Left, double Right)> Columns(List<List<LayoutChunk>> header, double labelRight)
    {
        var chunks = new List<LayoutChunk>();
        foreach (var row in header)
        {
            chunks.AddRange(row);
        }

        if (chunks.Count > MaxHeaderChunks)
        {
            return []; // not a header of a statutory table; comparing every chunk with every other would be quadratic
        }

        var cells = new List<(double Left, double Right)>();
        foreach (var chunk in chunks)
        {
            var inside = 0;
            foreach (var other in chunks)
            {
                var center = (other.Left + other.Right) / 2;
                if (other.Right - other.Left < chunk.Right - chunk.Left && center > chunk.Left && center < chunk.Right)
                {
                    inside++;
                }
            }

            if (inside >= 2 || (chunk.Left + chunk.Right) / 2 <= labelRight)
            {
                continue;
            }

            var found = cells.FindIndex(c => chunk.Left < c.Right && chunk.Right > c.Left);
            if (found < 0)
            {
                cells.Add((chunk.Left, chunk.Right));
            }
            else
            {
                cells[found] = (Math.Min(cells[found].Left, chunk.Left), Math.Max(cells[found].Right, chunk.Right));
            }
        }

        cells.Sort((a, b) => a.Left.CompareTo(b.Left));
        for (var c = cells.Count - 1; c > 0; c--)
        {
            if (cells[c].Left < cells[c - 1].Right)
            {
                return []; // columns that overlap: no clear model
            }
        }

        return cells;
    }

    private static void Place(List<LayoutChunk> row, int firstValue, List<(double Left, double Right)> columns)
    {
        var values = row.Count - firstValue;
        if (values >= columns.Count)
        {
            return;
        }

        var placed = new LayoutChunk?[columns.Count];
        var last = -1;
        for (var i = firstValue; i < row.Count; i++)
        {
            var chunk = row[i];
            if (!IsValue(chunk))
            {
                return; // text among the values: not a plain row of values
            }

            var center = (chunk.Left + chunk.Right) / 2;
            var best = -1;
            double bestDistance = double.MaxValue, second = double.MaxValue;
            for (var c = 0; c < columns.Count; c++)
            {
                var distance = Math.Abs(center - ((columns[c].Left + columns[c].Right) / 2));
                if (distance < bestDistance)
                {
                    second = bestDistance;
                    bestDistance = distance;
                    best = c;
                }
                else if (distance < second)
                {
                    second = distance;
                }
            }

            if (best <= last || bestDistance > NearestRatio * second)
            {
                return;
            }

            placed[best] = chunk;
            last = best;
        }

        var prefix = row.GetRange(0, firstValue);
        var anchor = row[firstValue].Location;
        row.Clear();
        row.AddRange(prefix);
        for (var c = 0; c < columns.Count; c++)
        {
            row.Add(placed[c] ?? new LayoutChunk(string.Empty, columns[c].Left, columns[c].Right, anchor));
        }
    }
}
