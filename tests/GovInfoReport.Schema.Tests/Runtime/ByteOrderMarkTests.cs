using System;
using System.IO;
using System.Threading.Tasks;
using GovInfoReport.Schema.Templates.V2021;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>
/// A UTF-8 byte order mark (what Notepad and many Windows tools write) is skipped by every entry point. Issue 11: it
/// was a <c>json.syntax</c> error "'0xEF' is an invalid start of a value" whose Chinese message carried the
/// English text and a 0-based "LineNumber: 0".
/// </summary>
public sealed class ByteOrderMarkTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static byte[] WithBom(string fixture) => [.. Bom, .. Payload.Bytes(Payload.Fixture(fixture))];

    [Fact]
    public void BytesWithABomValidateLikeBytesWithout()
    {
        var bytes = WithBom(Payload.CleanFixture);

        var result = Payload.Validate(bytes);

        Assert.True(result.IsValid, Payload.Describe(result));
        Assert.Equal(TemplateVersion.V2021, result.TemplateVersion);
        Assert.Equal("河北省机关事务管理局", result.Report2021!.AgencyName);
    }

    [Fact]
    public void RuleIssuesOfAPayloadWithABomAreTheSameAsWithout()
    {
        var with = Payload.Validate(WithBom("seed-002.json"));
        var without = Payload.Validate(Payload.Bytes(Payload.Fixture("seed-002.json")));

        Assert.Equal(without.Issues, with.Issues);
    }

    [Fact]
    public void GeneratedValidatorReadsStringsAfterTheBomAtTheirPlace()
    {
        var bytes = WithBom(Payload.CleanFixture);

        var result = Report2021Validator.Validate(bytes, out var report);

        Assert.True(result.IsValid);
        Assert.Equal("河北省机关事务管理局", report!.AgencyName);
        Assert.Equal("2021", report.TemplateVersion);
    }

    [Fact]
    public void TextStartingWithAByteOrderMarkCharacterIsValid()
    {
        var result = Payload.ValidateText("\uFEFF" + Payload.Text(Payload.Fixture(Payload.CleanFixture)));

        Assert.True(result.IsValid, Payload.Describe(result));
    }

    [Fact]
    public async Task StreamsWithABomAreValidSyncAndAsync()
    {
        var bytes = WithBom(Payload.CleanFixture);

        Assert.True(ReportValidator.Validate(new MemoryStream(bytes)).IsValid);
        Assert.True((await ReportValidator.ValidateAsync(new MemoryStream(bytes))).IsValid);
    }

    [Fact]
    public void ABomAloneIsAnEmptyPayload()
    {
        var issue = Payload.SingleIssue(Payload.Validate(Bom));

        Assert.Equal(IssueIds.JsonEmpty, issue.RuleId);
    }

    [Fact]
    public void SyntaxMessagesAreChineseInChineseAndOneBased()
    {
        // Two BOMs: the second is U+FEFF inside the text, which the reader reports in English with a 0-based line number.
        var issue = Payload.SingleIssue(Payload.Validate([.. Bom, .. Bom, (byte)'{', (byte)'}']));

        Assert.Equal(IssueIds.JsonSyntax, issue.RuleId);
        Assert.Equal(1, issue.Line);
        Assert.DoesNotContain("LineNumber", issue.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", issue.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain("invalid", issue.MessageZh, StringComparison.Ordinal);
        Assert.Contains("第 1 行", issue.MessageZh, StringComparison.Ordinal);
        Assert.Contains("不能作为 JSON 值的开头", issue.MessageZh, StringComparison.Ordinal);
        Assert.Contains("line 1", issue.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"a\": ]", "不能作为 JSON 值的开头")]
    [InlineData("{\"a\": true", "不完整")]
    [InlineData("{\"a\": 1", "数字格式无效")]
    [InlineData("{\"a\": 1} x", "多余内容")]
    [InlineData("{\"a\" 1}", "冒号")]
    [InlineData("{a: 1}", "双引号")]
    [InlineData("{\"a\": tru}", "字面量")]
    public void EveryCommonSyntaxErrorHasAChineseExplanation(string json, string expected)
    {
        var issue = Payload.SingleIssue(Payload.ValidateText(json));

        Assert.Equal(IssueIds.JsonSyntax, issue.RuleId);
        Assert.True(issue.MessageZh.Contains(expected, StringComparison.Ordinal), issue.MessageZh + " / " + issue.MessageEn);
        Assert.DoesNotContain(" is ", issue.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("Expected", issue.MessageZh, StringComparison.Ordinal);
    }
}
