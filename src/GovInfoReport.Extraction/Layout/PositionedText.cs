using System.Collections.Generic;
using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Extraction.Layout;

/// <summary>
/// A run of text on one line with its horizontal extent: the words of a PDF between two wide gaps, or the text of a
/// space-aligned line between two runs of spaces. Units are points for a PDF and character columns for text.
/// </summary>
/// <param name="Text">The text.</param>
/// <param name="Left">Left edge.</param>
/// <param name="Right">Right edge.</param>
/// <param name="Location">Where it is in the source.</param>
/// <param name="MergedAbove">A cell merged with the one above it (a ruled cell spanning rows): no text of its own.</param>
internal readonly record struct LayoutChunk(string Text, double Left, double Right, SourceLocation Location, bool MergedAbove = false);

/// <summary>
/// One printed line: its chunks left to right and its vertical extent (top-down: <see cref="Top"/> &lt;
/// <see cref="Bottom"/>; points for a PDF, line numbers for text).
/// </summary>
internal sealed class LayoutLine(int page, double top, double bottom, List<LayoutChunk> chunks, SourceLocation location)
{
    public int Page { get; } = page;

    public double Top { get; } = top;

    public double Bottom { get; } = bottom;

    public List<LayoutChunk> Chunks { get; } = chunks;

    public SourceLocation Location { get; } = location;

    public double Middle => (Top + Bottom) / 2;

    /// <summary>The line exactly as printed, when the source has one (a text line); a paragraph keeps it.</summary>
    public string? Raw { get; init; }

    /// <summary>The chunks joined by one space: how the line reads.</summary>
    public string Text => Chunks.Count == 1 ? Chunks[0].Text : string.Join(" ", Chunks.ConvertAll(c => c.Text));
}

/// <summary>
/// Tells whether two consecutive lines of a table are printed inside the same row (no ruling line between them over
/// their text). Null when the source draws no ruling lines: rows are then rebuilt from the lines and the labels alone.
/// </summary>
internal interface IRowRulings
{
    /// <summary>Whether <paramref name="lower"/> continues the row whose lines so far are <paramref name="row"/>.</summary>
    bool SameRow(IReadOnlyList<LayoutLine> row, LayoutLine lower);

    /// <summary>
    /// The x positions of the cell borders that run through a row, left to right (empty when none do): each space
    /// between two borders is one cell, printed blank when no text falls in it.
    /// </summary>
    IReadOnlyList<double> CellEdges(IReadOnlyList<LayoutLine> row);

    /// <summary>Whether a rule runs between two lines across the whole of the span from left to right.</summary>
    bool RuleBetween(LayoutLine upper, LayoutLine lower, double left, double right);

    /// <summary>Whether a line stands inside a ruled table (between two cell borders that run through it).</summary>
    bool InsideTable(LayoutLine line);

    /// <summary>Whether the region between two lines holds enough ruling lines to be a ruled table.</summary>
    bool IsRuled(LayoutLine first, LayoutLine last);
}
