using System.Collections.Generic;
using GovInfoReport.SchemaLanguage.Diagnostics;
using GovInfoReport.SchemaLanguage.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GovInfoReport.Generators.Pipeline;

/// <summary>Turns schema diagnostics (plain data) into Roslyn diagnostics located in the schema file.</summary>
internal static class RoslynDiagnostics
{
    private const string Category = "GovInfoReport.Schema";

    private static readonly Dictionary<string, DiagnosticDescriptor> Descriptors = Build();

    public static Diagnostic Create(string path, SchemaDiagnostic diagnostic)
    {
        var descriptor = Descriptors.TryGetValue(diagnostic.Id, out var known) ? known : Descriptors[SchemaDiagnosticCatalog.InternalError.Id];
        return Diagnostic.Create(descriptor, Locate(path, diagnostic.Location), diagnostic.Message);
    }

    public static Location Locate(string path, TextLocation location) => Location.Create(
        path,
        new TextSpan(location.Start, location.Length),
        new LinePositionSpan(new LinePosition(location.StartLine, location.StartColumn), new LinePosition(location.EndLine, location.EndColumn)));

    private static Dictionary<string, DiagnosticDescriptor> Build()
    {
        var descriptors = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var entry in SchemaDiagnosticCatalog.All)
        {
            descriptors[entry.Id] = new DiagnosticDescriptor(
                entry.Id,
                entry.Title,
                "{0}",
                Category,
                entry.Severity == SchemaDiagnosticSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                isEnabledByDefault: true,
                helpLinkUri: "https://github.com/govinforeport/govinforeport/blob/main/docs/rules.md#diagnostics");
        }

        return descriptors;
    }
}
