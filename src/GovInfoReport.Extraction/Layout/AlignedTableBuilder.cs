using System;
using System.Collections.Generic;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Reading;

namespace GovInfoReport.Extraction.Layout;

/// <summary>
/// Rebuilds paragraphs and tables from positioned lines (a PDF's words, a space-aligned text's columns): a line with
/// two or more chunks, or only values, is a table line; short text lines between table lines belong to the table;
/// everything else is a paragraph. Inside a table, the lines of one printed row are joined (by the ruling lines when
/// the source draws them, otherwise by completing wrapped row labels, see <see cref="WrappedLabels"/>), and the chunks
/// of a row become its cells, left to right. One implementation for every positioned source.
/// </summary>
internal static class AlignedTableBuilder
{
    /// <summary>Text lines between two table lines that still belong to the table (wrapped labels, group cells).</summary>
    private const int MaxTextLinesInside = 3;

    /// <summary>Longest text line taken into a table (a label or a header fragment; prose lines are longer or end a sentence).</summary>
    private const int MaxInsideLineLength = 40;

    /// <summary>Appends the blocks of <paramref name="lines"/> to <paramref name="blocks"/>.</summary>
    /// <param name="lines">The lines in reading order (page chrome already removed).</param>
    /// <param name="rulings">The ruling lines, or null when the source has none.</param>
    /// <param name="blocks">Where the blocks go.</param>
    /// <param name="cellLocations">Whether cells get table/row/column locations (a PDF); text cells keep line and cell.</param>
    public static void Build(IReadOnlyList<LayoutLine> lines, IRowRulings? rulings, List<SourceBlock> blocks, bool cellLocations)
    {
        var n = lines.Count;
        var tableLine = new bool[n];
        for (var i = 0; i < n; i++)
        {
            tableLine[i] = IsTableLine(lines[i]);
        }

        // Regions: from a table line over table lines and short text lines that lead to another table line.
        var region = new int[n];
        Array.Fill(region, -1);
        var regions = 0;
        var at = 0;
        while (at < n)
        {
            if (!tableLine[at])
            {
                at++;
                continue;
            }

            var start = at;
            var end = at;
            var j = at + 1;
            while (j < n)
            {
                if (tableLine[j])
                {
                    end = j;
                    j++;
                    continue;
                }

                var k = j;
                while (k < n && !tableLine[k] && k - j < MaxTextLinesInside && IsShort(lines[k]))
                {
                    k++;
                }

                if (k < n && tableLine[k] && k > j)
                {
                    j = k;
                    continue;
                }

                break;
            }

            // A row label wrapped above the first values of the table (values printed on a line of their own).
            while (start > 0 && region[start - 1] < 0 && !tableLine[start - 1] && IsShort(lines[start - 1]) && AllValues(lines[at]) && at - start < MaxTextLinesInside)
            {
                start--;
            }

            for (var i = start; i <= end; i++)
            {
                region[i] = regions;
            }

            regions++;
            at = end + 1;
        }

        var index = 0;
        while (index < n)
        {
            if (region[index] < 0)
            {
                var line = lines[index];
                blocks.Add(new SourceParagraph(line.Raw ?? line.Text, line.Location));
                index++;
                continue;
            }

            var first = index;
            while (index < n && region[index] == region[first])
            {
                index++;
            }

            var tableNumber = 1;
            foreach (var block in blocks)
            {
                if (block is SourceTable)
                {
                    tableNumber++;
                }
            }

            blocks.Add(Table(lines, first, index, rulings, cellLocations, tableNumber));
        }
    }

    private static SourceTable Table(IReadOnlyList<LayoutLine> lines, int first, int end, IRowRulings? rulings, bool cellLocations, int tableNumber)
    {
        var ruled = rulings is not null && rulings.IsRuled(lines[first], lines[end - 1]);
        var rows = new List<List<LayoutChunk>>();
        var band = new List<LayoutLine>();
        for (var i = first; i < end; i++)
        {
            var line = lines[i];
            if (band.Count > 0 && !(ruled && band[^1].Page == line.Page && rulings!.SameRow(band, line)))
            {
                rows.Add(Cells(band));
                band.Clear();
            }

            band.Add(line);
        }

        if (band.Count > 0)
        {
            rows.Add(Cells(band));
        }

        WrappedLabels.Join(rows);
        var sourceRows = new List<SourceRow>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new List<SourceCell>(rows[r].Count);
            for (var c = 0; c < rows[r].Count; c++)
            {
                var chunk = rows[r][c];
                var location = cellLocations ? chunk.Location with { Table = tableNumber, Row = r + 1, Column = c + 1 } : chunk.Location;
                cells.Add(new SourceCell(chunk.Text, location));
            }

            sourceRows.Add(new SourceRow(cells));
        }

        var tableLocation = cellLocations ? lines[first].Location with { Table = tableNumber } : lines[first].Location;
        return new SourceTable(sourceRows, rowsAreReliable: true, tableLocation);
    }

    /// <summary>The cells of one printed row: chunks of its lines that overlap horizontally are one cell, top to bottom.</summary>
    private static List<LayoutChunk> Cells(List<LayoutLine> band)
    {
        if (band.Count == 1)
        {
            return new List<LayoutChunk>(band[0].Chunks);
        }

        var cells = new List<(double Left, double Right, List<LayoutChunk> Parts, List<int> Lines)>();
        for (var l = 0; l < band.Count; l++)
        {
            foreach (var chunk in band[l].Chunks)
            {
                var found = -1;
                for (var c = 0; c < cells.Count; c++)
                {
                    if (chunk.Left < cells[c].Right && chunk.Right > cells[c].Left)
                    {
                        found = c;
                        break;
                    }
                }

                if (found < 0)
                {
                    cells.Add((chunk.Left, chunk.Right, [chunk], [l]));
                }
                else
                {
                    var cell = cells[found];
                    cell.Parts.Add(chunk);
                    cell.Lines.Add(l);
                    cells[found] = (Math.Min(cell.Left, chunk.Left), Math.Max(cell.Right, chunk.Right), cell.Parts, cell.Lines);
                }
            }
        }

        cells.Sort((a, b) => a.Left.CompareTo(b.Left));
        var result = new List<LayoutChunk>(cells.Count);
        foreach (var (left, right, parts, partLines) in cells)
        {
            var text = parts[0].Text;
            for (var p = 1; p < parts.Count; p++)
            {
                text += (partLines[p] == partLines[p - 1] ? " " : "\n") + parts[p].Text;
            }

            result.Add(new LayoutChunk(text, left, right, parts[0].Location));
        }

        return result;
    }

    private static bool IsTableLine(LayoutLine line) => line.Chunks.Count >= 2 || AllValues(line);

    private static bool AllValues(LayoutLine line)
    {
        foreach (var chunk in line.Chunks)
        {
            if (!IsValue(chunk.Text))
            {
                return false;
            }
        }

        return line.Chunks.Count > 0;
    }

    internal static bool IsValue(string text) => ValueParser.Parse(text).IsValueLike;

    private static bool IsShort(LayoutLine line)
    {
        var text = TextNormalizer.TrimLayout(line.Text);
        return text.Length <= MaxInsideLineLength && !text.EndsWith('。') && !text.EndsWith('；');
    }
}
