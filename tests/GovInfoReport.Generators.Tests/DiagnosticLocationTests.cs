using System;
using System.Collections.Generic;
using System.Linq;
using GovInfoReport.Generators.Tests.Support;
using GovInfoReport.SchemaLanguage.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace GovInfoReport.Generators.Tests;

/// <summary>
/// Every schema error is reported with its id, in the schema file, starting exactly where the problem is. The
/// expected position is marked with <c>»</c> in each case's text; positions are zero-based lines and columns
/// (Roslyn's <see cref="LinePosition"/>; <c>TextLocation</c> of the schema language uses the same convention).
/// Each case runs through the generator driver and directly through <see cref="SchemaReader"/>.
/// </summary>
public sealed class DiagnosticLocationTests
{
    private const string SchemaPath = "/project/Schemas/diagnostics.schema.json";

    /// <summary>Every case: its marked text, the diagnostic id expected at the marker, and the only ids allowed at all.</summary>
    private static readonly Dictionary<string, (string Marked, string Id)> Cases = new()
    {
        // GIR0001: not JSON.
        ["truncated text"] = ("""
            {
              "type": "object",
              "properties": { "a": { "type": "integer" } }»
            """, "GIR0001"),
        ["trailing comma in an object"] = ("""
            {
              "type": "object",
              "additionalProperties": false,
            »}
            """, "GIR0001"),
        ["trailing comma in an array"] = ("""
            {
              "type": "object",
              "required": ["a", »],
              "additionalProperties": false
            }
            """, "GIR0001"),
        ["misspelt literal"] = ("""
            {
              "type": "object",
              "additionalProperties": »flase
            }
            """, "GIR0001"),

        // GIR0002: valid JSON Schema the generator does not compile.
        ["oneOf on an object"] = (Schema("""
              "properties": { "a": { "type": "integer" } },
              »"oneOf": [ { "required": ["a"] } ]
            """), "GIR0002"),
        ["oneOf on a typed cell"] = (Schema("""
              "properties": { "a": { "type": "integer", »"oneOf": [ { "minimum": 1 }, { "maximum": -1 } ] } }
            """), "GIR0002"),
        ["oneOf instead of a type"] = (Schema("""
              "properties": { "a": { »"oneOf": [ { "type": "integer" }, { "type": "string" } ] } }
            """), "GIR0002"),
        ["additionalProperties true"] = ("""
            {
              "type": "object",
              "additionalProperties": »true,
              "properties": { "a": { "type": "integer" } }
            }
            """, "GIR0002"),
        ["string format email"] = (Schema("""
              "properties": { "mail": { "type": "string", "format": »"email" } }
            """), "GIR0002"),

        // GIR0003: a keyword value of the wrong type.
        ["required is a number"] = (Schema("""
              "required": »5,
              "properties": { "a": { "type": "integer" } }
            """), "GIR0003"),
        ["integer minimum beyond 64 bits"] = (Schema("""
              "properties": { "a": { "type": "integer", "minimum": »100000000000000000000 } }
            """), "GIR0003"),
        ["minimum is a string"] = (Schema("""
              "properties": { "a": { "type": "integer", "minimum": »"x" } }
            """), "GIR0003"),

        // GIR0004: $ref.
        ["unresolvable $ref"] = (Schema("""
              "properties": { "a": { "$ref": »"#/definitions/missing" } },
              "definitions": { "present": { "type": "object", "additionalProperties": false } }
            """), "GIR0004"),
        ["non-local $ref"] = (Schema("""
              "properties": { "a": { "$ref": »"other.schema.json#/definitions/row" } }
            """), "GIR0004"),
        ["cyclic $ref"] = (Schema("""
              "properties": { "start": { "$ref": "#/definitions/a" } },
              "definitions": {
                "a": { "type": "object", "additionalProperties": false, "properties": { "b": { "$ref": "#/definitions/b" } } },
                "b": { "type": "object", "additionalProperties": false, "properties": { "back": { "$ref": »"#/definitions/a" } } }
              }
            """), "GIR0004"),

        // GIR0006: the same key twice in one object.
        ["duplicate key"] = (Schema("""
              "properties": { "a": { "type": "integer", "title": "甲", »"title": "乙" } }
            """), "GIR0006"),

        // GIR0008: required names an undefined property.
        ["required names an undefined property"] = (Schema("""
              "required": ["a", »"b"],
              "properties": { "a": { "type": "integer" } }
            """), "GIR0008"),

        // GIR0010: the column inside the assert string points at the bad token.
        ["assert: operand expected"] = (Rules("""
            { "id": "T1", "severity": "error", "assert": "total == online + »+ offline", "message": { "zh": "错", "en": "wrong" } }
            """), "GIR0010"),
        ["assert: single '=' is not a comparison"] = (Rules("""
            { "id": "T1", "severity": "error", "assert": "total »= online + offline", "message": { "zh": "错", "en": "wrong" } }
            """), "GIR0010"),
        ["assert: two comparisons"] = (Rules("""
            { "id": "T1", "severity": "error", "assert": "total == online »== offline", "message": { "zh": "错", "en": "wrong" } }
            """), "GIR0010"),
        ["forEach.in does not parse"] = (Rules("""
            { "id": "T1", "severity": "error", "forEach": { "name": "c", "in": "byChannel.»1" }, "assert": "byChannel.$c >= 0", "message": { "zh": "错", "en": "wrong" } }
            """), "GIR0010"),

        ["assert: a literal beyond exact decimals"] = (Rules("""
            { "id": "T1", "severity": "error", "assert": "total <= »100000000000000000000000000000", "message": { "zh": "错", "en": "wrong" } }
            """), "GIR0010"),
        ["assert: a literal with more than 28 decimal places"] = (Rules("""
            { "id": "T1", "severity": "error", "assert": "total <= »0.00000000000000000000000000001", "message": { "zh": "错", "en": "wrong" } }
            """), "GIR0010"),

        // GIR0016: literals that add up beyond exact decimals (was GIR0099, an internal error).
        ["assert: constants add up beyond decimal"] = (Rules("""
            { "id": "T1", "severity": "error", "assert": "»total <= 79228162514264337593543950335 + 1", "message": { "zh": "错", "en": "wrong" } }
            """), "GIR0016"),
        ["assert: constants that decimal would round"] = (Rules("""
            { "id": "T1", "severity": "error", "assert": "»total <= 79228162514264337593543950335 - 0.5", "message": { "zh": "错", "en": "wrong" } }
            """), "GIR0016"),

        // GIR0011: a path that names no property.
        ["unknown property in a path"] = (Rules("""
            { "id": "T1", "severity": "error", "assert": "total == online + »ofline", "message": { "zh": "错", "en": "wrong" } }
            """), "GIR0011"),
        ["unknown nested property"] = (Rules("""
            { "id": "T1", "severity": "error", "assert": "total == byChannel.»c", "message": { "zh": "错", "en": "wrong" } }
            """), "GIR0011"),

        // GIR0012: an operand that is not a numeric cell.
        ["string cell operand"] = (Rules("""
            { "id": "T1", "severity": "error", "assert": "total == »name", "message": { "zh": "错", "en": "wrong" } }
            """), "GIR0012"),
        ["object operand"] = (Rules("""
            { "id": "T1", "severity": "error", "assert": "total == online + »byChannel", "message": { "zh": "错", "en": "wrong" } }
            """), "GIR0012"),

        // GIR0013: duplicate rule id (the second declaration is reported).
        ["duplicate rule id"] = (Rules("""
            { "id": "T1", "severity": "error", "assert": "total == online + offline", "message": { "zh": "错", "en": "wrong" } },
            { "id": »"T1", "severity": "warning", "assert": "total >= 0", "message": { "zh": "错", "en": "wrong" } }
            """), "GIR0013"),

        // GIR0014: a placeholder that names nothing, located at the placeholder inside the message.
        ["unknown placeholder"] = (Rules("""
            { "id": "T1", "severity": "error", "assert": "total == online + offline", "message": { "zh": "合计 {actual}", "en": "total {actual}, see »{bogus}" } }
            """), "GIR0014"),

        // GIR0015: malformed rule declarations.
        ["rule without message"] = (Rules("""
            »{ "id": "T1", "severity": "error", "assert": "total == online + offline" }
            """), "GIR0015"),
        ["severity fatal"] = (Rules("""
            { "id": "T1", "severity": »"fatal", "assert": "total == online + offline", "message": { "zh": "错", "en": "wrong" } }
            """), "GIR0015"),
        ["forEach without name"] = (Rules("""
            { "id": "T1", "severity": "error", "forEach": »{ "in": "byChannel" }, "assert": "total >= 0", "message": { "zh": "错", "en": "wrong" } }
            """), "GIR0015"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void GeneratorReportsTheDiagnosticAtTheMarkedPosition(string name)
    {
        var (marked, id) = Cases[name];
        var expected = MarkedText.Parse(marked);

        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, expected.Text, Namespace: "Diagnostics"));
        GeneratorHarness.Single(run);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(SchemaPath, span.Path);
        Assert.Equal((expected.Line, expected.Column), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.True(span.EndLinePosition >= span.StartLinePosition);

        // An erroneous schema generates nothing, unless its only errors are in rules: then its records are generated.
        if (RuleDiagnostics.Contains(id))
        {
            Assert.NotEmpty(run.GeneratedTrees);
        }
        else
        {
            Assert.Empty(run.GeneratedTrees);
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void SchemaReaderReportsTheSameDiagnosticAtTheSamePosition(string name)
    {
        var (marked, id) = Cases[name];
        var expected = MarkedText.Parse(marked);

        var result = SchemaReader.Read(expected.Text, "Root");

        Assert.Null(result.Model);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal((expected.Line, expected.Column), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));

        // The offset agrees with the line and column.
        var lineStart = expected.Text.Split('\n').Take(expected.Line).Sum(l => l.Length + 1);
        Assert.Equal(lineStart + expected.Column, diagnostic.Location.Start);
    }

    [Fact]
    public void RuleSyntaxErrorNamesTheColumnInsideTheExpression()
    {
        var text = Rules("""
            { "id": "T1", "severity": "error", "assert": "total == online + + offline", "message": { "zh": "错", "en": "wrong" } }
            """);

        var diagnostic = Assert.Single(SchemaReader.Read(text, "Root").Diagnostics);

        Assert.Equal("GIR0010", diagnostic.Id);
        Assert.Contains("Rule 'T1'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("found '+'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("(column 19 of the expression)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(1, diagnostic.Location.Length);
        Assert.Equal('+', text[diagnostic.Location.Start]);
    }

    [Fact]
    public void NameCollisionAfterPascalCasingIsAWarningAtTheLaterProperty()
    {
        // "foo-bar" and "fooBar" both PascalCase to FooBar: the later one is renamed and reported.
        var expected = MarkedText.Parse(Schema("""
              "properties": {
                "foo-bar": { "type": "integer" },
                »"fooBar": { "type": "integer" }
              }
            """));

        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, expected.Text, Namespace: "Diagnostics"));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("GIR0005", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(SchemaPath, span.Path);
        Assert.Equal((expected.Line, expected.Column), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Contains("'fooBar' maps to the C# name 'FooBar'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("generated as 'FooBarValue'", diagnostic.GetMessage(), StringComparison.Ordinal);

        // A warning does not stop generation: both properties exist, under distinct names.
        var models = GeneratorHarness.Sources(run).Single(s => s.Key.EndsWith(".Models.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("public int? FooBar { get; init; }", models, StringComparison.Ordinal);
        Assert.Contains("public int? FooBarValue { get; init; }", models, StringComparison.Ordinal);
        GeneratedCode.AssertClean(GeneratedCode.Compile("Collision", GeneratorHarness.Trees(run)));
    }

    [Fact]
    public void RenamingAPropertyAwayFromAReservedMemberNameIsNotACollisionWarning()
    {
        // A property named like its record (or like a record member) is renamed silently: only one JSON name is involved.
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, Schema("""
              "properties": { "root": { "type": "integer" }, "equals": { "type": "integer" } }
            """), Namespace: "Diagnostics", TypeName: "Root"));

        Assert.Empty(run.Diagnostics);
        var models = GeneratorHarness.Sources(run).Single(s => s.Key.EndsWith(".Models.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("public int? RootValue { get; init; }", models, StringComparison.Ordinal);
        Assert.Contains("public int? EqualsValue { get; init; }", models, StringComparison.Ordinal);
    }

    [Fact]
    public void SizeLimitIsReportedAtTheStartOfTheFile()
    {
        var text = "{\"title\": \"" + new string('x', 5 * 1024 * 1024) + "\"}";

        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text, Namespace: "Diagnostics"));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("GIR0007", diagnostic.Id);
        Assert.Equal(new LinePosition(0, 0), diagnostic.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void NestingLimitIsALimitDiagnosticAtTheTooDeepValue()
    {
        // Schemas nested deeper than the JSON reader's limit (64 arrays/objects) hit GIR0007, not "invalid JSON".
        var depth = 70;
        var text = new string('[', depth) + new string(']', depth);

        var diagnostic = Assert.Single(SchemaReader.Read(text, "Root").Diagnostics);

        Assert.Equal("GIR0007", diagnostic.Id);
        Assert.Equal(0, diagnostic.Location.StartLine);
        Assert.Equal(64, diagnostic.Location.StartColumn);
    }

    [Fact]
    public void TwoSchemasGeneratingTheSameTypeAreReportedInsteadOfCrashingTheGenerator()
    {
        // Both would generate Same.Report: the first keeps its files, the second is reported (GIR0009) at its start.
        // (A duplicate hint name used to escape as CS8785, which drops every output of the generator.)
        var text = Schema("""
              "properties": { "a": { "type": "integer" } }
            """);

        var run = GeneratorHarness.Run(
            new SchemaInput("/project/a/report.schema.json", text, Namespace: "Same"),
            new SchemaInput("/project/b/report.schema.json", text, Namespace: "Same"),
            new SchemaInput("/project/c/other.schema.json", text, Namespace: "Same"));
        GeneratorHarness.Single(run);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("GIR0009", diagnostic.Id);
        Assert.Contains("'Same.Report.Models'", diagnostic.GetMessage(), StringComparison.Ordinal);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/project/b/report.schema.json", span.Path);
        Assert.Equal(new LinePosition(0, 0), span.StartLinePosition);
        Assert.Equal(
            new[] { "Other", "Report" }.SelectMany(root => new[] { "Json", "Models", "Validator", "Validator.Building", "Validator.Reading", "Validator.Rules", "Validator.Shape", "Validator.TypedChecks" }
                .Select(kind => $"Same.{root}.{kind}.g.cs")).OrderBy(k => k, StringComparer.Ordinal),
            GeneratorHarness.Sources(run).Keys.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void TypeNamesDifferingOnlyInCaseAreTheSameGeneratedType()
    {
        // Roslyn compares hint names ignoring case (file systems may too), so Report and REPORT collide.
        var text = Schema("""
              "properties": { "a": { "type": "integer" } }
            """);

        var run = GeneratorHarness.Run(
            new SchemaInput("/project/a/report.schema.json", text, Namespace: "Same", TypeName: "Report"),
            new SchemaInput("/project/b/report.schema.json", text, Namespace: "Same", TypeName: "REPORT"));
        GeneratorHarness.Single(run);

        Assert.Equal("GIR0009", Assert.Single(run.Diagnostics).Id);
        Assert.Equal(8, run.GeneratedTrees.Length);
    }

    /// <summary>An object schema with <paramref name="members"/> spliced in after <c>additionalProperties</c>.</summary>
    /// <summary>Ids reported while binding rules; a schema with only these errors still generates its records.</summary>
    internal static readonly HashSet<string> RuleDiagnostics = ["GIR0010", "GIR0011", "GIR0012", "GIR0013", "GIR0014", "GIR0015", "GIR0016"];

    private static string Schema(string members) =>
        "{\n  \"type\": \"object\",\n  \"additionalProperties\": false,\n" + members.TrimEnd() + "\n}\n";

    /// <summary>A valid schema whose root declares <paramref name="rules"/>.</summary>
    private static string Rules(string rules) => Schema("""
          "required": ["total", "online", "offline"],
          "properties": {
            "name": { "type": "string" },
            "total": { "type": "integer" },
            "online": { "type": "integer" },
            "offline": { "type": "integer" },
            "byChannel": {
              "type": "object",
              "additionalProperties": false,
              "properties": { "a": { "type": "integer" }, "b": { "type": "integer" } }
            }
          },
          "x-govinfo-rules": [
        """ + "\n" + rules.TrimEnd() + "\n  ]");
}
