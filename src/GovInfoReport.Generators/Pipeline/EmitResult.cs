using GovInfoReport.SchemaLanguage.Diagnostics;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Generators.Pipeline;

/// <summary>What emitting one schema produced: its files, or the internal error that stopped it.</summary>
/// <param name="Path">The schema file.</param>
/// <param name="Files">The generated files.</param>
/// <param name="Error">An internal error, reported instead of throwing out of the generator.</param>
/// <param name="Warnings">Warnings of the emit step (nested types renamed because another schema generates the same name).</param>
internal sealed record EmitResult(string Path, EquatableArray<GeneratedFile> Files, SchemaDiagnostic? Error, EquatableArray<SchemaDiagnostic> Warnings = default);
