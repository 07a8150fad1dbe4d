using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Extraction;

/// <summary>Where one payload value came from.</summary>
/// <param name="Pointer">The JSON Pointer of the value in the payload.</param>
/// <param name="Location">The source cell (line, or table/row/column).</param>
/// <param name="RawText">The cell text as published.</param>
/// <param name="Derivation">How the value was obtained when it is not simply the printed number (e.g. "blank → 0", "sum of 三（六）1–3"); null otherwise.</param>
/// <param name="Inference">
/// Set when the value was not printed as a cell of its own but inferred (run-together digits split by the table's
/// arithmetic): the rules it names are not assessable for this value, since they were used to obtain it.
/// </param>
public sealed record ValueProvenance(string Pointer, SourceLocation Location, string RawText, string? Derivation, CellInference? Inference = null)
{
    /// <summary>Whether the value was inferred rather than read from a printed cell.</summary>
    public bool IsInferred => Inference is not null;
}
