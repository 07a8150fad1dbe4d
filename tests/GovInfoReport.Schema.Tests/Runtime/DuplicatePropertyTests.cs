using System;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>A member name repeated in one object yields one <c>structure.duplicate-property</c> error at the
/// repeated member; the first occurrence is the one read.</summary>
public sealed class DuplicatePropertyTests
{
    [Theory]
    [InlineData("\"reportYear\": 2022,", "/reportYear")]
    [InlineData("\"decisionsThisYear\": 0", "/activeDisclosure/licensing/administrativeLicensing/decisionsThisYear")]
    [InlineData("\"templateVersion\": \"2021\",", "/templateVersion")]
    public void RepeatedMemberIsOneDuplicateError(string member, string pointer)
    {
        var text = Payload.Text(Payload.Fixture(Payload.CleanFixture));
        var at = text.IndexOf(member, StringComparison.Ordinal);
        // Repeat the member with another value right after the first occurrence.
        var repeated = member.TrimEnd(',').Replace("2022", "1999", StringComparison.Ordinal).Replace(": 0", ": 5", StringComparison.Ordinal).Replace("\"2021\"", "\"2019\"", StringComparison.Ordinal);
        var duplicated = member.EndsWith(',') ? text.Insert(at + member.Length, " " + repeated + ",") : text.Insert(at + member.Length, ", " + repeated);

        var result = Payload.ValidateText(duplicated);

        var issue = Payload.SingleIssue(result);
        Assert.Equal(IssueIds.DuplicateProperty, issue.RuleId);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(pointer, issue.Pointer);
        Assert.Equal(pointer[(pointer.LastIndexOf('/') + 1)..], issue.Actual);
        Assert.Contains("appears more than once", issue.MessageEn, StringComparison.Ordinal);
        Assert.Equal(TemplateVersion.V2021, result.TemplateVersion);
    }
}
