using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Extraction;

/// <summary>Where one payload value came from.</summary>
/// <param name="Pointer">The JSON Pointer of the value in the payload.</param>
/// <param name="Location">The source cell (line, or table/row/column).</param>
/// <param name="RawText">The cell text as published.</param>
/// <param name="Derivation">How the value was obtained when it is not simply the printed number (e.g. "blank → 0", "sum of 三（六）1–3"); null otherwise.</param>
public sealed record ValueProvenance(string Pointer, SourceLocation Location, string RawText, string? Derivation);
