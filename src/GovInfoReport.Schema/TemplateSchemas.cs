using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace GovInfoReport.Schema;

/// <summary>
/// The JSON Schema texts shipped inside this assembly: one per template version, and the meta-schema of the
/// <c>x-govinfo-rules</c> keyword.
/// </summary>
public static class TemplateSchemas
{
    private const string ResourcePrefix = "GovInfoReport.Schema.Schemas.";

    /// <summary>The template versions that have a shipped schema, oldest first.</summary>
    public static IReadOnlyList<TemplateVersion> Versions { get; } = [TemplateVersion.V2019, TemplateVersion.V2021];

    /// <summary>The file name under which the schema of <paramref name="version"/> ships (e.g. <c>report-2021.schema.json</c>).</summary>
    /// <param name="version">A template version.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is not a defined template version.</exception>
    public static string GetFileName(TemplateVersion version) => version switch
    {
        TemplateVersion.V2019 => "report-2019.schema.json",
        TemplateVersion.V2021 => "report-2021.schema.json",
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "Unknown template version."),
    };

    /// <summary>The file name of the meta-schema that validates the <c>x-govinfo-rules</c> keyword.</summary>
    public const string RuleMetaSchemaFileName = "govinfo-rules.meta.schema.json";

    /// <summary>Reads the JSON Schema text of a template version.</summary>
    /// <param name="version">A template version.</param>
    /// <returns>The schema as UTF-8 decoded text.</returns>
    public static string GetSchemaText(TemplateVersion version) => ReadResource(GetFileName(version));

    /// <summary>Reads the meta-schema text of the <c>x-govinfo-rules</c> keyword.</summary>
    /// <returns>The meta-schema as UTF-8 decoded text.</returns>
    public static string GetRuleMetaSchemaText() => ReadResource(RuleMetaSchemaFileName);

    private static string ReadResource(string fileName)
    {
        using var stream = typeof(TemplateSchemas).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The embedded schema '{fileName}' is missing from {typeof(TemplateSchemas).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
