namespace GovInfoReport.SchemaLanguage.Model;

/// <summary>One cell of a bound expression, added or subtracted.</summary>
/// <param name="IsSubtracted">Whether the cell is subtracted.</param>
/// <param name="Path">
/// The property names from the declaring object down to the cell; a row of an array is a segment holding its index
/// (<c>lines</c>, <c>3</c>, <c>amount</c>). A term on a row the payload does not have adds nothing: that is how
/// <c>sum(lines.*.amount)</c> sums the rows present.
/// </param>
public sealed record LinearTerm(bool IsSubtracted, EquatableArray<string> Path);
