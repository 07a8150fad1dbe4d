using System.Text.Json.Nodes;
using GovInfoReport.Schema.Templates.V2021;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>JSON Schema draft 7 counts any number with a zero fractional part as an integer, however it is written
/// (<c>7.0</c>, <c>7e0</c>, <c>0.7e1</c>): such a count is valid and is read as the integer.</summary>
public sealed class IntegralNumberTests
{
    private const string Pointer = "/reviewAndLitigation/administrativeReview/upheld";

    [Theory]
    [InlineData("7.0")]
    [InlineData("7e0")]
    [InlineData("0.7e1")]
    [InlineData("700e-2")]
    [InlineData("7.000")]
    public void IntegralNumberIsAnInteger(string number)
    {
        // Regression: only digit strings were integers; 7.0 was rejected as "out of range (7.0)".
        var result = Payload.Validate(Payload.With(Payload.CleanFixture, Pointer, JsonNode.Parse(number)));

        // upheld = 7 breaks R4 (总计 stays 0): a rule issue, not a structural one.
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("R4", "/reviewAndLitigation/administrativeReview/total", "7"), (issue.RuleId, issue.Pointer, issue.Expected));
        Assert.Equal(7, Assert.IsType<Report2021>(result.Report).ReviewAndLitigation.AdministrativeReview.Upheld);
    }

    [Fact]
    public void NegativeZeroIsZero()
    {
        var result = Payload.Validate(Payload.With(Payload.CleanFixture, Pointer, JsonNode.Parse("-0.0")));

        Assert.Same(ValidationResult.Clean, result.Validation);
    }

    [Theory]
    [InlineData("3000000000.0")]
    [InlineData("1e10")]
    public void IntegralNumberPastInt32IsOutOfRange(string number)
    {
        var issue = Payload.SingleIssue(Payload.Validate(Payload.With(Payload.CleanFixture, Pointer, JsonNode.Parse(number))));

        Assert.Equal(("R5", "type", number), (issue.RuleId, issue.Keyword, issue.Actual));
    }
}
