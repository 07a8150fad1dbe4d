using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>A well-formed payload whose root is not an object yields one <c>structure.type</c> error at the root.</summary>
public sealed class NonObjectRootTests
{
    [Theory]
    [InlineData("[]")]
    [InlineData("[{\"templateVersion\": \"2021\"}]")]
    [InlineData("2021")]
    [InlineData("-1.5e3")]
    [InlineData("\"2021\"")]
    [InlineData("true")]
    [InlineData("null")]
    public void RootThatIsNotAnObjectIsAWrongType(string text)
    {
        var result = Payload.ValidateText(text);

        var issue = Payload.SingleIssue(result);
        Assert.Equal(IssueIds.Type, issue.RuleId);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(string.Empty, issue.Pointer);
        Assert.Equal("type", issue.Keyword);
        Assert.Equal("an object", issue.Expected);
        Assert.Null(issue.Line);
        Assert.Null(result.TemplateVersion);
    }
}
