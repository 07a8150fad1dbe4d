using System.Linq;
using System.Text.Json.Nodes;
using GovInfoReport.Schema.Tests.Support;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>One validation reports every problem of a payload — structural ones in payload order, then rule
/// violations among the cells that are structurally sound — not just the first.</summary>
public sealed class AllIssuesAtOnceTests
{
    [Fact]
    public void ThreeStructuralProblemsAndARuleViolationAreAllReported()
    {
        var payload = Payload.Fixture(Payload.CleanFixture);
        JsonPointer.Set(payload, "/agencyName", 7);                                                              // wrong type
        JsonPointer.Remove(payload, "/reviewAndLitigation/administrativeLitigation/afterReview/pending");        // missing cell
        JsonPointer.Set(payload, "/remarks", "附注");                                                            // unknown member
        JsonPointer.Set(payload, "/reviewAndLitigation/administrativeReview/total", 5);                          // R4: 0+0+0+0 ≠ 5

        var result = Payload.Validate(payload);

        Assert.Equal(
            [
                (IssueIds.Type, "/agencyName"),
                (IssueIds.Required, "/reviewAndLitigation/administrativeLitigation/afterReview/pending"),
                (IssueIds.UnknownProperty, "/remarks"),
                ("R4", "/reviewAndLitigation/administrativeReview/total"),
            ],
            result.Issues.Select(i => (i.RuleId, i.Pointer)));
        Assert.Equal(4, result.Validation.ErrorCount);
        Assert.Equal(0, result.Validation.WarningCount);
        Assert.False(result.Validation.IsTruncated);
        Assert.All(result.Issues, i => Assert.Equal(IssueSeverity.Error, i.Severity));
        var rule = result.Issues[^1];
        Assert.Equal(("0", "5"), (rule.Expected, rule.Actual));
        Assert.Null(result.Report);
    }

    [Fact]
    public void RulesOverABrokenCellAreSkippedOthersStillRun()
    {
        // afterReview/pending is missing, so R4 of that group cannot be checked — and must not be reported.
        var payload = Payload.Fixture(Payload.CleanFixture);
        JsonPointer.Remove(payload, "/reviewAndLitigation/administrativeLitigation/afterReview/pending");
        JsonPointer.Set(payload, "/reviewAndLitigation/administrativeLitigation/afterReview/total", 9);

        var result = Payload.Validate(payload);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueIds.Required, issue.RuleId);
    }

    [Fact]
    public void RuleIssuesComeWithTheReportWhenTheStructureIsValid()
    {
        var result = Payload.Validate(Payload.Fixture(Payload.Fixture2019));

        Assert.Equal(new[] { "R1", "R1", "R3", "R3", "R11" }.Order(), result.Issues.Select(i => i.RuleId).Order());
        Assert.Equal(4, result.Validation.ErrorCount);
        Assert.Equal(1, result.Validation.WarningCount);
        Assert.False(result.IsValid);
        Assert.IsType<Templates.V2019.Report2019>(result.Report);
    }
}
