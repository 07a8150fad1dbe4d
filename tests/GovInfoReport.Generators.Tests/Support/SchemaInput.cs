namespace GovInfoReport.Generators.Tests.Support;

/// <summary>A schema handed to the generator as an additional file, with its MSBuild item metadata.</summary>
/// <param name="Path">The additional file's path (diagnostics are located in it).</param>
/// <param name="Text">The schema text.</param>
/// <param name="Namespace">GovInfoReportNamespace metadata, or null.</param>
/// <param name="TypeName">GovInfoReportTypeName metadata, or null (then the file name decides).</param>
/// <param name="OptIn">Whether GovInfoReportSchema="true" is set.</param>
internal sealed record SchemaInput(string Path, string Text, string? Namespace = null, string? TypeName = null, bool OptIn = true);
