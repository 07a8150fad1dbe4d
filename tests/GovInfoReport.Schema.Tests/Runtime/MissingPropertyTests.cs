using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>A missing required member — a cell, a row, a whole table — yields one <c>structure.required</c> error at
/// the pointer where it should be; rules that need it are skipped, and nothing is reported inside it.</summary>
public sealed class MissingPropertyTests
{
    [Theory]
    [InlineData(Payload.CleanFixture, "/applications/carriedOverToNextYear/legalServiceProviders", "legalServiceProviders", "法律服务机构")]
    [InlineData(Payload.CleanFixture, "/activeDisclosure/fees/administrativeFees/amountInTenThousandYuan", "amountInTenThousandYuan", "本年收费金额（单位：万元）")]
    [InlineData(Payload.CleanFixture, "/applications/outcomes/otherHandling/other", "other", "3.其他")]
    [InlineData(Payload.CleanFixture, "/reviewAndLitigation", "reviewAndLitigation", "四、政府信息公开行政复议、行政诉讼情况")]
    [InlineData(Payload.CleanFixture, "/agencyName", "agencyName", "机关名称")]
    [InlineData("seed-001.json", "/activeDisclosure/procurement/centralizedProcurement/totalAmount/unit", "unit", null)]
    [InlineData("seed-001.json", "/applications", "applications", "三、收到和处理政府信息公开申请情况")]
    public void MissingMemberIsOneRequiredError(string fixture, string pointer, string name, string? label)
    {
        var result = Payload.Validate(Payload.Without(fixture, pointer));

        // seed-001 also carries its R11 warning; only errors are structural here.
        var issue = Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(IssueIds.Required, issue.RuleId);
        Assert.Equal(pointer, issue.Pointer);
        Assert.Equal("required", issue.Keyword);
        Assert.Equal(name, issue.Expected);
        Assert.Null(issue.Actual);
        Assert.Contains(pointer, issue.MessageEn, System.StringComparison.Ordinal);
        if (label is not null)
        {
            Assert.Contains($"缺少必填项“{label}”", issue.MessageZh, System.StringComparison.Ordinal);
        }

        Assert.Equal(1, result.Validation.ErrorCount);
        Assert.Null(result.Report);
    }

    [Fact]
    public void MissingOptionalMemberIsNoIssue()
    {
        var result = Payload.Validate(Payload.Without(Payload.CleanFixture, "/overview"));

        Assert.Same(ValidationResult.Clean, result.Validation);
        Assert.NotNull(result.Report);
    }

    [Fact]
    public void EveryMissingMemberOfAnObjectIsReported()
    {
        var result = Payload.Validate(Payload.With(Payload.CleanFixture, "/reviewAndLitigation/administrativeReview", new System.Text.Json.Nodes.JsonObject()));

        Assert.Equal(
            "upheld,corrected,otherOutcomes,pending,total",
            string.Join(",", System.Linq.Enumerable.Select(result.Issues, i => i.Expected)));
        Assert.All(result.Issues, i => Assert.Equal(IssueIds.Required, i.RuleId));
        Assert.All(result.Issues, i => Assert.Equal("/reviewAndLitigation/administrativeReview/" + i.Expected, i.Pointer));
    }
}
