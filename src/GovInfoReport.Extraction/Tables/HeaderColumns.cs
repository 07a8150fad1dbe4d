using System.Collections.Generic;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Values;

namespace GovInfoReport.Extraction.Tables;

/// <summary>
/// The grid ranges of a table's leaf header cells (a header cell with no other header cell inside its columns). A
/// value cell that spans exactly the columns of a leaf header is one value of that column: Word-pasted pages print a
/// column two or three grid columns wide and its values with the same span.
/// </summary>
internal sealed class HeaderColumns
{
    private readonly HashSet<(int Table, int Column, int Span)> leaves = [];

    private HeaderColumns()
    {
    }

    /// <summary>Builds the ranges from the header cells of one table region; null when no cell has a grid position.</summary>
    /// <param name="headerCells">The header cells.</param>
    /// <returns>The ranges, or null.</returns>
    public static HeaderColumns? From(IReadOnlyList<SourceCell> headerCells)
    {
        var placed = new List<(int Table, int Column, int Span)>();
        foreach (var cell in headerCells)
        {
            if (cell.IsMergeContinuation || cell.Location.Table is not { } table || cell.Location.Column is not { } column || TextNormalizer.IsBlank(cell.Text))
            {
                continue;
            }

            placed.Add((table, column, cell.ColumnSpan));
        }

        if (placed.Count == 0)
        {
            return null;
        }

        var result = new HeaderColumns();
        foreach (var range in placed)
        {
            var leaf = true;
            foreach (var other in placed)
            {
                if (other != range && other.Table == range.Table && other.Column >= range.Column && other.Column + other.Span <= range.Column + range.Span)
                {
                    leaf = false;
                    break;
                }
            }

            if (leaf)
            {
                result.leaves.Add(range);
            }
        }

        return result;
    }

    /// <summary>Whether a value cell spans exactly the columns of one leaf header cell.</summary>
    /// <param name="cell">The value cell.</param>
    /// <returns>True when it is one value.</returns>
    public bool IsOneColumn(SourceCell cell)
        => cell.Location.Table is { } table && cell.Location.Column is { } column && leaves.Contains((table, column, cell.ColumnSpan));
}
