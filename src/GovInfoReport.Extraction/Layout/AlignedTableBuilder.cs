using System;
using System.Collections.Generic;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;

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

    /// <summary>Lines of a label wrapped in a narrow cell (a few characters each) that still belong to the table.</summary>
    private const int MaxNarrowLinesInside = 16;

    /// <summary>Longest line of a label wrapped in a narrow cell.</summary>
    private const int MaxNarrowLineLength = 8;

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
            tableLine[i] = IsTableLine(lines[i]) || (rulings is not null && rulings.InsideTable(lines[i]));
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
                while (k < n && !tableLine[k] && (k - j < MaxTextLinesInside ? IsShort(lines[k]) : k - j < MaxNarrowLinesInside && IsNarrow(lines[k])))
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

        // Tables are numbered after those already in the document (counted once, not once per table).
        var tables = 0;
        foreach (var block in blocks)
        {
            if (block is SourceTable)
            {
                tables++;
            }
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

            blocks.Add(Table(lines, first, index, rulings, cellLocations, ++tables));
        }
    }

    private static SourceTable Table(IReadOnlyList<LayoutLine> lines, int first, int end, IRowRulings? rulings, bool cellLocations, int tableNumber)
    {
        var ruled = rulings is not null && rulings.IsRuled(lines[first], lines[end - 1]);
        var rows = new List<List<LayoutChunk>>();
        var bands = new List<(LayoutLine First, LayoutLine Last)>();
        var band = new List<LayoutLine>();
        var page = lines[first].Page;
        for (var i = first; i <= end; i++)
        {
            var line = i < end ? lines[i] : null;
            if (band.Count > 0 && (line is null || !(ruled && band[^1].Page == line.Page && rulings!.SameRow(band, line))))
            {
                var row = ruled ? RuledCells(band, rulings!.CellEdges(band)) : Cells(band);
                if (ruled && band[0].Page != page && rows.Count > 0 && ContinuesRow(rows[^1], row))
                {
                    // A row broken by a page break: its label goes on at the top of the next page.
                    for (var c = 0; c < row.Count; c++)
                    {
                        if (row[c].Text.Length > 0)
                        {
                            var above = rows[^1][c];
                            rows[^1][c] = above with { Text = above.Text.Length == 0 ? row[c].Text : above.Text + "\n" + row[c].Text };
                        }
                    }
                }
                else
                {
                    rows.Add(row);
                    bands.Add((band[0], band[^1]));
                }

                page = band[0].Page;
                band.Clear();
            }

            if (line is not null)
            {
                band.Add(line);
            }
        }

        if (ruled)
        {
            MergeGroupCells(rows, bands, rulings!);
        }

        WrappedLabels.Join(rows);
        if (!ruled)
        {
            ColumnModel.FillBlankColumns(rows);
        }

        var sourceRows = new List<SourceRow>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new List<SourceCell>(rows[r].Count);
            for (var c = 0; c < rows[r].Count; c++)
            {
                var chunk = rows[r][c];
                var location = cellLocations ? chunk.Location with { Table = tableNumber, Row = r + 1, Column = c + 1 } : chunk.Location;
                cells.Add(new SourceCell(chunk.Text, location, isMergeContinuation: chunk.MergedAbove));
            }

            sourceRows.Add(new SourceRow(cells));
        }

        var tableLocation = cellLocations ? lines[first].Location with { Table = tableNumber } : lines[first].Location;
        return new SourceTable(sourceRows, rowsAreReliable: true, tableLocation);
    }

    /// <summary>
    /// The cells of one ruled row: the space between two borders is a cell (blank when no text falls in it, as a blank
    /// printed cell is); text outside the borders keeps its own cells. Without two borders, as <see cref="Cells"/>.
    /// </summary>
    private static List<LayoutChunk> RuledCells(List<LayoutLine> band, IReadOnlyList<double> edges)
    {
        var cells = Cells(band);
        if (edges.Count < 2)
        {
            return cells;
        }

        var result = new List<LayoutChunk>(edges.Count + 1);
        var next = 0;
        for (var e = 0; e + 1 < edges.Count; e++)
        {
            var left = edges[e];
            var right = edges[e + 1];
            while (next < cells.Count && (cells[next].Left + cells[next].Right) / 2 < left)
            {
                result.Add(cells[next++]); // text left of the table's borders
            }

            LayoutChunk? inside = null;
            while (next < cells.Count && (cells[next].Left + cells[next].Right) / 2 < right)
            {
                var cell = cells[next++];
                inside = inside is { } previous ? new LayoutChunk(previous.Text + " " + cell.Text, left, right, previous.Location) : cell with { Left = left, Right = right };
            }

            result.Add(inside ?? new LayoutChunk(string.Empty, left, right, band[0].Location with { X = System.Math.Round(left, 1) }));
        }

        while (next < cells.Count)
        {
            result.Add(cells[next++]);
        }

        return result;
    }

    /// <summary>
    /// Group cells that span rows (三、本年度办理结果, （三）不予公开…): in the label part of two rows of values on one
    /// page, a cell with the same borders as the cell above it and no rule between them is the same cell. Its text
    /// joins the first cell of the span and its place becomes a merge placeholder, as a DOCX vertical merge. Cells
    /// among the values are never merged here.
    /// </summary>
    private static void MergeGroupCells(List<List<LayoutChunk>> rows, List<(LayoutLine First, LayoutLine Last)> bands, IRowRulings rulings)
    {
        var owners = new Dictionary<(int Row, int Cell), (int Row, int Cell)>();
        for (var r = 1; r < rows.Count && r < bands.Count; r++)
        {
            var upperValues = rows[r - 1].FindIndex(c => c.Text.Length > 0 && IsValue(c.Text));
            var values = rows[r].FindIndex(c => c.Text.Length > 0 && IsValue(c.Text));
            if (upperValues < 0 || values < 0 || bands[r - 1].Last.Page != bands[r].First.Page)
            {
                continue;
            }

            for (var c = 0; c < values; c++)
            {
                var cell = rows[r][c];
                var above = rows[r - 1].FindIndex(u => Math.Abs(u.Left - cell.Left) < 1.5 && Math.Abs(u.Right - cell.Right) < 1.5);
                if (above < 0 || above >= upperValues || rulings.RuleBetween(bands[r - 1].Last, bands[r].First, cell.Left, cell.Right))
                {
                    continue;
                }

                var owner = owners.TryGetValue((r - 1, above), out var o) ? o : (r - 1, above);
                if (cell.Text.Length > 0)
                {
                    var head = rows[owner.Item1][owner.Item2];
                    rows[owner.Item1][owner.Item2] = head with { Text = head.Text.Length == 0 ? cell.Text : head.Text + "\n" + cell.Text };
                }

                rows[r][c] = cell with { Text = string.Empty, MergedAbove = true };
                owners[(r, c)] = owner;
            }
        }
    }

    /// <summary>
    /// Whether the first row on a new page continues the last row of the previous page: the same cells, and text only
    /// in cells left of the values (a repeated header row has text over the value columns, so it never qualifies).
    /// </summary>
    private static bool ContinuesRow(List<LayoutChunk> previous, List<LayoutChunk> row)
    {
        var firstValue = previous.FindIndex(c => c.Text.Length > 0 && IsValue(c.Text));
        if (previous.Count != row.Count || firstValue < 0)
        {
            return false;
        }

        var text = false;
        for (var c = 0; c < row.Count; c++)
        {
            if (row[c].Text.Length == 0)
            {
                continue;
            }

            if (c >= firstValue || IsValue(row[c].Text))
            {
                return false;
            }

            text = true;
        }

        return text;
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

    /// <summary>
    /// Two or more chunks, of which one is a value or all are short (a header), or only values. A prose line with a
    /// stray double space has a long chunk and no value: it stays prose.
    /// </summary>
    private static bool IsTableLine(LayoutLine line)
    {
        if (line.Chunks.Count < 2)
        {
            return AllValues(line);
        }

        foreach (var chunk in line.Chunks)
        {
            if (IsValue(chunk.Text))
            {
                return true;
            }
        }

        return line.Chunks.TrueForAll(c => c.Text.Length <= MaxInsideLineLength);
    }

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

    private static bool IsNarrow(LayoutLine line) => TextNormalizer.TrimLayout(line.Text).Length <= MaxNarrowLineLength;

    private static bool IsShort(LayoutLine line)
    {
        var text = TextNormalizer.TrimLayout(line.Text);
        return text.Length <= MaxInsideLineLength && !text.EndsWith('。') && !text.EndsWith('；');
    }
}
