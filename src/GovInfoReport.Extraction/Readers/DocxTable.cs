using System.Collections.Generic;
using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Extraction.Readers;

/// <summary>A w:tc as read: its text, where it starts in the grid, its w:gridSpan and its w:vMerge role.</summary>
/// <param name="Text">The cell's text (empty for a continuation).</param>
/// <param name="Column">The one-based grid column it starts in.</param>
/// <param name="Span">w:gridSpan, clamped to 1..100.</param>
/// <param name="Restart">w:vMerge="restart": the cell spans down over the continuations below it.</param>
/// <param name="Continuation">w:vMerge without "restart": the placeholder of the cell above.</param>
internal readonly record struct DocxRawCell(string Text, int Column, int Span, bool Restart, bool Continuation);

/// <summary>
/// Turns the raw grid of one w:tbl into a <see cref="SourceTable"/>: a w:vMerge restart spans the rows its
/// continuations follow it in, and each continuation knows the cell it continues.
/// </summary>
internal static class DocxTable
{
    /// <summary>Builds the table.</summary>
    /// <param name="raw">The rows of raw cells, top to bottom.</param>
    /// <param name="table">The one-based number of the table in the document.</param>
    public static SourceTable Build(List<List<DocxRawCell>> raw, int table)
    {
        var rows = new List<SourceRow>(raw.Count);
        var open = new Dictionary<int, SourceCell>(); // grid column → the restart cell a continuation there continues
        for (var r = 0; r < raw.Count; r++)
        {
            var cells = new List<SourceCell>(raw[r].Count);
            foreach (var (text, column, span, restart, continuation) in raw[r])
            {
                var location = SourceLocation.AtCell(table, r + 1, column);
                if (continuation)
                {
                    cells.Add(new SourceCell(string.Empty, location, span, 1, isMergeContinuation: true) { MergedFrom = open.GetValueOrDefault(column) });
                    continue;
                }

                var rowSpan = 1;
                if (restart)
                {
                    while (r + rowSpan < raw.Count && ContinuesAt(raw[r + rowSpan], column))
                    {
                        rowSpan++;
                    }
                }

                var source = new SourceCell(text, location, span, rowSpan);
                if (restart)
                {
                    open[column] = source;
                }
                else
                {
                    open.Remove(column);
                }

                cells.Add(source);
            }

            rows.Add(new SourceRow(cells));
        }

        return new SourceTable(rows, rowsAreReliable: true, SourceLocation.AtCell(table, 1, 1));
    }

    private static bool ContinuesAt(List<DocxRawCell> row, int column)
    {
        foreach (var cell in row)
        {
            if (cell.Column == column && cell.Continuation)
            {
                return true;
            }
        }

        return false;
    }
}
