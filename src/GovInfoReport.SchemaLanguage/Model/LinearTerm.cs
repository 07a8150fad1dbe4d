namespace GovInfoReport.SchemaLanguage.Model;

/// <summary>One cell of a bound expression, added or subtracted.</summary>
/// <param name="IsSubtracted">Whether the cell is subtracted.</param>
/// <param name="Path">The property names from the declaring object down to the cell.</param>
public sealed record LinearTerm(bool IsSubtracted, EquatableArray<string> Path);
