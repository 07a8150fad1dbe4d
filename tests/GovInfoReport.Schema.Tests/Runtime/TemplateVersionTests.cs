using System.Text.Json.Nodes;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>A payload that declares no template version, or one the library does not know, yields one
/// <c>template.version</c> error at <c>/templateVersion</c> and is not checked against any template.</summary>
public sealed class TemplateVersionTests
{
    [Theory]
    [InlineData("\"2020\"", "\"2020\"")]
    [InlineData("\"2022\"", "\"2022\"")]
    [InlineData("\"\"", "\"\"")]
    [InlineData("\" 2021\"", "\" 2021\"")]
    public void UnknownVersionIsOneVersionError(string json, string actual)
    {
        var result = Payload.Validate(Payload.With(Payload.CleanFixture, "/templateVersion", JsonNode.Parse(json)));

        var issue = AssertVersionError(result);
        Assert.Equal(actual, issue.Actual);
        Assert.Contains("Unknown template version", issue.MessageEn, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021")]
    [InlineData("2019.0")]
    [InlineData("null")]
    [InlineData("[\"2021\"]")]
    public void NonStringVersionIsOneVersionError(string json)
    {
        AssertVersionError(Payload.Validate(Payload.With(Payload.CleanFixture, "/templateVersion", JsonNode.Parse(json))));
    }

    [Fact]
    public void MissingVersionIsOneVersionError()
    {
        var issue = AssertVersionError(Payload.Validate(Payload.Without(Payload.CleanFixture, "/templateVersion")));

        Assert.Null(issue.Actual);
        Assert.Contains("has no templateVersion", issue.MessageEn, System.StringComparison.Ordinal);
    }

    [Fact]
    public void VersionIsFoundAfterOtherMembers()
    {
        // Payloads usually put templateVersion first; anywhere among the root members works.
        var payload = Payload.Fixture(Payload.CleanFixture);
        payload.Remove("templateVersion");
        payload["templateVersion"] = "2021";

        var result = Payload.Validate(payload);

        Assert.Equal(TemplateVersion.V2021, result.TemplateVersion);
        Assert.Same(ValidationResult.Clean, result.Validation);
    }

    [Fact]
    public void OtherKnownVersionChecksThePayloadAgainstThatTemplate()
    {
        // A 2021 payload that says "2019" is read as a 2019 report: its 2021 tables do not fit.
        var result = Payload.Validate(Payload.With(Payload.CleanFixture, "/templateVersion", "2019"));

        Assert.Equal(TemplateVersion.V2019, result.TemplateVersion);
        Assert.Contains(result.Issues, i => i.RuleId == IssueIds.UnknownProperty && i.Pointer == "/activeDisclosure/regulations/departmentalRules/issuedThisYear");
        Assert.Contains(result.Issues, i => i.RuleId == IssueIds.Required && i.Pointer == "/activeDisclosure/procurement");
        Assert.Null(result.Report);
    }

    private static ValidationIssue AssertVersionError(ReportValidationResult result)
    {
        var issue = Payload.SingleIssue(result);
        Assert.Equal(IssueIds.TemplateVersion, issue.RuleId);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal("/templateVersion", issue.Pointer);
        Assert.Equal("enum", issue.Keyword);
        Assert.Equal("\"2019\" or \"2021\"", issue.Expected);
        Assert.Null(result.TemplateVersion);
        return issue;
    }
}
