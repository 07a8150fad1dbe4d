using System.Text.Json.Nodes;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>A value of the wrong JSON type yields one error at its pointer with keyword <c>type</c>: on a numeric cell
/// the structural rule R5 claims it, elsewhere it is <c>structure.type</c>. Nothing inside a wrongly typed value is
/// reported, and rules over the cell are skipped.</summary>
public sealed class WrongTypeTests
{
    private const string Count = "/applications/newApplications/naturalPersons";
    private const string Row = "/applications/newApplications";

    [Theory]
    [InlineData(Count, "\"7\"", "R5", "a 32-bit integer", "a string")]
    [InlineData(Count, "{}", "R5", "a 32-bit integer", "an object")]
    [InlineData(Count, "{\"value\": 7}", "R5", "a 32-bit integer", "an object")]
    [InlineData(Count, "[7]", "R5", "a 32-bit integer", "an array")]
    [InlineData(Count, "null", "R5", "a 32-bit integer", "null")]
    [InlineData(Count, "true", "R5", "a 32-bit integer", "a boolean")]
    [InlineData("/activeDisclosure/fees/administrativeFees/amountInTenThousandYuan", "\"1016.72\"", "R5", "a number", "a string")]
    [InlineData("/reportYear", "\"2022\"", "R5", "a 32-bit integer", "a string")]
    [InlineData(Row, "[]", IssueIds.Type, "object", "an array")]
    [InlineData(Row, "[{\"naturalPersons\": 0}]", IssueIds.Type, "object", "an array")]
    [InlineData(Row, "null", IssueIds.Type, "object", "null")]
    [InlineData(Row, "0", IssueIds.Type, "object", "a number")]
    [InlineData("/reviewAndLitigation", "\"none\"", IssueIds.Type, "object", "a string")]
    [InlineData("/agencyName", "null", IssueIds.Type, "a string", "null")]
    [InlineData("/agencyName", "7", IssueIds.Type, "a string", "a number")]
    [InlineData("/overview", "[\"一\", \"二\"]", IssueIds.Type, "a string", "an array")]
    public void WrongTypeIsOneErrorAtThePointer(string pointer, string json, string ruleId, string expected, string actual)
    {
        var result = Payload.Validate(Payload.With(Payload.CleanFixture, pointer, JsonNode.Parse(json)));

        var issue = Payload.SingleIssue(result);
        Assert.Equal(ruleId, issue.RuleId);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(pointer, issue.Pointer);
        Assert.Equal("type", issue.Keyword);
        Assert.Equal(expected, issue.Expected);
        Assert.Equal(actual, issue.Actual);
        Assert.Null(issue.Line);
        Assert.Equal(TemplateVersion.V2021, result.TemplateVersion);
    }

    [Fact]
    public void R5MessageNamesTheCellAndBothValues()
    {
        var issue = Payload.SingleIssue(Payload.Validate(Payload.With(Payload.CleanFixture, Count, "7")));

        Assert.Equal("R5", issue.RuleId);
        Assert.StartsWith("自然人：应为", issue.MessageZh, System.StringComparison.Ordinal);
        Assert.StartsWith("Natural persons", issue.MessageEn, System.StringComparison.Ordinal);
        Assert.EndsWith(": expected a 32-bit integer, found a string.", issue.MessageEn, System.StringComparison.Ordinal);
    }
}
