using System;
using System.Globalization;
using GovInfoReport.SchemaLanguage.Json;
using GovInfoReport.SchemaLanguage.Model;

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
    {
        // Arguments are kept as invariant text so the compiler can format them into the message of the user's language.
        var texts = new string[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            texts[i] = Convert.ToString(arguments[i], CultureInfo.InvariantCulture) ?? string.Empty;
        }

        return new(Id, Severity, string.Format(CultureInfo.InvariantCulture, MessageFormat, texts), location, new EquatableArray<string>(texts));
    }
}
