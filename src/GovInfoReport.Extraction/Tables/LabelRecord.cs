using System.Collections.Generic;
using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Extraction.Tables;

/// <summary>A printed row: its label cell, how the label matched, and the cells after it.</summary>
internal sealed class LabelRecord(SourceCell label, string normalized, LabelMatch? match)
{
    public SourceCell Label { get; } = label;

    public string Normalized { get; } = normalized;

    public LabelMatch? Match { get; } = match;

    // Room for the widest row (table 三's seven values and a layout cell): grown from empty, a row of seven copied its
    // list twice.
    public List<SourceCell> Cells { get; } = new(8);

    /// <summary>Text of an unrecognised label cell just before this one in the same row (a label split over two cells).</summary>
    public string Lead { get; init; } = string.Empty;
}
