namespace GovInfoReport.SchemaLanguage.Model;

/// <summary>
/// A bound side of an assertion: the language has only + and −, so every side is a signed list of cells plus a
/// constant, with sums and for-each variables already expanded. The generator emits it as straight-line code.
/// </summary>
/// <param name="Terms">The cells in source order.</param>
/// <param name="Constant">The sum of the literals.</param>
public sealed record LinearExpression(EquatableArray<LinearTerm> Terms, decimal Constant);
