using GovInfoReport.SchemaLanguage.Json;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.SchemaLanguage.Diagnostics;

/// <summary>A problem found in a schema file, located in it. Plain data, so generator models stay equatable.</summary>
/// <param name="Id">The stable id (<c>GIR0001</c>…) from <see cref="SchemaDiagnosticCatalog"/>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Location">Where in the schema file.</param>
/// <param name="Arguments">The message arguments as invariant text, to format the message in another language.</param>
public sealed record SchemaDiagnostic(string Id, SchemaDiagnosticSeverity Severity, string Message, TextLocation Location, EquatableArray<string> Arguments = default)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
