using System.Linq;
using GovInfoReport.SchemaLanguage.Diagnostics;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.SchemaLanguage.Reading;

/// <summary>The outcome of reading a schema: the model when it compiles, and every diagnostic either way.</summary>
/// <param name="Model">The model, or null when any error was reported.</param>
/// <param name="Diagnostics">Errors and warnings, in the order found.</param>
/// <param name="RecordsModel">
/// The model to generate code from: <paramref name="Model"/>, or, when every error is in a rule, the model without the
/// broken rules. The build still fails on those errors, but the records exist, so user code does not drown in CS0246.
/// </param>
public sealed record SchemaReadResult(TemplateModel? Model, EquatableArray<SchemaDiagnostic> Diagnostics, TemplateModel? RecordsModel = null)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == SchemaDiagnosticSeverity.Error);
}
