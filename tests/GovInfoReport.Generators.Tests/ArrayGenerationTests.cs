using System.Linq;
using GovInfoReport.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GovInfoReport.Generators.Tests;

/// <summary>
/// Arrays (issue 12) are validated by <c>schema check</c> but not emitted by the generator yet: a build must say so at
/// the array, never throw, and never generate a validator that silently ignores the rows.
/// </summary>
public sealed class ArrayGenerationTests
{
    private const string WithArray = """
        {
          "type": "object", "additionalProperties": false,
          "properties": {
            "total": { "type": "integer" },
            "scores": { "type": "array", "maxItems": 3, "items": { "type": "integer" } }
          }
        }
        """;

    [Fact]
    public void AnArrayInABuildIsRefusedWithALocatedDiagnosticAndNothingIsGenerated()
    {
        var run = GeneratorHarness.Run(new SchemaInput("/project/scores.schema.json", WithArray));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("GIR0002", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/project/scores.schema.json", span.Path);
        Assert.Equal(WithArray.IndexOf("\"array\"", System.StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
        Assert.Contains("schema check", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.Sources(run));
    }
}
