using System.Threading;

namespace GovInfoReport.Extraction.Documents;

/// <summary>
/// The text readers' locations (line, and cell within a delimited line), one shared instance per position. A text
/// report makes a location per cell and paragraph, some 350 of 64 bytes each: about a tenth of what an extraction
/// allocated. The same positions recur in every report, and a <see cref="SourceLocation"/> is immutable (equal by
/// value; <c>with</c> makes a copy), so one instance serves every document and thread. Lines past
/// <see cref="MaxLine"/> and cells past <see cref="MaxCell"/> get their own instance, which bounds the table
/// (at most 2048 × 16 locations, about 2 MB, only for positions that occur).
/// </summary>
internal static class LineLocations
{
    private const int MaxLine = 2048;

    private const int MaxCell = 15;

    // Per line, index 0 is the line itself and 1–15 its cells; a line's row is made when the line first occurs.
    private static readonly SourceLocation?[]?[] Shared = new SourceLocation?[]?[MaxLine + 1];

    public static SourceLocation At(int line, int? cell)
    {
        var slot = cell.GetValueOrDefault();
        if (line is < 1 or > MaxLine || (cell.HasValue && slot is < 1 or > MaxCell))
        {
            return new SourceLocation(Line: line, Cell: cell);
        }

        // A race only makes two equal instances (or rows), one of which is kept.
        var row = Volatile.Read(ref Shared[line]);
        if (row is null)
        {
            row = new SourceLocation?[MaxCell + 1];
            row = Interlocked.CompareExchange(ref Shared[line], row, null) ?? row;
        }

        var location = Volatile.Read(ref row[slot]);
        if (location is null)
        {
            location = new SourceLocation(Line: line, Cell: cell);
            location = Interlocked.CompareExchange(ref row[slot], location, null) ?? location;
        }

        return location;
    }
}
