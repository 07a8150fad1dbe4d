using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using GovInfoReport.Schema;
using GovInfoReport.Schema.Templates.V2019;
using GovInfoReport.Schema.Templates.V2021;
using GovInfoReport.Schema.Validation;
using Xunit;
using Xunit.Abstractions;

namespace GovInfoReport.SchemaTools.Tests;

/// <summary>
/// <c>schema check</c> interprets rules at run time; the generated validators compile them. On the shipped schemas
/// both must report the very same issues, messages included, for every payload.
/// </summary>
public sealed class InterpretedMatchesGeneratedTests(ITestOutputHelper output)
{
    private const int PayloadsPerFixture = 300;

    [Fact]
    public void InterpretedAndGeneratedResultsAreIdenticalOverGeneratedPayloads()
    {
        var interpreters = new Dictionary<string, InterpretedValidator>
        {
            ["2019"] = Interpreter(TemplateVersion.V2019),
            ["2021"] = Interpreter(TemplateVersion.V2021),
        };
        var compared = 0;
        var withRuleIssues = 0;
        var withStructuralIssues = 0;
        var clean = 0;
        var fixtures = new[] { "seed-000.json", "seed-001.json", "seed-002.json", "seed-004.json" };
        for (var f = 0; f < fixtures.Length; f++)
        {
            var fixture = fixtures[f];
            var original = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture)))!.AsObject();
            var version = original["templateVersion"]!.GetValue<string>();
            var mutator = new PayloadMutator(20261122 + f);
            for (var i = 0; i < PayloadsPerFixture; i++)
            {
                var payload = Encoding.UTF8.GetBytes(mutator.Next(original, out _).ToJsonString());
                var generated = version == "2019" ? Report2019Validator.Validate(payload) : Report2021Validator.Validate(payload);
                var interpreted = interpreters[version].Validate(payload);

                Assert.Equal(Describe(generated), Describe(interpreted));
                compared++;
                withRuleIssues += generated.Issues.Any(issue => issue.RuleId is "R1" or "R2" or "R3" or "R4" or "R11") ? 1 : 0;
                withStructuralIssues += generated.Issues.Any(issue => issue.RuleId.StartsWith("structure.", StringComparison.Ordinal) || issue.RuleId == "R5") ? 1 : 0;
                clean += generated.Issues.Count == 0 ? 1 : 0;
            }
        }

        output.WriteLine($"compared {compared} payloads: {withRuleIssues} with rule issues, {withStructuralIssues} with structural issues, {clean} clean");
        Assert.True(compared >= 1000);
        Assert.True(withRuleIssues > compared / 4, "the payloads must exercise the rules");
        Assert.True(withStructuralIssues > compared / 10, "the payloads must exercise structural checks");
        Assert.True(clean > compared / 20, "some payloads must pass every rule");
    }

    [Fact]
    public void InterpretedValidatorReportsTheSeedViolations()
    {
        var interpreter = Interpreter(TemplateVersion.V2021);
        var result = interpreter.Validate(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed-002.json")));

        Assert.Equal(
            ["R2@/applications/outcomes/disclosed/total", "R3@/applications/outcomes/total/total"],
            result.Issues.Select(i => i.RuleId + "@" + i.Pointer).OrderBy(s => s, StringComparer.Ordinal));
    }

    private static InterpretedValidator Interpreter(TemplateVersion version)
    {
        var diagnostics = InterpretedValidator.Create(TemplateSchemas.GetSchemaText(version), "Report" + (int)version, out var validator);
        Assert.Empty(diagnostics.Diagnostics);
        return validator!;
    }

    private static List<string> Describe(ValidationResult result)
        => result.Issues.Select(i => string.Join(" | ", i.RuleId, i.Severity, i.Pointer, i.Expected, i.Actual, i.MessageZh, i.MessageEn, i.Keyword)).ToList();
}
