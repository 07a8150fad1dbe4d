using System.Text.Json.Nodes;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>A count with a fractional part is not an integer: R5 claims the <c>type</c> failure and reports the
/// number as written.</summary>
public sealed class FractionalCountTests
{
    [Theory]
    [InlineData("1.5")]
    [InlineData("0.001")]
    [InlineData("-0.5")]
    [InlineData("2.5e0")]
    public void FractionalCountIsR5Type(string number)
    {
        const string pointer = "/applications/outcomes/disclosed/naturalPersons";
        var result = Payload.Validate(Payload.With(Payload.CleanFixture, pointer, JsonNode.Parse(number)));

        var issue = Payload.SingleIssue(result);
        Assert.Equal("R5", issue.RuleId);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(pointer, issue.Pointer);
        Assert.Equal("type", issue.Keyword);
        Assert.Equal("a 32-bit integer", issue.Expected);
        Assert.Equal(number, issue.Actual);
    }

    [Fact]
    public void FractionalMoneyAmountIsValid()
    {
        var result = Payload.Validate(Payload.With(Payload.CleanFixture, "/activeDisclosure/fees/administrativeFees/amountInTenThousandYuan", JsonNode.Parse("0.125")));

        Assert.Same(ValidationResult.Clean, result.Validation);
    }
}
