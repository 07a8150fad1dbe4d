using System;
using System.Text;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>Payloads that are not well-formed JSON yield one <c>json.syntax</c> error at the whole payload, located by
/// line and byte, and no typed report.</summary>
public sealed class MalformedJsonTests
{
    [Fact]
    public void TruncatedPayloadIsASyntaxErrorAtTheEndOfTheData()
    {
        var text = Payload.Text(Payload.Fixture(Payload.CleanFixture));
        // Cut inside table 三, right after a value: the reader runs out of data where the cut is.
        var cut = text.IndexOf("\"researchInstitutions\": 0", StringComparison.Ordinal) + "\"researchInstitutions\": 0".Length;
        var truncated = text[..cut];

        var issue = Payload.SingleIssue(Payload.ValidateText(truncated));

        AssertSyntaxError(issue, Location.Of(truncated, truncated.Length));
    }

    [Fact]
    public void TrailingCommaIsASyntaxErrorAtTheClosingBrace()
    {
        var text = Payload.Text(Payload.Fixture(Payload.CleanFixture));
        const string lastCell = "\"decisionsThisYear\": 0";
        var at = text.IndexOf(lastCell, StringComparison.Ordinal) + lastCell.Length;
        var withComma = text.Insert(at, ",");

        var issue = Payload.SingleIssue(Payload.ValidateText(withComma));

        // The comma itself is legal until the '}' shows that no member follows it.
        AssertSyntaxError(issue, Location.Of(withComma, withComma.IndexOf('}', at)));
    }

    [Fact]
    public void GarbageAfterTheRootIsASyntaxErrorWhereTheGarbageStarts()
    {
        var text = Payload.Text(Payload.Fixture(Payload.CleanFixture)) + "\n  garbage";

        var result = Payload.ValidateText(text);

        var issue = Payload.SingleIssue(result);
        AssertSyntaxError(issue, Location.Of(text, text.IndexOf("garbage", StringComparison.Ordinal)));
        Assert.Equal(TemplateVersion.V2021, result.TemplateVersion);
    }

    [Fact]
    public void GarbageAfterARootWithoutVersionIsStillASyntaxError()
    {
        // Regression: the version sniffer read the whole root object, found no templateVersion and reported only that.
        const string text = "{\"agencyName\": \"某局\"} x";

        var issue = Payload.SingleIssue(Payload.ValidateText(text));

        AssertSyntaxError(issue, Location.Of(text, text.IndexOf('x', StringComparison.Ordinal)));
    }

    [Fact]
    public void MalformedPayloadWithAnUnknownVersionIsASyntaxError()
    {
        // Regression: the sniffer stopped at the unknown version and never saw the unterminated array after it.
        const string text = "{\"templateVersion\": \"2020\", \"overview\": [1, }";

        var issue = Payload.SingleIssue(Payload.ValidateText(text));

        AssertSyntaxError(issue, Location.Of(text, text.IndexOf('}', StringComparison.Ordinal)));
    }

    [Fact]
    public void TruncatedArrayRootIsASyntaxErrorNotAWrongType()
    {
        // Regression: a root that starts as an array was reported as "must be an object" without reading further.
        const string text = "[1, [2";

        var issue = Payload.SingleIssue(Payload.ValidateText(text));

        AssertSyntaxError(issue, Location.Of(text, text.Length));
    }

    [Fact]
    public void SyntaxErrorPositionsCountBytesNotCharacters()
    {
        // 某局 is six UTF-8 bytes: the position of the stray ']' is in bytes.
        const string text = "{\"templateVersion\": \"2021\", \"agencyName\": \"某局\"]";

        var issue = Payload.SingleIssue(Payload.Validate(Encoding.UTF8.GetBytes(text)));

        AssertSyntaxError(issue, new Location(1, Encoding.UTF8.GetByteCount(text) - 1));
    }

    private static void AssertSyntaxError(ValidationIssue issue, Location expected)
    {
        Assert.Equal(IssueIds.JsonSyntax, issue.RuleId);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(string.Empty, issue.Pointer);
        Assert.Equal("well-formed JSON", issue.Expected);
        Assert.Equal(expected, new Location(issue.Line!.Value, issue.BytePositionInLine!.Value));
        Assert.Contains($"line {expected.Line}, byte {expected.BytePositionInLine}", issue.MessageEn, StringComparison.Ordinal);
        Assert.Contains($"第 {expected.Line} 行，第 {expected.BytePositionInLine} 字节", issue.MessageZh, StringComparison.Ordinal);
        Assert.Null(issue.Keyword);
    }
}
