using System;
using System.Collections.Generic;
using System.Globalization;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Values;

namespace GovInfoReport.Extraction.Tables;

/// <summary>One value position of a row: the cell it comes from, or why it cannot be read.</summary>
/// <param name="Cell">The source cell.</param>
/// <param name="UnreadableReason">Why the position cannot be read (a merged cell), or null.</param>
/// <param name="Derivation">How the value follows from a merged cell (a 0 spanning rows), or null.</param>
internal readonly record struct Slot(SourceCell Cell, string? UnreadableReason, string? Derivation = null)
{
    public ParsedCell Parsed => ValueParser.Parse(Cell);

    public bool IsBlank => UnreadableReason is null && Derivation is null && !Cell.IsMergeContinuation && ValueParser.Parse(Cell).Kind == CellKind.Blank;

    /// <summary>The value for consistency checks: blank and dash are 0; anything unreadable is null.</summary>
    public decimal? CheckValue
    {
        get
        {
            if (UnreadableReason is not null)
            {
                return null;
            }

            var parsed = Parsed;
            return parsed.Kind switch
            {
                CellKind.Blank or CellKind.Dash => 0m,
                CellKind.Number => parsed.Number,
                _ => null,
            };
        }
    }
}

/// <summary>
/// Aligns the cells found after a row label with the row's value columns. Exactly as many cells: taken as they are.
/// More cells: only blank layout cells may be dropped, at either end; when the possible alignments give different
/// values, a consistency rule of the table (R2 for table 三, R4 for table 四) may pick the one alignment that satisfies
/// it; otherwise the row is ambiguous and nothing is read. Fewer cells: nothing is read (never guessed).
/// </summary>
internal static class RowAlignment
{
    /// <summary>How many value positions <see cref="Expand"/> gives the cells, without making them.</summary>
    /// <param name="cells">The cells after the label.</param>
    /// <param name="header">The table's header columns, when known.</param>
    /// <returns>The number of slots.</returns>
    public static int SlotCount(IReadOnlyList<SourceCell> cells, HeaderColumns? header = null)
    {
        var count = 0;
        for (var c = 0; c < cells.Count; c++)
        {
            count += Width(cells[c], header);
        }

        return count;
    }

    /// <summary>
    /// The value positions of the cells after a row label. A cell spanning several grid columns is one value when a header
    /// cell spans exactly the same columns (a column printed wider than one grid column); otherwise it fills each column
    /// it spans and is unreadable there unless blank. A value spanning several rows is exact for each row only when it
    /// is 0 (0 for each, whether the merge meant "each" or "in total"); any other merged value is unreadable.
    /// </summary>
    /// <param name="cells">The cells after the label.</param>
    /// <param name="header">The table's header columns, when known.</param>
    /// <returns>The slots, in an array of their exact number: <see cref="Align"/> returns it as it is when it holds as
    /// many slots as the row has columns (most rows), where a list and a copy of it were two allocations per row.</returns>
    public static Slot[] Expand(IEnumerable<SourceCell> cells, HeaderColumns? header = null)
    {
        var list = cells as IReadOnlyList<SourceCell> ?? [.. cells];
        var slots = new Slot[SlotCount(list, header)];
        var next = 0;
        for (var c = 0; c < list.Count; c++)
        {
            var cell = list[c];
            var origin = cell.IsMergeContinuation ? cell.MergedFrom : cell;
            var width = Width(cell, header);
            Slot slot;
            if (origin is null)
            {
                slot = new Slot(cell, "merged with the cell above");
            }
            else if (origin.RowSpan > 1 && !IsBlank(origin))
            {
                var rows = origin.RowSpan.ToString(CultureInfo.InvariantCulture);
                slot = IsZero(origin)
                    ? new Slot(origin, null, $"one 0 printed across {rows} rows: 0 for each")
                    : new Slot(origin, $"one value printed across {rows} rows");
            }
            else if (cell.IsMergeContinuation)
            {
                slot = new Slot(origin, null);
            }
            else
            {
                slot = new Slot(cell, null);
            }

            if (width > 1 && slot.UnreadableReason is null && !IsBlank(origin!))
            {
                slot = slot with { UnreadableReason = string.Create(CultureInfo.InvariantCulture, $"one value printed across {cell.ColumnSpan} columns") };
            }

            for (var i = 0; i < width; i++)
            {
                slots[next++] = slot;
            }
        }

        return slots;
    }

