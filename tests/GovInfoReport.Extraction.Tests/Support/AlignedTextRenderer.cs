using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace GovInfoReport.Extraction.Tests.Support;

/// <summary>
/// Renders a layout as text whose table columns are aligned with spaces, the way <c>pdftotext -layout</c> prints a
/// ruled PDF: each cell's text wrapped to its column width (labels over several lines), blank cells as spaces,
/// merged cells printed once. With <c>valuesAfterLabel</c> the values of a row whose label wraps stand on a line of
/// their own under the label (a label vertically centred in its cell), otherwise on the label's first line.
/// </summary>
internal static class AlignedTextRenderer
{
    public static string Render(List<LayoutBlock> blocks, bool valuesAfterLabel)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case LayoutParagraph p:
                    text.Append(p.Heading ? string.Empty : "  ").Append(p.Text).Append('\n');
                    break;
                case LayoutTable t:
                    text.Append('\n');
                    Table(t, valuesAfterLabel, text);
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    private static int[] Widths(int columns) => columns switch
    {
        10 => [6, 8, 16, 9, 9, 9, 9, 9, 9, 9],
        15 => [8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8],
        _ => [.. Enumerable.Range(0, columns).Select(c => c == 0 ? 14 : 16)],
    };

    private static void Table(LayoutTable table, bool valuesAfterLabel, StringBuilder text)
    {
        var columns = table.Rows.Max(r => r.Sum(c => c.ColumnSpan));
        var widths = Widths(columns);
        var offsets = new int[columns + 1];
        for (var c = 0; c < columns; c++)
        {
            offsets[c + 1] = offsets[c] + widths[c];
        }

        var occupied = new HashSet<(int Row, int Column)>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var placed = new List<(int Column, LayoutCell Cell, List<string> Lines, bool Value)>();
            var column = 0;
            foreach (var cell in table.Rows[r])
            {
                while (occupied.Contains((r, column)))
                {
                    column++;
                }

                for (var dr = 0; dr < cell.RowSpan; dr++)
                {
                    for (var dc = 0; dc < cell.ColumnSpan; dc++)
                    {
                        occupied.Add((r + dr, column + dc));
                    }
                }

                var width = offsets[column + cell.ColumnSpan] - offsets[column] - 2;
                var isValue = cell.Text.Length > 0 && (char.IsAsciiDigit(cell.Text[^1]) || cell.Text.EndsWith('元')) && cell.Text.Length <= 12;
                placed.Add((column, cell, Wrap(cell.Text, width), isValue));
                column += cell.ColumnSpan;
            }

            // The row's own label: the last text cell that spans this row only.
            var label = placed.LastOrDefault(p => !p.Value && p.Cell.RowSpan == 1);
            var labelLines = label.Lines?.Count ?? 1;
            var valueLine = valuesAfterLabel && labelLines > 1 && placed.Any(p => p.Value) ? labelLines : 0;
            var lineCount = Math.Max(valueLine + 1, placed.Max(p => p.Value ? 1 : p.Lines.Count));
            for (var l = 0; l < lineCount; l++)
            {
                var line = new StringBuilder(new string(' ', offsets[columns]));
                foreach (var (start, _, lines, value) in placed)
                {
                    var index = value ? l - valueLine : l;
                    if (index < 0 || index >= lines.Count)
                    {
                        continue;
                    }

                    for (var i = 0; i < lines[index].Length; i++)
                    {
                        line[offsets[start] + i] = lines[index][i];
                    }
                }

                text.Append(line.ToString().TrimEnd()).Append('\n');
            }
        }
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        if (text.Length == 0)
        {
            return lines;
        }

        for (var i = 0; i < text.Length; i += width)
        {
            lines.Add(text.Substring(i, Math.Min(width, text.Length - i)));
        }

        return lines;
    }
}
