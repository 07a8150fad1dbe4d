using System;
using System.Linq;
using System.Text;
using GovInfoReport.Generators.Tests.Support;
using GovInfoReport.SchemaLanguage.Reading;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GovInfoReport.Generators.Tests;

/// <summary>
/// Names users can trust and failures that stay local: nested types of two schemas in one namespace do not clash,
/// GIR0009 names the item attributes users write, invisible or look-alike characters in names are errors, and a
/// schema whose only errors are in rules still generates its records.
/// </summary>
public sealed class NamesAndPartialFailureTests
{
    private const string WithCounts = """
        {
          "type": "object", "additionalProperties": false,
          "properties": {
            "counts": { "type": "object", "additionalProperties": false, "properties": { "total": { "type": "integer" } } }
          }
        }
        """;

    [Fact]
    public void TwoSchemasWithTheSameNestedTypeNameInOneNamespaceCompile()
    {
        // Defect: both generated Shared.Counts, and the project failed with CS0102/CS0579 inside generated files.
        var run = GeneratorHarness.Run(
            new SchemaInput("/project/a.schema.json", WithCounts, Namespace: "Shared", TypeName: "FirstReport"),
            new SchemaInput("/project/b.schema.json", WithCounts, Namespace: "Shared", TypeName: "SecondReport"));

        var compilation = GeneratedCode.Compile("Generated_Shared", GeneratorHarness.Trees(run));

        GeneratedCode.AssertClean(compilation);
        Assert.NotNull(compilation.GetTypeByMetadataName("Shared.FirstReportCounts"));
        Assert.NotNull(compilation.GetTypeByMetadataName("Shared.SecondReportCounts"));
        Assert.Equal(["GIR0018", "GIR0018"], run.Diagnostics.Select(d => d.Id));

        // Information, not a warning: the renamed types compile, so a project with warnings as errors builds.
        Assert.All(run.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Contains(run.Diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'FirstReportCounts'", StringComparison.Ordinal));
    }

    [Fact]
    public void NestedTypeNamesInDifferentNamespacesAreKept()
    {
        var run = GeneratorHarness.Run(
            new SchemaInput("/project/a.schema.json", WithCounts, Namespace: "One", TypeName: "FirstReport"),
            new SchemaInput("/project/b.schema.json", WithCounts, Namespace: "Two", TypeName: "SecondReport"));

        var compilation = GeneratedCode.Compile("Generated_Apart", GeneratorHarness.Trees(run));

        GeneratedCode.AssertClean(compilation);
        Assert.Empty(run.Diagnostics);
        Assert.NotNull(compilation.GetTypeByMetadataName("One.Counts"));
        Assert.NotNull(compilation.GetTypeByMetadataName("Two.Counts"));
    }

    [Fact]
    public void DuplicateGeneratedTypeNamesTheItemAttributesUsersWrite()
    {
        // Defect: GIR0009 named internal metadata (GovInfoReportTypeName) instead of the TypeName/Namespace attributes.
        var run = GeneratorHarness.Run(
            new SchemaInput("/project/a.schema.json", WithCounts, Namespace: "Same", TypeName: "Report"),
            new SchemaInput("/project/b.schema.json", WithCounts, Namespace: "Same", TypeName: "Report"));

        var message = Assert.Single(run.Diagnostics, d => d.Id == "GIR0009").GetMessage(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Contains("TypeName", message, StringComparison.Ordinal);
        Assert.Contains("Namespace", message, StringComparison.Ordinal);
        Assert.Contains("<GovInfoReportSchema>", message, StringComparison.Ordinal);
        Assert.DoesNotContain("GovInfoReportTypeName", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("to\u200Btal", "U+200B")]
    [InlineData("total\u200D", "U+200D")]
    [InlineData("\u202Etotal", "U+202E")]
    [InlineData("new\\nline", "U+000A")]
    [InlineData("t\u043Etal", "Cyrillic")]
    [InlineData("t\u03BFtal", "Greek")]
    public void InvisibleOrLookAlikeCharactersInANameAreAnError(string name, string named)
    {
        // Defect: a zero-width character made an invisible property name map to Total with only a warning.
        var schema = """{ "type": "object", "additionalProperties": false, "properties": { "total": { "type": "integer" }, """
            + "\"" + name + "\"" + """: { "type": "integer" } } }""";

        var result = SchemaReader.Read(schema, "Report");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("GIR0017", diagnostic.Id);
        Assert.Equal(GovInfoReport.SchemaLanguage.Diagnostics.SchemaDiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(named, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(schema.IndexOf("\"" + name, StringComparison.Ordinal), diagnostic.Location.Start);
        Assert.Null(result.Model);
    }

    [Fact]
    public void ChineseAndOtherSingleScriptNamesAreFine()
    {
        var schema = """{ "type": "object", "additionalProperties": false, "properties": { "总计": { "type": "integer" }, "сумма": { "type": "integer" }, "total-2": { "type": "integer" } } }""";

        Assert.Empty(SchemaReader.Read(schema, "Report").Diagnostics);
    }

    [Fact]
    public void ASchemaWhoseOnlyErrorIsInARuleStillGeneratesItsRecords()
    {
        // Defect: one typo in one rule removed every generated type, so user code drowned in CS0246.
        var schema = """
            {
              "type": "object", "additionalProperties": false, "required": ["total", "online"],
              "properties": { "total": { "type": "integer" }, "online": { "type": "integer" } },
              "x-govinfo-rules": [
                { "id": "T1", "severity": "error", "assert": "total == onlin", "message": { "zh": "错", "en": "wrong" } },
                { "id": "T2", "severity": "error", "assert": "total >= online", "message": { "zh": "少于 {expected}", "en": "fewer than {expected}" } }
              ]
            }
            """;
        var run = GeneratorHarness.Run(new SchemaInput("/project/partial.schema.json", schema, Namespace: "Partial", TypeName: "Report"));

        Assert.Equal("GIR0011", Assert.Single(run.Diagnostics).Id);
        var compilation = GeneratedCode.Compile("Generated_Partial", GeneratorHarness.Trees(run));
        GeneratedCode.AssertClean(compilation);
        using var loaded = GeneratedCode.EmitAndLoad(compilation);
        var validate = RuleArithmeticTests.ValidatorOf(loaded, "Partial.ReportValidator");

        // The broken rule is left out; the sound one is checked.
        var issue = Assert.Single(validate(Encoding.UTF8.GetBytes("""{ "total": 1, "online": 2 }"""), null).Issues);
        Assert.Equal("T2", issue.RuleId);
        Assert.Null(SchemaReader.Read(schema, "Report").Model);
    }

    [Fact]
    public void AStructuralErrorStillGeneratesNothing()
    {
        var schema = """{ "type": "object", "additionalProperties": false, "properties": { "total": { "type": "integer", "minimum": "0" } } }""";

        var run = GeneratorHarness.Run(new SchemaInput("/project/broken.schema.json", schema, Namespace: "Broken"));

        Assert.Equal("GIR0003", Assert.Single(run.Diagnostics).Id);
        Assert.Empty(GeneratorHarness.Single(run).GeneratedSources);
    }
}
