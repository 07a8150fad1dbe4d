using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Generators.Pipeline;

/// <summary>The hint names one schema's output would add; compared across schemas to report GIR0009.</summary>
/// <param name="Path">The schema file.</param>
/// <param name="HintNames">The hint names of its generated files.</param>
internal sealed record HintNameClaim(string Path, EquatableArray<string> HintNames);
