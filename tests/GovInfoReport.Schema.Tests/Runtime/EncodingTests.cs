using System;
using System.Text;
using GovInfoReport.Schema.Tests.Support;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>Text that is not valid Unicode — invalid UTF-8 bytes, a lone surrogate in a .NET string, an escaped lone
/// surrogate — yields one <c>json.encoding</c> error at the whole payload, never an exception.</summary>
public sealed class EncodingTests
{
    [Fact]
    public void InvalidUtf8InAStringValueIsAnEncodingErrorAtItsByte()
    {
        var bytes = Payload.Bytes(Payload.Fixture(Payload.CleanFixture));
        var offset = IndexOf(bytes, "河北省机关事务管理局") + 3; // the first byte of 北
        bytes[offset] = 0xFF;

        var issue = Payload.SingleIssue(Payload.Validate(bytes));

        AssertEncodingError(issue, offset, "UTF-8", "invalid byte sequence");
    }

    [Fact]
    public void InvalidUtf8InAPropertyNameIsAnEncodingErrorAtItsByte()
    {
        var bytes = Payload.Bytes(Payload.Fixture(Payload.CleanFixture));
        var offset = IndexOf(bytes, "\"agencyName\"") + 1;
        bytes[offset] = 0xC3; // a lead byte followed by 'g', not a continuation byte

        var issue = Payload.SingleIssue(Payload.Validate(bytes));

        AssertEncodingError(issue, offset, "UTF-8", "invalid byte sequence");
    }

    [Fact]
    public void InvalidUtf8BeforeTheVersionIsStillFound()
    {
        // The version sniffer cannot read the payload; the encoding check must still locate the bad byte.
        var bytes = Encoding.UTF8.GetBytes("{\"agencyName\": \"xx\", \"templateVersion\": \"2021\"}");
        bytes[16] = 0x80; // a continuation byte without a lead byte

        var issue = Payload.SingleIssue(Payload.Validate(bytes));

        AssertEncodingError(issue, 16, "UTF-8", "invalid byte sequence");
    }

    [Fact]
    public void LoneSurrogateInTheStringOverloadIsAnEncodingError()
    {
        var text = Payload.Text(Payload.Fixture(Payload.CleanFixture)).Replace("河北省", "\uD800北省", StringComparison.Ordinal);

        var result = Payload.ValidateText(text);

        var issue = Payload.SingleIssue(result);
        Assert.Equal(IssueIds.JsonEncoding, issue.RuleId);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(string.Empty, issue.Pointer);
        Assert.Equal("a lone surrogate", issue.Actual);
        Assert.Null(result.TemplateVersion);
    }

    [Theory]
    [InlineData("/agencyName", "\\uD800", false)]            // a constrained string (minLength): decoded to check it
    [InlineData("/overview", "\\uDC00 text", false)]         // an unconstrained string: decoded only to build the report
    [InlineData("/templateVersion", "\\uD83D2021", false)]   // the version itself
    [InlineData("/remarks", "\\uDBFF", true)]                // a property name: decoded to match it
    [InlineData("/applications/outcomes/remarks", "x\\udfff", true)]
    public void EscapedLoneSurrogateIsAnEncodingErrorNotAnException(string pointer, string escaped, bool inName)
    {
        // Regression: \uD800 is well-formed JSON, but decoding it throws InvalidOperationException, which escaped the
        // validator (from property-name matching, string checks and report building).
        const string placeholder = "@@placeholder@@";
        var payload = Payload.Fixture(Payload.CleanFixture);
        JsonPointer.Set(payload, inName ? pointer[..pointer.LastIndexOf('/')] + "/" + placeholder : pointer, placeholder);
        var text = Payload.Text(payload);
        var stringStart = Encoding.UTF8.GetByteCount(text.AsSpan(0, text.IndexOf('"' + placeholder, StringComparison.Ordinal)));
        text = inName
            ? text.Replace('"' + placeholder + "\": \"" + placeholder, '"' + escaped + "\": \"x", StringComparison.Ordinal)
            : text.Replace(placeholder, escaped, StringComparison.Ordinal);

        var issue = Payload.SingleIssue(Payload.ValidateText(text));

        AssertEncodingError(issue, stringStart, "UTF-16 text", "a lone surrogate");
        Assert.Contains("lone surrogate", issue.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void EscapedSurrogatePairsAreValidText()
    {
        // The lone-surrogate check must not flag a proper pair, escaped (😀 as \uD83D\uDE00) or not.
        var text = Payload.Text(Payload.Fixture(Payload.CleanFixture))
            .Replace("河北省机关事务管理局", "河北省机关事务管理局\\uD83D\\uDE00😀\\\\uD800", StringComparison.Ordinal);

        var result = Payload.ValidateText(text);

        Assert.True(result.IsValid, Payload.Describe(result));
        var report = Assert.IsType<GovInfoReport.Schema.Templates.V2021.Report2021>(result.Report);
        Assert.Equal("河北省机关事务管理局😀😀\\uD800", report.AgencyName);
    }

    private static void AssertEncodingError(ValidationIssue issue, long offset, string expected, string actual)
    {
        Assert.Equal(IssueIds.JsonEncoding, issue.RuleId);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(string.Empty, issue.Pointer);
        Assert.Equal(expected, issue.Expected);
        Assert.Equal(actual, issue.Actual);
        Assert.Null(issue.Line);
        Assert.Equal(offset, issue.BytePositionInLine);
        Assert.Contains($"at byte {offset}", issue.MessageEn, StringComparison.Ordinal);
        Assert.Contains($"第 {offset} 字节", issue.MessageZh, StringComparison.Ordinal);
    }

    private static int IndexOf(byte[] bytes, string text)
    {
        var index = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text));
        Assert.True(index >= 0, $"'{text}' is not in the payload");
        return index;
    }
}
