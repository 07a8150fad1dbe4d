using System.Collections.Generic;
using System.Reflection;
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

    /// <summary>Where the catalogue is documented: the repository's <c>docs/diagnostics.md</c>, one section per id.</summary>
    public static string HelpLink(string id) => RepositoryUrl() + "/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant();

    public static IEnumerable<DiagnosticDescriptor> All => Descriptors.Values;

    public static Diagnostic Create(string path, SchemaDiagnostic diagnostic)
    {
        if (!Descriptors.TryGetValue(diagnostic.Id, out var descriptor))
        {
            return Diagnostic.Create(Descriptors[SchemaDiagnosticCatalog.InternalError.Id], Locate(path, diagnostic.Location), diagnostic.Message);
        }

        // The arguments, not the English text: the compiler formats them into the message of the user's UI culture.
        var arguments = new object[diagnostic.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = diagnostic.Arguments[i];
        }

        return Diagnostic.Create(descriptor, Locate(path, diagnostic.Location), arguments);
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
                new LocalizableResourceString(SchemaDiagnosticCatalog.TitleResource(entry.Id), SchemaDiagnosticCatalog.Resources, typeof(SchemaDiagnosticCatalog)),
                new LocalizableResourceString(SchemaDiagnosticCatalog.MessageResource(entry.Id), SchemaDiagnosticCatalog.Resources, typeof(SchemaDiagnosticCatalog)),
                Category,
                entry.Severity switch
                {
                    SchemaDiagnosticSeverity.Error => DiagnosticSeverity.Error,
                    SchemaDiagnosticSeverity.Warning => DiagnosticSeverity.Warning,
                    _ => DiagnosticSeverity.Info,
                },
                isEnabledByDefault: true,
                helpLinkUri: HelpLink(entry.Id));
        }

        return descriptors;
    }

    // RepositoryUrl of Directory.Build.props, stamped into this assembly by the project file: one place names the repository.
    private static string RepositoryUrl()
    {
        foreach (var metadata in typeof(RoslynDiagnostics).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (metadata.Key == "RepositoryUrl" && !string.IsNullOrEmpty(metadata.Value))
            {
                return metadata.Value!.TrimEnd('/');
            }
        }

        return "https://github.com/govinforeport/govinforeport";
    }
}
