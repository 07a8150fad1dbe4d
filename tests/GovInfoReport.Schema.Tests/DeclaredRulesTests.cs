using System.Linq;
using System.Text.Json.Nodes;
using GovInfoReport.Schema.Tests.Support;
using Xunit;

namespace GovInfoReport.Schema.Tests;

/// <summary>Both schemas declare the statutory consistency rules with the severities of template.md §5, once each,
/// on the object they constrain.</summary>
public sealed class DeclaredRulesTests
{
    private static (string Pointer, string Id, string Severity)[] DeclaredRules(TemplateVersion version) =>
        SchemaWalker.KeywordValues(TestData.SchemaJson(version), "x-govinfo-rules")
            .SelectMany(item => item.Value!.AsArray().Select(rule => (
                Pointer: item.Pointer,
                Id: rule!["id"]!.GetValue<string>(),
                Severity: rule["severity"]!.GetValue<string>())))
            .ToArray();

    [Theory]
    [InlineData(TemplateVersion.V2019, "R1", "error")]
    [InlineData(TemplateVersion.V2019, "R2", "error")]
    [InlineData(TemplateVersion.V2019, "R3", "error")]
    [InlineData(TemplateVersion.V2019, "R4", "error")]
    [InlineData(TemplateVersion.V2019, "R5", "error")]
    [InlineData(TemplateVersion.V2019, "R11", "warning")]
    [InlineData(TemplateVersion.V2021, "R1", "error")]
    [InlineData(TemplateVersion.V2021, "R2", "error")]
    [InlineData(TemplateVersion.V2021, "R3", "error")]
    [InlineData(TemplateVersion.V2021, "R4", "error")]
    [InlineData(TemplateVersion.V2021, "R5", "error")]
    [InlineData(TemplateVersion.V2021, "R11", "warning")]
    public void RuleIsDeclaredOnceWithItsSeverity(TemplateVersion version, string id, string severity)
    {
        var declaration = Assert.Single(DeclaredRules(version), rule => rule.Id == id);

        Assert.Equal(severity, declaration.Severity);
    }

    [Theory]
    [InlineData("R1", "/properties/applications/x-govinfo-rules")]
    [InlineData("R2", "/definitions/applicantCounts/x-govinfo-rules")]
    [InlineData("R3", "/properties/applications/properties/outcomes/x-govinfo-rules")]
    [InlineData("R4", "/definitions/caseOutcomes/x-govinfo-rules")]
    [InlineData("R5", "/x-govinfo-rules")]
    [InlineData("R11", "/x-govinfo-rules")]
    public void RuleIsDeclaredOnTheObjectItConstrainsInBothVersions(string id, string expectedPointer)
    {
        Assert.Equal(expectedPointer, Assert.Single(DeclaredRules(TemplateVersion.V2019), r => r.Id == id).Pointer);
        Assert.Equal(expectedPointer, Assert.Single(DeclaredRules(TemplateVersion.V2021), r => r.Id == id).Pointer);
    }

    [Theory]
    [InlineData(TemplateVersion.V2019)]
    [InlineData(TemplateVersion.V2021)]
    public void RuleIdsAreUniqueWithinASchema(TemplateVersion version)
    {
        var ids = DeclaredRules(version).Select(rule => rule.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData(TemplateVersion.V2019, "reportYear <= 2020")]
    [InlineData(TemplateVersion.V2021, "reportYear >= 2021")]
    public void VersionRuleR11HoldsExactlyForTheYearsOfTheVersion(TemplateVersion version, string expectedAssert)
    {
        var root = TestData.SchemaJson(version);
        var r11 = root["x-govinfo-rules"]!.AsArray().Single(rule => rule!["id"]!.GetValue<string>() == "R11")!;

        Assert.Equal(expectedAssert, r11["assert"]!.GetValue<string>());
    }
}
