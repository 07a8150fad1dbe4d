using System.Text.Json.Nodes;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>A member the template does not define (every object is closed) yields one
/// <c>structure.unknown-property</c> error at its RFC 6901 pointer, whatever its value holds.</summary>
public sealed class UnknownPropertyTests
{
    [Theory]
    [InlineData("/remarks", "remarks")]
    [InlineData("/applications/outcomes/total/grandTotal", "grandTotal")]
    [InlineData("/reviewAndLitigation/administrativeLitigation/afterReview/Total", "Total")] // names are case-sensitive
    [InlineData("/activeDisclosure/procurement", "procurement")]                            // a 2019 table in a 2021 payload
    [InlineData("/applications/备注", "备注")]
    [InlineData("/a~1b~0c", "a/b~c")]                                                        // escaped per RFC 6901
    public void UnknownMemberIsOneErrorAtItsPointer(string pointer, string name)
    {
        var payload = Payload.Fixture(Payload.CleanFixture);
        var parent = pointer[..pointer.LastIndexOf('/')];
        var container = parent.Length == 0 ? payload : Support.JsonPointer.Get(payload, parent).AsObject();
        container[name] = new JsonObject { ["nested"] = new JsonArray(1, "two", null) };

        var result = Payload.Validate(payload);

        var issue = Payload.SingleIssue(result);
        Assert.Equal(IssueIds.UnknownProperty, issue.RuleId);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(pointer, issue.Pointer);
        Assert.Equal("additionalProperties", issue.Keyword);
        Assert.Equal(name, issue.Actual);
        Assert.Contains($"模板中没有属性“{name}”", issue.MessageZh, System.StringComparison.Ordinal);
    }
}
