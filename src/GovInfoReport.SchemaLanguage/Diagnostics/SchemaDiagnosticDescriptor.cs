using System.Globalization;
using GovInfoReport.SchemaLanguage.Json;

namespace GovInfoReport.SchemaLanguage.Diagnostics;

/// <summary>One entry of the diagnostics catalogue: a stable id, a title and a message format.</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Title">A short title.</param>
/// <param name="MessageFormat">A composite format string for the message.</param>
/// <param name="Severity">The default severity.</param>
public sealed record SchemaDiagnosticDescriptor(string Id, string Title, string MessageFormat, SchemaDiagnosticSeverity Severity)
{
    /// <summary>Creates a located diagnostic of this kind.</summary>
    /// <param name="location">Where in the schema file.</param>
    /// <param name="arguments">The message arguments.</param>
    /// <returns>The diagnostic.</returns>
    public SchemaDiagnostic At(TextLocation location, params object?[] arguments)
        => new(Id, Severity, string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments), location);
}
