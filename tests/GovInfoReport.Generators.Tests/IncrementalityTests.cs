using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using GovInfoReport.Generators.Pipeline;
using GovInfoReport.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace GovInfoReport.Generators.Tests;

/// <summary>
/// The pipeline's tracked steps (<see cref="TrackingNames"/>) show the generator redoing only what an edit
/// requires, and its cached values are plain data: no Roslyn symbol, compilation, syntax or location.
/// </summary>
public sealed class IncrementalityTests
{
    private static readonly string[] StepNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void EveryPipelineStepIsTracked()
    {
        Assert.Equal(["Diagnostics", "Emitted", "Models", "Parsed", "SchemaFiles"], StepNames.OrderBy(n => n, StringComparer.Ordinal));

        var (driver, _) = GeneratorHarness.CreateDriver([TestSchemas.Sample]);
        var result = driver.RunGenerators(GeneratorHarness.HostCompilation()).GetRunResult().Results.Single();

        foreach (var name in StepNames)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), "step not tracked: " + name);
            Assert.All(Outputs(result, name), output => Assert.Equal(IncrementalStepRunReason.New, output.Reason));
        }
    }

    [Fact]
    public void UnrelatedCSharpEditReRunsNoStep()
    {
        var (driver, _) = GeneratorHarness.CreateDriver([TestSchemas.Sample, TestSchemas.Report2019]);
        var compilation = GeneratorHarness.HostCompilation();
        driver = driver.RunGenerators(compilation);
        var before = GeneratorHarness.Sources(driver.GetRunResult());

        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation
            .ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From("namespace Host { public static class Anchor { public const int Value = 2; } }")))
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Host { public sealed class Added { } }", GeneratorHarness.ParseOptions, path: "/project/Added.cs"));
        driver = driver.RunGenerators(edited);
        var result = driver.GetRunResult().Results.Single();

        foreach (var name in StepNames)
        {
            var outputs = Outputs(result, name);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{name} re-ran: {output.Reason}"));
        }

        var sourceOutputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(step => step.Outputs).ToList();
        Assert.NotEmpty(sourceOutputs);
        Assert.All(sourceOutputs, output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "an output re-ran: " + output.Reason));
        Assert.Equal(before, GeneratorHarness.Sources(driver.GetRunResult()));
    }

    [Fact]
    public void WhitespaceOnlySchemaEditLeavesModelsUnchangedAndEmitsNothingNew()
    {
        var (driver, texts) = GeneratorHarness.CreateDriver([TestSchemas.Report2019]);
        var compilation = GeneratorHarness.HostCompilation();
        driver = driver.RunGenerators(compilation);
        var before = GeneratorHarness.Sources(driver.GetRunResult());

        // CRLF line ends and surrounding blank lines: whitespace outside every string, so the same JSON.
        var original = texts[0];
        var reformatted = "\r\n\r\n  " + original.Content.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n\t \r\n";
        Assert.NotEqual(original.Content, reformatted);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original.Content), JsonNode.Parse(reformatted)));

        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, reformatted)).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        // The edit was seen and re-parsed…
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Outputs(result, TrackingNames.SchemaFiles)).Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Outputs(result, TrackingNames.Parsed)).Reason);

        // …but the model (no locations in it) and the diagnostics compare equal, so emitting did not run.
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Outputs(result, TrackingNames.Models)).Reason);
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Outputs(result, TrackingNames.Diagnostics)).Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(Outputs(result, TrackingNames.Emitted)).Reason);
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(step => step.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "an output re-ran: " + output.Reason));
        Assert.Equal(before, GeneratorHarness.Sources(driver.GetRunResult()));
    }

    [Fact]
    public void EditingOneOfTwoSchemasRegeneratesOnlyThatSchema()
    {
        var (driver, texts) = GeneratorHarness.CreateDriver([TestSchemas.Report2019, TestSchemas.Sample]);
        var compilation = GeneratorHarness.HostCompilation();
        driver = driver.RunGenerators(compilation);
        var before = GeneratorHarness.Sources(driver.GetRunResult());

        var sample = texts[1];
        Assert.Equal(TestSchemas.SamplePath, sample.Path);
        var edited = sample.Content.Replace("\"title\": \"网上申请\"", "\"title\": \"网上申请（含移动端）\"", StringComparison.Ordinal);
        Assert.NotEqual(sample.Content, edited);
        driver = driver.ReplaceAdditionalText(sample, new InMemoryAdditionalText(sample.Path, edited)).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        // Per schema, by the Path carried in each step's value.
        foreach (var name in new[] { TrackingNames.Models, TrackingNames.Emitted })
        {
            var byPath = Outputs(result, name).ToDictionary(o => PathOf(o.Value), o => o.Reason, StringComparer.Ordinal);
            Assert.Equal(2, byPath.Count);
            Assert.Equal(IncrementalStepRunReason.Modified, byPath[TestSchemas.SamplePath]);
            Assert.True(byPath[TestSchemas.Path2019] is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} of 2019: {byPath[TestSchemas.Path2019]}");
        }

        var after = GeneratorHarness.Sources(driver.GetRunResult());
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (hintName, text) in before)
        {
            if (hintName.StartsWith("Generated.V2019.", StringComparison.Ordinal))
            {
                Assert.Equal(text, after[hintName]);
            }
        }

        Assert.Contains("网上申请（含移动端）", after["Generated.Sample.SampleReport.Models.g.cs"], StringComparison.Ordinal);
        // Labels live in the validator's shape tables.
        Assert.NotEqual(before["Generated.Sample.SampleReport.Validator.Shape.g.cs"], after["Generated.Sample.SampleReport.Validator.Shape.g.cs"]);
    }

    [Fact]
    public void EquivalentNewAnalyzerConfigOptionsReRunOnlyTheFileSelection()
    {
        // Build systems hand the compiler a new options provider whenever any .editorconfig or build property
        // changes. Each schema is then selected again, and compares equal (path, options, checksum): nothing is re-parsed.
        SchemaInput[] schemas = [TestSchemas.Sample, TestSchemas.Report2021];
        var (driver, _) = GeneratorHarness.CreateDriver(schemas);
        var compilation = GeneratorHarness.HostCompilation();
        driver = driver.RunGenerators(compilation);

        driver = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.OptionsProvider(schemas)).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        // The driver saw new options…
        Assert.Contains(IncrementalStepRunReason.Modified, Outputs(result, "AnalyzerConfigOptions").Select(o => o.Reason));

        // …re-ran the selection (an untracked step just before SchemaFiles), found equal files, and so ran nothing after it.
        var selected = Outputs(result, TrackingNames.SchemaFiles);
        Assert.Equal(2, selected.Count);
        Assert.All(selected, output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "selection produced a different file: " + output.Reason));
        foreach (var name in new[] { TrackingNames.Parsed, TrackingNames.Diagnostics, TrackingNames.Models, TrackingNames.Emitted })
        {
            Assert.All(Outputs(result, name), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }
    }

    [Fact]
    public void ChangedNamespaceMetadataRegeneratesThatSchema()
    {
        var (driver, _) = GeneratorHarness.CreateDriver([TestSchemas.Sample]);
        var compilation = GeneratorHarness.HostCompilation();
        driver = driver.RunGenerators(compilation);

        driver = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.OptionsProvider([TestSchemas.Sample with { Namespace = "Moved.Elsewhere" }])).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Outputs(result, TrackingNames.SchemaFiles)).Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Outputs(result, TrackingNames.Emitted)).Reason);
        Assert.All(GeneratorHarness.Sources(driver.GetRunResult()).Keys, hintName => Assert.StartsWith("Moved.Elsewhere.SampleReport.", hintName, StringComparison.Ordinal));
    }

    [Fact]
    public void TrackedStepValuesHoldNoRoslynObjects()
    {
        // A schema with a warning, so diagnostics (with their locations) are among the values too.
        var warning = new SchemaInput("/project/Schemas/warn.schema.json", """
            { "type": "object", "additionalProperties": false,
              "properties": { "a-b": { "type": "integer" }, "aB": { "type": "integer" } } }
            """, Namespace: "Warn");
        var (driver, _) = GeneratorHarness.CreateDriver([TestSchemas.Sample, warning]);
        var result = driver.RunGenerators(GeneratorHarness.HostCompilation()).GetRunResult().Results.Single();

        var visited = new List<object>();
        foreach (var name in StepNames)
        {
            foreach (var (value, _) in Outputs(result, name))
            {
                visited.AddRange(ObjectGraph.Walk(value));
            }
        }

        var offenders = visited.Where(ObjectGraph.IsRoslynObject).Select(o => o.GetType().FullName).Distinct().ToList();
        Assert.True(offenders.Count == 0, "Roslyn objects cached in the pipeline: " + string.Join(", ", offenders));

        // The walk reached the model and the diagnostics, so the check above looked at them.
        var types = visited.Select(o => o.GetType().Name).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["TemplateModel", "ObjectTypeModel", "PropertyModel", "RuleModel", "AssertionModel", "LinearTerm", "SchemaDiagnostic", "GeneratedFile"]), types);
    }

    [Fact]
    public void TheObjectWalkFindsRoslynObjectsWhereverTheyAre()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { }");
        var compilation = CSharpCompilation.Create("x", [tree]);
        var suspects = new object[]
        {
            (1, Location.None),
            new[] { new List<object> { "a", tree.GetRoot() } },
            new KeyValuePair<string, object>("k", compilation),
            new Holder(compilation.GetTypeByMetadataName("C")!),
        };

        foreach (var suspect in suspects)
        {
            Assert.Contains(ObjectGraph.Walk(suspect), ObjectGraph.IsRoslynObject);
        }

        Assert.DoesNotContain(ObjectGraph.Walk(("plain", new[] { 1, 2 }, new List<string> { "data" })), ObjectGraph.IsRoslynObject);
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string stepName)
        => result.TrackedSteps.TryGetValue(stepName, out var steps)
            ? steps.SelectMany(step => step.Outputs).ToList()
            : throw new Xunit.Sdk.XunitException("step not tracked: " + stepName);

    /// <summary>The schema path a step value carries (ModelToEmit and EmitResult are internal records with a Path).</summary>
    private static string PathOf(object value)
        => (string)(value.GetType().GetProperty("Path")?.GetValue(value) ?? throw new InvalidOperationException("no Path on " + value.GetType()));

    private sealed class Holder(object held)
    {
        public object Held { get; } = held;
    }

    /// <summary>Walks every object reachable through instance fields and enumerables.</summary>
    private static class ObjectGraph
    {
        public static bool IsRoslynObject(object value) => value is ISymbol or Compilation or SyntaxNode or SyntaxTree or Location or SemanticModel
            or AdditionalText or AnalyzerConfigOptions or AnalyzerConfigOptionsProvider or SyntaxToken or SyntaxTrivia or SyntaxReference;

        public static List<object> Walk(object root)
        {
            var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
            var result = new List<object>();
            var pending = new Stack<object>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                if (!visited.Add(current))
                {
                    continue;
                }

                result.Add(current);
                var type = current.GetType();
                if (IsLeaf(type) || IsRoslynObject(current))
                {
                    continue;
                }

                if (current is System.Collections.IEnumerable items)
                {
                    foreach (var item in items)
                    {
                        if (item is not null)
                        {
                            pending.Push(item);
                        }
                    }
                }

                for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
                {
                    foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    {
                        if (!field.FieldType.IsPointer && !field.FieldType.IsByRefLike && field.GetValue(current) is { } value)
                        {
                            pending.Push(value);
                        }
                    }
                }
            }

            return result;
        }

        private static bool IsLeaf(Type type) => type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type.IsPointer;
    }
}
