using System;
using System.Text;
using System.Threading;
using GovInfoReport.SchemaLanguage.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GovInfoReport.Generators.Pipeline;

/// <summary>
/// Decides which additional files are template schemas: only those with the item metadata
/// <c>GovInfoReportSchema="true"</c> (set by the <c>GovInfoReportSchema</c> item of the package's build props).
/// </summary>
internal static class SchemaFileSelector
{
    public const string SchemaMetadata = "build_metadata.AdditionalFiles.GovInfoReportSchema";
    public const string TypeNameMetadata = "build_metadata.AdditionalFiles.GovInfoReportTypeName";
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.GovInfoReportNamespace";
    public const string RootNamespaceProperty = "build_property.RootNamespace";

    public static SchemaFile? Select(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var fileOptions = options.GetOptions(file);
        if (!fileOptions.TryGetValue(SchemaMetadata, out var optIn) || !string.Equals(optIn, "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return null;
        }

        var typeName = fileOptions.TryGetValue(TypeNameMetadata, out var explicitName) && !string.IsNullOrWhiteSpace(explicitName)
            ? explicitName
            : TypeNameFromFileName(file.Path);
        string? targetNamespace = null;
        if (fileOptions.TryGetValue(NamespaceMetadata, out var explicitNamespace) && !string.IsNullOrWhiteSpace(explicitNamespace))
        {
            targetNamespace = explicitNamespace;
        }
        else if (options.GlobalOptions.TryGetValue(RootNamespaceProperty, out var rootNamespace) && !string.IsNullOrWhiteSpace(rootNamespace))
        {
            targetNamespace = rootNamespace;
        }

        return new SchemaFile(file.Path, Hex(text.GetChecksum()), text.ToString(), typeName, SanitizeNamespace(targetNamespace));
    }

    /// <summary><c>report-2021.schema.json</c> → <c>Report2021</c>.</summary>
    public static string TypeNameFromFileName(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        foreach (var suffix in new[] { ".schema.json", ".json" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                name = name.Substring(0, name.Length - suffix.Length);
                break;
            }
        }

        return CSharpIdentifier.ToPascalCase(name, "Report").TrimStart('@');
    }

    // A namespace comes from project metadata, which is the user's own, but still must not inject code.
    private static string? SanitizeNamespace(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var parts = value.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = CSharpIdentifier.IsPlainIdentifier(parts[i]) ? parts[i] : CSharpIdentifier.ToPascalCase(parts[i], "Generated").TrimStart('@');
        }

        return string.Join(".", parts);
    }

    private static string Hex(System.Collections.Immutable.ImmutableArray<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
