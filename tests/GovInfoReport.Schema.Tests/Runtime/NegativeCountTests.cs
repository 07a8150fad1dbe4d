using System.Text.Json.Nodes;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>A count below zero breaks its <c>minimum: 0</c>; the structural rule R5 claims the failure, so it is
/// reported as R5 with keyword <c>minimum</c>. The signed 本年增/减 (2019 <c>changeThisYear</c>) may be negative.</summary>
public sealed class NegativeCountTests
{
    [Theory]
    [InlineData(Payload.CleanFixture, "/activeDisclosure/licensing/administrativeLicensing/decisionsThisYear", -1)]
    [InlineData(Payload.CleanFixture, "/applications/outcomes/total/total", -2147483648)]
    [InlineData(Payload.Fixture2019, "/reviewAndLitigation/administrativeReview/upheld", -7)]
    public void NegativeCountIsR5Minimum(string fixture, string pointer, int value)
    {
        var result = Payload.Validate(Payload.With(fixture, pointer, value));

        var issue = Assert.Single(result.Issues, i => i.RuleId == "R5");
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(pointer, issue.Pointer);
        Assert.Equal("minimum", issue.Keyword);
        Assert.Equal("≥ 0", issue.Expected);
        Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), issue.Actual);
        Assert.EndsWith($": expected ≥ 0, found {value}.", issue.MessageEn, System.StringComparison.Ordinal);
        Assert.DoesNotContain(result.Issues, i => i.RuleId.StartsWith("structure.", System.StringComparison.Ordinal));
        Assert.Null(result.Report);
    }

    [Fact]
    public void NegativeMoneyAmountIsR5Minimum()
    {
        const string pointer = "/activeDisclosure/fees/administrativeFees/amountInTenThousandYuan";
        var issue = Payload.SingleIssue(Payload.Validate(Payload.With(Payload.CleanFixture, pointer, -0.01m)));

        Assert.Equal(("R5", pointer, "minimum", "-0.01"), (issue.RuleId, issue.Pointer, issue.Keyword, issue.Actual));
    }

    [Fact]
    public void ReportYearBelowItsMinimumIsR5ButAboveItsMaximumIsStructural()
    {
        // R5 claims "type" and "minimum" of numeric cells only; "maximum" keeps its structural id.
        var below = Payload.SingleIssue(Payload.Validate(Payload.With(Payload.CleanFixture, "/reportYear", 2007)));
        var above = Payload.SingleIssue(Payload.Validate(Payload.With(Payload.CleanFixture, "/reportYear", 2101)));

        Assert.Equal(("R5", "/reportYear", "minimum", "≥ 2008"), (below.RuleId, below.Pointer, below.Keyword, below.Expected));
        Assert.Equal((IssueIds.Maximum, "/reportYear", "maximum", "≤ 2100"), (above.RuleId, above.Pointer, above.Keyword, above.Expected));
    }

    [Fact]
    public void NegativeChangeThisYearIsValid()
    {
        var result = Payload.Validate(Payload.With(Payload.Fixture2019, "/activeDisclosure/fees/administrativeFees/changeThisYear", JsonValue.Create(-8)));

        Assert.False(Payload.HasStructuralIssue(result), Payload.Describe(result));
        Assert.NotNull(result.Report);
    }
}
