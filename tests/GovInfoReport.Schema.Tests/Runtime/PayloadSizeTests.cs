using System.IO;
using System.Text;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>A payload larger than <see cref="ValidationOptions.MaxPayloadBytes"/> yields one <c>json.size</c> error
/// before anything is parsed, through every overload.</summary>
public sealed class PayloadSizeTests
{
    private static readonly ValidationOptions Small = new() { MaxPayloadBytes = 1000 };

    [Fact]
    public void OversizedBytesAreOneSizeError()
    {
        var bytes = Payload.Bytes(Payload.Fixture(Payload.CleanFixture));

        var issue = AssertSizeError(Payload.Validate(bytes, Small));

        Assert.Equal(bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), issue.Actual);
        Assert.Equal($"The payload has {bytes.Length} bytes, more than the limit of 1000.", issue.MessageEn);
    }

    [Fact]
    public void OversizedTextAndStreamAreOneSizeError()
    {
        var text = Payload.Text(Payload.Fixture(Payload.CleanFixture));

        // The text overload reports the payload's real UTF-8 size, as the bytes overload does.
        var issue = AssertSizeError(Payload.ValidateText(text, Small));
        Assert.Equal(Encoding.UTF8.GetByteCount(text).ToString(System.Globalization.CultureInfo.InvariantCulture), issue.Actual);
        AssertSizeError(Payload.Run(() => ReportValidator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(text)), Small)));
    }

    [Fact]
    public void TextOfAllowedLengthButTooManyBytesIsOneSizeError()
    {
        // 400 CJK characters are 1,200 UTF-8 bytes: the limit is on bytes.
        var text = "{\"templateVersion\": \"2021\", \"agencyName\": \"" + new string('局', 400) + "\"}";
        Assert.True(text.Length < 1000);

        AssertSizeError(Payload.ValidateText(text, Small));
    }

    [Fact]
    public void PayloadOfExactlyTheLimitIsRead()
    {
        var bytes = Payload.Bytes(Payload.Fixture(Payload.CleanFixture));

        var result = Payload.Validate(bytes, new ValidationOptions { MaxPayloadBytes = bytes.Length });

        Assert.Same(ValidationResult.Clean, result.Validation);
    }

    private static ValidationIssue AssertSizeError(ReportValidationResult result)
    {
        var issue = Payload.SingleIssue(result);
        Assert.Equal(IssueIds.JsonSize, issue.RuleId);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(string.Empty, issue.Pointer);
        Assert.Equal("1000", issue.Expected);
        Assert.Null(result.TemplateVersion);
        return issue;
    }
}