    /// <summary>How many value positions a cell fills: its grid columns, or one where a header cell spans exactly the same columns.</summary>
    private static int Width(SourceCell cell, HeaderColumns? header)
        => header is not null && cell.ColumnSpan > 1 && header.IsOneColumn(cell) ? 1 : cell.ColumnSpan;

    private static bool IsBlank(SourceCell cell) => ValueParser.Parse(cell).Kind == CellKind.Blank;

    private static bool IsZero(SourceCell cell)
    {
        var parsed = ValueParser.Parse(cell);
        return parsed.Kind is CellKind.Blank or CellKind.Dash || (parsed.Kind == CellKind.Number && parsed.Number == 0m);
    }

    /// <summary>Aligns slots with <paramref name="columns"/> value columns.</summary>
    /// <param name="slots">The slots after the label.</param>
    /// <param name="columns">The number of value columns.</param>
    /// <param name="consistent">A consistency rule over the values, or null.</param>
    /// <param name="shift">How many leading layout cells were dropped.</param>
    /// <param name="byRule">Whether the consistency rule chose the alignment.</param>
    /// <returns>The aligned slots (<paramref name="slots"/> itself when it holds exactly <paramref name="columns"/>), or
    /// null when the row cannot be aligned with confidence.</returns>
    public static Slot[]? Align(Slot[] slots, int columns, Func<decimal?[], bool>? consistent, out int shift, out bool byRule)
    {
        shift = 0;
        byRule = false;
        var count = slots.Length;
        if (count == columns)
        {
            return slots;
        }

        if (count < columns)
        {
            return null;
        }

        // A window of `columns` slots is a candidate when every slot outside it is blank: it must start at or before
        // the first non-blank slot and end at or after the last one. Found from those two positions in one pass
        // (checking each window's outside was quadratic in the cells of a row, issue 13).
        var firstFilled = -1;
        var lastFilled = -1;
        for (var i = 0; i < count; i++)
        {
            if (!slots[i].IsBlank)
            {
                firstFilled = firstFilled < 0 ? i : firstFilled;
                lastFilled = i;
            }
        }

        var lowest = firstFilled < 0 ? 0 : Math.Max(0, lastFilled - columns + 1);
        var highest = firstFilled < 0 ? count - columns : Math.Min(count - columns, firstFilled);
        if (lowest > highest)
        {
            return null;
        }

        if (firstFilled < 0)
        {
            // Only blank slots: every window reads the same values (blank, 0).
            return slots.AsSpan(0, columns).ToArray();
        }

        var candidates = new List<int>(highest - lowest + 1);
        for (var k = lowest; k <= highest; k++)
        {
            candidates.Add(k);
        }

        var values = new List<decimal?[]>(candidates.Count);
        foreach (var k in candidates)
        {
            var row = new decimal?[columns];
            for (var i = 0; i < columns; i++)
            {
                row[i] = slots[k + i].CheckValue;
            }

            values.Add(row);
        }

        var allSame = true;
        for (var c = 1; c < values.Count && allSame; c++)
        {
            allSame = Same(values[0], values[c]);
        }

        if (allSame)
        {
            shift = candidates[0];
            return slots.AsSpan(shift, columns).ToArray();
        }

        if (consistent is null)
        {
            return null;
        }

        var chosen = -1;
        decimal?[]? chosenValues = null;
        for (var c = 0; c < candidates.Count; c++)
        {
            if (Array.IndexOf(values[c], null) >= 0 || !consistent(values[c]))
            {
                continue;
            }

            if (chosen < 0)
            {
                chosen = candidates[c];
                chosenValues = values[c];
            }
            else if (!Same(chosenValues!, values[c]))
            {
                return null;
            }
        }

        if (chosen < 0)
        {
            return null;
        }

        shift = chosen;
        byRule = true;
        return slots.AsSpan(chosen, columns).ToArray();
    }

    private static bool Same(decimal?[] a, decimal?[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] || a[i] is null)
            {
                return false;
            }
        }

        return true;
    }
}
