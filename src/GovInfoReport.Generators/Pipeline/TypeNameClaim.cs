using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Generators.Pipeline;

/// <summary>The type names one schema generates in its namespace; compared across schemas so nested types never clash.</summary>
/// <param name="Path">The schema file.</param>
/// <param name="Namespace">The namespace of its types ("" for the global namespace).</param>
/// <param name="TypeNames">Every type name it generates: records and companions (validator, converter, context, layout).</param>
internal sealed record TypeNameClaim(string Path, string Namespace, EquatableArray<string> TypeNames);
