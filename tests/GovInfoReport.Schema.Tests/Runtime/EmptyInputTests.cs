using System;
using System.Text;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>A payload without any JSON token — nothing at all, or only white space — yields one <c>json.empty</c>
/// error, not a syntax error.</summary>
public sealed class EmptyInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" \t\r\n \n")]
    public void PayloadWithoutATokenIsEmpty(string text)
    {
        // Regression: Utf8JsonReader throws on such input instead of returning false, so json.empty was never raised.
        foreach (var result in new[]
        {
            Payload.Validate(Encoding.UTF8.GetBytes(text)),
            Payload.ValidateText(text),
        })
        {
            var issue = Payload.SingleIssue(result);
            Assert.Equal(IssueIds.JsonEmpty, issue.RuleId);
            Assert.Equal(IssueSeverity.Error, issue.Severity);
            Assert.Equal(string.Empty, issue.Pointer);
            Assert.Equal("a JSON object", issue.Expected);
            Assert.Equal("nothing", issue.Actual);
            Assert.Null(issue.Line);
            Assert.Null(result.TemplateVersion);
        }
    }

    [Fact]
    public void EmptyStreamIsEmpty()
    {
        var result = Payload.Run(() => ReportValidator.Validate(new System.IO.MemoryStream(Array.Empty<byte>())));

        Assert.Equal(IssueIds.JsonEmpty, Payload.SingleIssue(result).RuleId);
    }

    [Theory]
    [InlineData("\u3000")]   // ideographic space: white space in Unicode, not in JSON
    [InlineData("\u00A0")]   // no-break space
    public void NonJsonWhiteSpaceIsASyntaxErrorNotEmpty(string text)
    {
        var issue = Payload.SingleIssue(Payload.ValidateText(text));

        Assert.Equal(IssueIds.JsonSyntax, issue.RuleId);
        Assert.Equal(1, issue.Line);
        Assert.Equal(0, issue.BytePositionInLine);
    }
}
