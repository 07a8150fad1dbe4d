using System;
using System.Collections.Generic;
using System.Linq;

namespace GovInfoReport.Extraction.Tests.Support;

/// <summary>Edits of rendered layouts that published pages show: columns printed wider than one grid column, cells merged down.</summary>
internal static class LayoutEdits
{
    /// <summary>
    /// Makes one grid column of a table two grid columns wide, as Word pastes do: every cell covering it spans one
    /// more column (header and value cells alike).
    /// </summary>
    public static LayoutTable Widen(LayoutTable table, int gridColumn)
    {
        var rows = new List<List<LayoutCell>>();
        var occupied = new Dictionary<int, int>(); // grid column → rows still covered by a rowspan above
        foreach (var row in table.Rows)
        {
            var cells = new List<LayoutCell>();
            var column = 0;
            foreach (var cell in row)
            {
                while (occupied.TryGetValue(column, out var left) && left > 0)
                {
                    column++;
                }

                var covers = gridColumn >= column && gridColumn < column + cell.ColumnSpan;
                cells.Add(covers ? cell with { ColumnSpan = cell.ColumnSpan + 1 } : cell);
                if (cell.RowSpan > 1)
                {
                    for (var c = column; c < column + cell.ColumnSpan; c++)
                    {
                        occupied[c] = cell.RowSpan;
                    }
                }

                column += cell.ColumnSpan;
            }

            foreach (var key in occupied.Keys.ToList())
            {
                occupied[key]--;
            }

            rows.Add(cells);
        }

        return new LayoutTable(rows);
    }

    /// <summary>The grid column (zero-based) where a cell with the given text starts, searching every row.</summary>
    public static int ColumnOf(LayoutTable table, string text)
    {
        var occupied = new Dictionary<int, int>();
        foreach (var row in table.Rows)
        {
            var column = 0;
            foreach (var cell in row)
            {
                while (occupied.TryGetValue(column, out var left) && left > 0)
                {
                    column++;
                }

                if (cell.Text == text)
                {
                    return column;
                }

                if (cell.RowSpan > 1)
                {
                    for (var c = column; c < column + cell.ColumnSpan; c++)
                    {
                        occupied[c] = cell.RowSpan;
                    }
                }

                column += cell.ColumnSpan;
            }

            foreach (var key in occupied.Keys.ToList())
            {
                occupied[key]--;
            }
        }

        throw new InvalidOperationException("No cell \"" + text + "\".");
    }

    /// <summary>
    /// Merges the first value cell of the rows labelled <paramref name="labels"/> (consecutive) into one cell spanning
    /// them, holding <paramref name="text"/>.
    /// </summary>
    public static LayoutTable MergeFirstValueDown(LayoutTable table, string[] labels, string text)
    {
        var rows = table.Rows.Select(r => r.ToList()).ToList();
        var first = rows.FindIndex(r => r.Any(c => c.Text == labels[0]));
        for (var k = 0; k < labels.Length; k++)
        {
            var row = rows[first + k];
            var valueIndex = row.FindIndex(c => c.Text == labels[k]) + 1;
            if (k == 0)
            {
                row[valueIndex] = new LayoutCell(text, 1, labels.Length);
            }
            else
            {
                row.RemoveAt(valueIndex);
            }
        }

        return new LayoutTable(rows);
    }

    /// <summary>Replaces the block that satisfies <paramref name="match"/>.</summary>
    public static List<LayoutBlock> Replace(List<LayoutBlock> blocks, Func<LayoutTable, bool> match, Func<LayoutTable, LayoutTable> edit)
        => blocks.Select(b => b is LayoutTable t && match(t) ? edit(t) : b).ToList();

    public static bool Has(LayoutTable table, string text) => table.Rows.Any(r => r.Any(c => c.Text == text));
}
