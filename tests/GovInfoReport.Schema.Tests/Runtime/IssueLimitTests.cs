using System.Linq;
using GovInfoReport.Schema.Tests.Support;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>With more problems than <see cref="ValidationOptions.MaxIssues"/>, the list stops at the limit and ends
/// with one <c>limits.truncated</c> error; the result says it is truncated.</summary>
public sealed class IssueLimitTests
{
    [Fact]
    public void ManyErrorsAreCutAtTheLimit()
    {
        var payload = Payload.Fixture(Payload.CleanFixture);
        var counts = SchemaWalker.AllNodes(payload).Where(n => n.Pointer.StartsWith("/applications/", System.StringComparison.Ordinal) && n.Node is System.Text.Json.Nodes.JsonValue).Select(n => n.Pointer).ToList();
        Assert.True(counts.Count > 100);
        foreach (var pointer in counts)
        {
            JsonPointer.Set(payload, pointer, -1);
        }

        var full = Payload.Validate(payload);
        var cut = Payload.Validate(payload, new ValidationOptions { MaxIssues = 5 });

        Assert.Equal(counts.Count, full.Issues.Count);
        Assert.False(full.Validation.IsTruncated);
        Assert.Equal(6, cut.Issues.Count);
        Assert.Equal(full.Issues.Take(5), cut.Issues.Take(5));
        Assert.All(cut.Issues.Take(5), i => Assert.Equal(("R5", "minimum"), (i.RuleId, i.Keyword)));
        var marker = cut.Issues[^1];
        Assert.Equal(IssueIds.Truncated, marker.RuleId);
        Assert.Equal(IssueSeverity.Error, marker.Severity);
        Assert.Equal(string.Empty, marker.Pointer);
        Assert.Equal("More than 5 issues were found; the rest are not listed.", marker.MessageEn);
        Assert.True(cut.Validation.IsTruncated);
        Assert.Equal(6, cut.Validation.ErrorCount);
        Assert.False(cut.IsValid);
    }

    [Fact]
    public void ExactlyTheLimitIsNotTruncated()
    {
        var payload = Payload.Fixture(Payload.CleanFixture);
        foreach (var pointer in new[] { "/applications/newApplications/total", "/applications/outcomes/total/total" })
        {
            JsonPointer.Set(payload, pointer, -1);
        }

        var result = Payload.Validate(payload, new ValidationOptions { MaxIssues = 2 });

        Assert.Equal(2, result.Issues.Count);
        Assert.False(result.Validation.IsTruncated);
    }
}
