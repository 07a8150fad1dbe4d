using GovInfoReport.SchemaLanguage.Diagnostics;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Generators.Pipeline;

/// <summary>The diagnostics of one schema file, as data (no Roslyn <c>Location</c>), with the file's path.</summary>
/// <param name="Path">The schema file.</param>
/// <param name="Diagnostics">Its diagnostics.</param>
internal sealed record SchemaDiagnostics(string Path, EquatableArray<SchemaDiagnostic> Diagnostics);
