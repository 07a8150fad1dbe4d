namespace GovInfoReport.SchemaTools;

/// <summary>One difference between two template schemas.</summary>
/// <param name="Kind">What changed: <c>added</c>, <c>removed</c> or <c>changed</c>.</param>
/// <param name="Subject">What it is: <c>cell</c>, <c>object</c> (a table, row or group) or <c>rule</c>.</param>
/// <param name="Key">The JSON Pointer (cells, objects) or rule id.</param>
/// <param name="Old">The old label or rule text, when there was one.</param>
/// <param name="New">The new label or rule text, when there is one.</param>
public sealed record SchemaDiffEntry(string Kind, string Subject, string Key, string? Old, string? New);
