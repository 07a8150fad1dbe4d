using System;
using System.Linq;
using System.Text;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>Nesting deeper than <see cref="ValidationOptions.MaxDepth"/> yields a <c>json.depth</c> error located at
/// the token that goes too deep — even inside a member that is skipped as unknown — and no exception.</summary>
public sealed class NestingDepthTests
{
    private const int Arrays = 100;

    [Fact]
    public void UnknownMemberNestingPastTheLimitIsADepthError()
    {
        var text = Payload.Text(Payload.Fixture(Payload.CleanFixture));
        var insertAt = text.IndexOf("\"reportYear\"", StringComparison.Ordinal);
        var deep = text.Insert(insertAt, "\"deep\": " + new string('[', Arrays) + new string(']', Arrays) + ",\n  ");

        var result = Payload.ValidateText(deep, new ValidationOptions { MaxDepth = 64 });

        // The unknown member is reported when its name is read; its value is then skipped until it goes too deep.
        Assert.Equal([IssueIds.UnknownProperty, IssueIds.JsonDepth], result.Issues.Select(i => i.RuleId));
        Assert.Equal("/deep", result.Issues[0].Pointer);
        var depth = result.Issues[1];
        Assert.Equal(IssueSeverity.Error, depth.Severity);
        Assert.Equal(string.Empty, depth.Pointer);
        Assert.Equal("at most 64 levels", depth.Expected);
        // The root object is level 1, so the 64th '[' is the 65th level.
        var tooDeep = insertAt + "\"deep\": ".Length + 63;
        Assert.Equal(Location.Of(deep, tooDeep), new Location(depth.Line!.Value, depth.BytePositionInLine!.Value));
        Assert.Contains("deeper than 64 levels", depth.MessageEn, StringComparison.Ordinal);
        Assert.Null(result.Report);
    }

    [Fact]
    public void DepthBeforeTheVersionIsStillADepthError()
    {
        // The version sniffer cannot get past the deep member; the depth error must still be reported and located.
        var text = "{\"deep\": " + new string('[', Arrays) + new string(']', Arrays) + ", \"templateVersion\": \"2021\"}";

        var issue = Payload.SingleIssue(Payload.Validate(Encoding.UTF8.GetBytes(text), new ValidationOptions { MaxDepth = 64 }));

        Assert.Equal(IssueIds.JsonDepth, issue.RuleId);
        Assert.Equal(new Location(1, "{\"deep\": ".Length + 63), new Location(issue.Line!.Value, issue.BytePositionInLine!.Value));
    }

    [Fact]
    public void NestingWithinTheLimitIsOnlyAnUnknownMember()
    {
        // 1 (root) + 63 arrays = 64 levels: allowed.
        var payload = Payload.Fixture(Payload.CleanFixture);
        var text = Payload.Text(payload).Insert(1, "\"deep\": " + new string('[', 63) + new string(']', 63) + ",");

        var issue = Payload.SingleIssue(Payload.ValidateText(text, new ValidationOptions { MaxDepth = 64 }));

        Assert.Equal((IssueIds.UnknownProperty, "/deep"), (issue.RuleId, issue.Pointer));
    }

    [Fact]
    public void LimitBelowTheTemplateDepthRejectsAValidPayload()
    {
        // The templates need 6 levels (root → applications → outcomes → notDisclosed → row → cell value).
        var result = Payload.Validate(Payload.Fixture(Payload.CleanFixture), new ValidationOptions { MaxDepth = 4 });

        Assert.Contains(result.Issues, i => i.RuleId == IssueIds.JsonDepth && i.Expected == "at most 4 levels");
        Assert.Null(result.Report);
    }
}
