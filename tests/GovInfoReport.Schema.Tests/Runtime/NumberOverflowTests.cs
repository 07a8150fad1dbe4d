using System.Text.Json.Nodes;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>A number too large for its cell — past Int32 for the <c>format: int32</c> counts, past
/// <see cref="decimal"/> for the <c>format: decimal</c> amounts — is an R5 <c>type</c> error quoting the number as
/// written, never an exception or a silently wrapped value.</summary>
public sealed class NumberOverflowTests
{
    private const string Count = "/reviewAndLitigation/administrativeLitigation/withoutPriorReview/pending";

    [Theory]
    [InlineData("1e40")]
    [InlineData("99999999999")]
    [InlineData("2147483648")]                            // int.MaxValue + 1
    [InlineData("-99999999999")]
    [InlineData("123456789012345678901234567890")]        // past Int64 and within decimal
    [InlineData("1e400")]                                 // past double
    public void CountPastInt32IsR5Type(string number)
    {
        var issue = Payload.SingleIssue(Payload.Validate(Payload.With(Payload.CleanFixture, Count, JsonNode.Parse(number))));

        Assert.Equal(("R5", Count, "type", "a 32-bit integer", number), (issue.RuleId, issue.Pointer, issue.Keyword, issue.Expected, issue.Actual));
    }

    [Fact]
    public void LargestInt32CountIsValid()
    {
        var result = Payload.Validate(Payload.With(Payload.CleanFixture, Count, JsonNode.Parse("2147483647")));

        // The count breaks R4 (总计 no longer adds up) but the structure is fine.
        Assert.False(Payload.HasStructuralIssue(result), Payload.Describe(result));
        Assert.NotNull(result.Report);
    }

    [Theory]
    [InlineData("1e29")]
    [InlineData("1e400")]
    public void AmountPastDecimalIsR5Type(string number)
    {
        const string pointer = "/activeDisclosure/fees/administrativeFees/amountInTenThousandYuan";
        var issue = Payload.SingleIssue(Payload.Validate(Payload.With(Payload.CleanFixture, pointer, JsonNode.Parse(number))));

        Assert.Equal(("R5", pointer, "type", "a number", number), (issue.RuleId, issue.Pointer, issue.Keyword, issue.Expected, issue.Actual));
    }
}
