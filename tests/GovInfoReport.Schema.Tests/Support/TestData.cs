using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using GovInfoReport.Schema;
using NJsonSchema;

namespace GovInfoReport.Schema.Tests.Support;

/// <summary>Access to the fixtures copied next to the test assembly and to the embedded schemas.</summary>
internal static class TestData
{
    /// <summary>Every payload fixture, each transcribed from one seed document.</summary>
    public static IReadOnlyList<string> FixtureNames { get; } = ["seed-000.json", "seed-001.json", "seed-002.json", "seed-004.json"];

    private static readonly Dictionary<TemplateVersion, Lazy<Task<JsonSchema>>> NJsonSchemas = new()
    {
        [TemplateVersion.V2019] = new(() => JsonSchema.FromJsonAsync(TemplateSchemas.GetSchemaText(TemplateVersion.V2019))),
        [TemplateVersion.V2021] = new(() => JsonSchema.FromJsonAsync(TemplateSchemas.GetSchemaText(TemplateVersion.V2021))),
    };

    public static string FixturesDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string ReadFixtureText(string fileName) => File.ReadAllText(Path.Combine(FixturesDirectory, fileName));

    public static JsonObject LoadFixture(string fileName) =>
        JsonNode.Parse(ReadFixtureText(fileName))?.AsObject()
        ?? throw new InvalidOperationException($"Fixture {fileName} is not a JSON object.");

    /// <summary>The template version a payload declares in <c>templateVersion</c>.</summary>
    public static TemplateVersion VersionOf(JsonObject payload) => payload["templateVersion"]?.GetValue<string>() switch
    {
        "2019" => TemplateVersion.V2019,
        "2021" => TemplateVersion.V2021,
        var other => throw new InvalidOperationException($"Unexpected templateVersion '{other}'."),
    };

    /// <summary>The schema of a version as a mutable JSON tree (a fresh copy per call).</summary>
    public static JsonObject SchemaJson(TemplateVersion version) =>
        JsonNode.Parse(TemplateSchemas.GetSchemaText(version))?.AsObject()
        ?? throw new InvalidOperationException($"Schema {version} is not a JSON object.");

    /// <summary>The schema of a version loaded by NJsonSchema (loaded once per test run).</summary>
    public static Task<JsonSchema> NJsonSchemaFor(TemplateVersion version) => NJsonSchemas[version].Value;
}
