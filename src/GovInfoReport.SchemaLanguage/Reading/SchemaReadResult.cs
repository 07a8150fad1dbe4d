using System.Linq;
using GovInfoReport.SchemaLanguage.Diagnostics;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.SchemaLanguage.Reading;

/// <summary>The outcome of reading a schema: the model when it compiles, and every diagnostic either way.</summary>
/// <param name="Model">The model, or null when any error was reported.</param>
/// <param name="Diagnostics">Errors and warnings, in the order found.</param>
public sealed record SchemaReadResult(TemplateModel? Model, EquatableArray<SchemaDiagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == SchemaDiagnosticSeverity.Error);
}
