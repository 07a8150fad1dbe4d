using System;
using System.Linq;
using GovInfoReport.Generators.Tests.Support;
using Xunit;

namespace GovInfoReport.Generators.Tests;

/// <summary>Each generated check says which rule and which assertion it implements, so generated code can be stepped into.</summary>
public sealed class GeneratedCheckCommentTests
{
    [Fact]
    public void EachCheckCarriesItsRuleIdAndAssertion()
    {
        // Defect: a check like i[14] + i[21] + … carried the rule id but no trace of the assertion it implements.
        var long200 = string.Join(" + ", Enumerable.Repeat("a", 120));
        var schema = $$"""
            {
              "type": "object", "additionalProperties": false, "required": ["a", "b", "total"],
              "properties": { "a": { "type": "integer" }, "b": { "type": "integer" }, "total": { "type": "integer" } },
              "x-govinfo-rules": [
                { "id": "T1", "severity": "error", "assert": "total == a + b", "message": { "zh": "错", "en": "wrong" } },
                { "id": "T2", "severity": "warning", "assert": "total <= {{long200}}", "message": { "zh": "错", "en": "wrong" } }
              ]
            }
            """;
        var run = GeneratorHarness.Run(new SchemaInput("/project/comments.schema.json", schema, Namespace: "Comments", TypeName: "Report"));
        Assert.Empty(run.Diagnostics);
        var validator = GeneratorHarness.Sources(run).Single(s => s.Key.EndsWith(".Validator.Rules.g.cs", StringComparison.Ordinal)).Value;
        var lines = validator.Split('\n').Select(l => l.Trim()).ToList();

        var t1 = lines.IndexOf("// T1");
        Assert.True(t1 >= 0, validator);
        Assert.Equal("// assert: total == a + b", lines[t1 + 1]);

        // A long assertion is cut, so a comment cannot multiply the generated size.
        var t2 = lines.IndexOf("// T2");
        Assert.Equal("// assert: " + ("total <= " + long200)[..200] + "...", lines[t2 + 1]);
    }
}
