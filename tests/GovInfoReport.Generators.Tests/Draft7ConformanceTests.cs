extern alias tools;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using GovInfoReport.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;
using Interpreter = tools::GovInfoReport.SchemaTools.InterpretedValidator;

namespace GovInfoReport.Generators.Tests;

/// <summary>
/// The official JSON-Schema-Test-Suite (draft 7, files of the keywords the language supports, copied into
/// <c>JsonSchemaTestSuite/</c> with its licence) through both the generator (every schema compiled in one Roslyn
/// compilation, its validator run) and the interpreter. A template schema is an object, so each suite schema S is
/// checked as the schema of a required property: <c>{"type":"object","additionalProperties":false,
/// "required":["value"],"properties":{"value":S}}</c> against <c>{"value":instance}</c>, S's definitions moved to
/// the root. A template states each value's type, so where S has no <c>type</c>, the JSON type of the case's instance
/// is added (for integers with <c>format: int64</c>, for numbers nothing else): a type the instance has cannot change
/// its verdict. Every case either gives the suite's verdict in both validators, or its schema gets a GIR error:
/// never a wrong verdict.
/// </summary>
public sealed class Draft7ConformanceTests(ITestOutputHelper output)
{
    private static readonly string SuiteFolder = Path.Combine(AppContext.BaseDirectory, "JsonSchemaTestSuite", "draft7");

    [Fact]
    public void EverySuiteCaseGivesTheSuitesVerdictOrADiagnosticNeverAWrongVerdict()
    {
        var cases = LoadCases();
        var schemas = cases.Select(c => c.Schema).Distinct(StringComparer.Ordinal).ToList();
        var index = schemas.Select((schema, i) => (schema, i)).ToDictionary(p => p.schema, p => p.i, StringComparer.Ordinal);
        var inputs = new List<SchemaInput>();
        var diagnosed = new Dictionary<int, string>();
        foreach (var schema in schemas)
        {
            var read = tools::GovInfoReport.SchemaLanguage.Reading.SchemaReader.Read(schema, "Root");
            if (read.Model is null)
            {
                diagnosed[index[schema]] = string.Join(",", read.Diagnostics.Where(d => d.Severity == tools::GovInfoReport.SchemaLanguage.Diagnostics.SchemaDiagnosticSeverity.Error).Select(d => d.Id).Distinct());
                Assert.DoesNotContain("GIR0099", diagnosed[index[schema]], StringComparison.Ordinal);
                continue;
            }

            inputs.Add(new SchemaInput($"/suite/s{index[schema]}.schema.json", schema, Namespace: "Suite.S" + index[schema], TypeName: "Root"));
        }

        var run = GeneratorHarness.Run(inputs.ToArray());
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var compilation = GeneratedCode.Compile("Generated_Suite", GeneratorHarness.Trees(run));
        GeneratedCode.AssertClean(compilation);
        using var loaded = GeneratedCode.EmitAndLoad(compilation);

        var wrong = new List<string>();
        var counts = new SortedDictionary<string, (int Passed, int Diagnosed)>(StringComparer.Ordinal);
        var interpreters = new Dictionary<int, tools::GovInfoReport.SchemaTools.InterpretedValidator>();
        foreach (var item in cases)
        {
            var (passed, diagnosedCount) = counts.GetValueOrDefault(item.File);
            var s = index[item.Schema];
            if (diagnosed.ContainsKey(s))
            {
                counts[item.File] = (passed, diagnosedCount + 1);
                continue;
            }

            if (!interpreters.TryGetValue(s, out var interpreter))
            {
                Interpreter.Create(item.Schema, "Root", out var created);
                interpreters[s] = interpreter = created!;
            }

            var payload = Encoding.UTF8.GetBytes("{\"value\":" + item.Data + "}");
            var generatedResult = RuleArithmeticTests.ValidatorOf(loaded, $"Suite.S{s}.RootValidator")(payload, null);
            var interpretedResult = interpreter.Validate(payload);
            if (generatedResult.IsValid != item.Valid || interpretedResult.IsValid != item.Valid)
            {
                wrong.Add($"{item.File} / {item.Description}: suite says {(item.Valid ? "valid" : "invalid")}, generated {generatedResult.IsValid}, interpreted {interpretedResult.IsValid}: {string.Join("; ", generatedResult.Issues.Take(2))}");
            }
            else
            {
                passed++;
            }

            counts[item.File] = (passed, diagnosedCount);
        }

        foreach (var (file, (passed, diagnosedCount)) in counts)
        {
            output.WriteLine($"| {file} | {passed} | {diagnosedCount} |");
        }

        output.WriteLine($"| total | {counts.Values.Sum(c => c.Passed)} | {counts.Values.Sum(c => c.Diagnosed)} |");
        Assert.True(wrong.Count == 0, $"{wrong.Count} wrong verdicts:\n" + string.Join("\n", wrong));
        Assert.True(counts.Values.Sum(c => c.Passed) > 100, "the suite must exercise the supported keywords");
    }

