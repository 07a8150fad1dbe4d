using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using GovInfoReport.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace GovInfoReport.Generators.Tests;

/// <summary>
/// Seeded mutations of the shipped schemas through the generator driver: whatever a maintainer's edit does, the
/// generator reports diagnostics or generates code, and never throws. CI runs a share; GOVINFO_FUZZ_FULL=1 runs
/// the full 10,000.
/// </summary>
public sealed class SchemaFuzzTests(ITestOutputHelper output)
{
    private static readonly int Count = Environment.GetEnvironmentVariable("GOVINFO_FUZZ_FULL") == "1" ? 10_000 : 300;

    private static readonly string[] Keywords =
    [
        "type", "properties", "required", "additionalProperties", "minimum", "maximum", "format", "enum", "title", "description",
        "$ref", "allOf", "oneOf", "x-govinfo-rules", "x-govinfo-layout", "assert", "forEach", "message", "severity", "id",
    ];

    private static readonly JsonNode?[] Values =
    [
        null, true, false, 0, -1, 1.5, 1e300, "", "x", "integer", "object", "#/definitions/applicantCounts", "#/definitions/nowhere",
        "total == a +", "sum(*.*)", "$x.$y", "{actual}{nothing}", new JsonArray(), new JsonObject(), new JsonArray(1, "a"),
        new JsonObject { ["$ref"] = "#" }, "\u0000\u202e</summary>*/\"\\",
    ];

    [Fact]
    public void MutatedSchemasNeverMakeTheGeneratorThrow()
    {
        var random = new Random(20261122);
        var bases = new[] { TestSchemas.Report2019, TestSchemas.Report2021 };
        var withErrors = 0;
        var generated = 0;
        for (var i = 0; i < Count; i++)
        {
            var schema = bases[i % 2];
            var mutated = random.Next(4) == 0 ? ByteMutation(schema.Text, random) : StructureMutation(schema.Text, random);
            var run = GeneratorHarness.Run(schema with { Text = mutated });

            var result = Assert.Single(run.Results);
            Assert.True(result.Exception is null, $"mutation {i}: {result.Exception}");
            Assert.DoesNotContain(run.Diagnostics, d => d.Id is "CS8785" or "GIR0099");
            withErrors += run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? 1 : 0;
            generated += result.GeneratedSources.Length > 0 ? 1 : 0;
        }

        output.WriteLine($"{Count} mutated schemas: {withErrors} with error diagnostics, {generated} still generated code");
        Assert.True(withErrors > Count / 3, "most mutations should break the schema");
    }

    private static string ByteMutation(string text, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var position = random.Next(bytes.Count);
        switch (random.Next(4))
        {
            case 0: return Encoding.UTF8.GetString(bytes.Take(position).ToArray());
            case 1: bytes[position] = (byte)random.Next(256); break;
            case 2: bytes.Insert(position, (byte)"{}[]\",:\\"[random.Next(8)]); break;
            default: bytes.RemoveRange(position, Math.Min(random.Next(1, 64), bytes.Count - position)); break;
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string StructureMutation(string text, Random random)
    {
        var root = JsonNode.Parse(text)!;
        var objects = new List<JsonObject>();
        Collect(root, objects);
        var target = objects[random.Next(objects.Count)];
        var names = target.Select(p => p.Key).ToList();
        switch (random.Next(5))
        {
            case 0 when names.Count > 0:
                target.Remove(names[random.Next(names.Count)]);
                break;
            case 1 when names.Count > 0:
                target[names[random.Next(names.Count)]] = Values[random.Next(Values.Length)]?.DeepClone();
                break;
            case 2:
                target[Keywords[random.Next(Keywords.Length)]] = Values[random.Next(Values.Length)]?.DeepClone();
                break;
            case 3 when names.Count > 0:
                var name = names[random.Next(names.Count)];
                var value = target[name]?.DeepClone();
                target.Remove(name);
                target[name + "_" + random.Next(3)] = value;
                break;
            default:
                var nested = new JsonObject();
                JsonObject cursor = nested;
                for (var depth = random.Next(1, 80); depth > 0; depth--)
                {
                    var next = new JsonObject();
                    cursor["type"] = "object";
                    cursor["additionalProperties"] = false;
                    cursor["properties"] = new JsonObject { ["p"] = next };
                    cursor = next;
                }

                cursor["type"] = "integer";
                target["deep"] = nested;
                break;
        }

        return root.ToJsonString();
    }

    private static void Collect(JsonNode? node, List<JsonObject> objects)
    {
        switch (node)
        {
            case JsonObject obj:
                objects.Add(obj);
                foreach (var (_, child) in obj)
                {
                    Collect(child, objects);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, objects);
                }

                break;
        }
    }
}
