using System.Text;
using System.Text.Json.Nodes;
using GovInfoReport.Schema.Tests.Support;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>R5 claims structural failures of counts; its messages read naturally in both languages.</summary>
public sealed class StructuralRuleMessageTests
{
    [Theory]
    [InlineData("-1", "自然人：应为≥ 0，实为 -1。", "Natural persons: expected ≥ 0, found -1.")]
    [InlineData("\"7\"", "自然人：应为32 位整数，实为 字符串。", "Natural persons: expected a 32-bit integer, found a string.")]
    [InlineData("1.5", "自然人：应为32 位整数，实为 1.5。", "Natural persons: expected a 32-bit integer, found 1.5.")]
    public void R5MessagesAreWrittenInTheirOwnLanguage(string value, string chinese, string english)
    {
        var payload = TestData.LoadFixture("seed-004.json");
        payload["applications"]!["newApplications"]!["naturalPersons"] = JsonNode.Parse(value);

        var issue = Assert.Single(ReportValidator.Validate(Encoding.UTF8.GetBytes(payload.ToJsonString())).Issues, i => i.RuleId == "R5");

        Assert.Equal(chinese, issue.MessageZh);
        Assert.Equal(english, issue.MessageEn);
    }
}