    private sealed record Case(string File, string Description, string Schema, string Data, bool Valid);

    private static List<Case> LoadCases()
    {
        var cases = new List<Case>();
        foreach (var path in Directory.GetFiles(SuiteFolder, "*.json", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(SuiteFolder, path).Replace('\\', '/');
            foreach (var group in JsonNode.Parse(File.ReadAllText(path))!.AsArray())
            {
                foreach (var test in group!["tests"]!.AsArray())
                {
                    var data = test!["data"];
                    cases.Add(new Case(file, group["description"]!.GetValue<string>() + " / " + test["description"]!.GetValue<string>(),
                        Wrap(Typed(group["schema"]!, data)), data?.ToJsonString() ?? "null", test["valid"]!.GetValue<bool>()));
                }
            }
        }

        return cases;
    }

    // S and the instance's own JSON type, when S states none: the instance has that type, so its verdict is S's.
    private static JsonNode Typed(JsonNode schema, JsonNode? data) => Bounded(TypedOnly(schema, data), data);

    // An array schema of the language needs "maxItems" and "items". Where S states neither, adding them cannot change
    // the verdict: "maxItems" as the instance's own length (0 for a non-array, which neither keyword constrains), and
    // "items" as the one numeric type all the instance's items share (when they do not, S stays as it is, refused).
    private static JsonNode Bounded(JsonNode schema, JsonNode? data)
    {
        if (schema is not JsonObject bounded || bounded["type"] is not JsonValue type || type.GetValueKind() != System.Text.Json.JsonValueKind.String || type.GetValue<string>() != "array")
        {
            return schema;
        }

        var items = data as JsonArray;
        if (!bounded.ContainsKey("maxItems"))
        {
            bounded["maxItems"] = items?.Count ?? 0;
        }

        if (!bounded.ContainsKey("items"))
        {
            var kinds = (items ?? []).Select(item => item is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number
                ? decimal.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
                    ? (decimal.Truncate(number) == number ? "integer" : "number")
                    : "other"
                : "other").Distinct().ToList();
            if (!kinds.Contains("other"))
            {
                bounded["items"] = kinds.Contains("number") ? new JsonObject { ["type"] = "number" } : new JsonObject { ["type"] = "integer", ["format"] = "int64" };
            }
        }

        return bounded;
    }

    private static JsonNode TypedOnly(JsonNode schema, JsonNode? data)
    {
        if (schema is not JsonObject schemaObject || schemaObject.ContainsKey("type"))
        {
            return schema.DeepClone();
        }

        var typed = schemaObject.DeepClone().AsObject();
        switch (data?.GetValueKind())
        {
            case System.Text.Json.JsonValueKind.Number:
                var integral = decimal.TryParse(data.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) && decimal.Truncate(number) == number;
                typed["type"] = integral ? "integer" : "number";
                if (integral && !typed.ContainsKey("format"))
                {
                    typed["format"] = "int64";
                }

                break;
            case System.Text.Json.JsonValueKind.String: typed["type"] = "string"; break;
            case System.Text.Json.JsonValueKind.Object: typed["type"] = "object"; break;
            case System.Text.Json.JsonValueKind.Array: typed["type"] = "array"; break;
            case System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False: typed["type"] = "boolean"; break;
            default: typed["type"] = "null"; break;
        }

        return typed;
    }

    // The suite schema as the schema of the required property "value"; its definitions move to the root, where
    // "#/definitions/…" resolves the same way.
    private static string Wrap(JsonNode schema)
    {
        var inner = schema.DeepClone();
        var root = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray("value"),
        };
        if (inner is JsonObject innerObject)
        {
            foreach (var keyword in new[] { "definitions", "$defs" })
            {
                if (innerObject[keyword] is { } definitions)
                {
                    innerObject.Remove(keyword);
                    root[keyword] = definitions;
                }
            }
        }

        root["properties"] = new JsonObject { ["value"] = inner };
        return root.ToJsonString();
    }
}
