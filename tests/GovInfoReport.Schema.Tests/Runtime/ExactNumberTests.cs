using System;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>
/// Numbers are taken as printed or refused, never silently changed. Issue 11: <c>0.0000000000000000000000000000000000001</c>
/// and <c>1e-400</c> passed as integer counts (read as 0), <c>1016.7200000000000000000000000001</c> passed as an
/// amount and was rounded, <c>-1e-400</c> passed <c>minimum: 0</c>.
/// </summary>
public sealed class ExactNumberTests
{
    private const string Count = "/applications/newApplications/naturalPersons";
    private const string Amount = "/activeDisclosure/fees/administrativeFees/amountInTenThousandYuan";

    [Theory]
    [InlineData("0.0000000000000000000000000000000000001")]
    [InlineData("1e-400")]
    [InlineData("-1e-400")]
    [InlineData("3.0000000000000000000000000000001")]
    [InlineData("1.5e0")]
    public void ACountThatIsNotAnExactIntegerIsRefusedWithWhatWasPrinted(string printed)
    {
        var result = Payload.ValidateText(WithRaw(Count, printed));

        var issue = Assert.Single(result.Issues, i => i.Pointer == Count);
        Assert.False(result.IsValid);
        Assert.Null(result.Report);
        Assert.Equal(printed, issue.Actual);
        Assert.Contains(printed, issue.MessageZh, StringComparison.Ordinal);
        Assert.Contains(printed, issue.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7.000000000000000000000000000000000000000")]
    [InlineData("0.07e2")]
    [InlineData("700000000000000000000000000000000000e-35")]
    public void ACountPrintedAsAnExactIntegerInAnotherFormIsAccepted(string printed)
    {
        var result = Payload.ValidateText(WithRaw(Count, printed));

        Assert.DoesNotContain(result.Issues, i => i.Pointer == Count);
    }

    [Fact]
    public void AnAmountADecimalCannotHoldExactlyIsAnIssueNotARoundedValue()
    {
        const string printed = "1016.7200000000000000000000000001";

        var result = Payload.ValidateText(WithRaw(Amount, printed));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(Amount, issue.Pointer);
        Assert.Null(result.Report);
        Assert.True(issue.RuleId is IssueIds.Type or "R5", issue.ToString());
        Assert.Contains(printed, issue.Actual, StringComparison.Ordinal);
        Assert.Contains(printed, issue.MessageZh, StringComparison.Ordinal);
        Assert.True(issue.MessageZh.Contains("精确", StringComparison.Ordinal), issue.MessageZh);
        Assert.Contains(printed, issue.MessageEn, StringComparison.Ordinal);
        Assert.True(issue.MessageEn.Contains("exact", StringComparison.Ordinal), issue.MessageEn);
    }

    [Fact]
    public void ATinyNegativeAmountKeepsItsSignAndFailsTheMinimum()
    {
        var result = Payload.ValidateText(WithRaw(Amount, "-1e-400"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(Amount, issue.Pointer);
        Assert.Equal("-1e-400", issue.Actual);
        Assert.Contains("-1e-400", issue.MessageZh, StringComparison.Ordinal);
        Assert.Contains("-1e-400", issue.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1016.72000000000000000000000000000000", 1016.72)]
    [InlineData("101672e-2", 1016.72)]
    [InlineData("0.1016720000000000000000000000e4", 1016.72)]
    public void AnAmountPrintedWithExtraZerosOrAnExponentIsExact(string printed, double expected)
    {
        var result = Payload.ValidateText(WithRaw(Amount, printed));

        Assert.True(result.IsValid, Payload.Describe(result));
        Assert.Equal((decimal)expected, result.Report2021!.ActiveDisclosure.Fees.AdministrativeFees.AmountInTenThousandYuan);
    }

    /// <summary>The clean fixture with one number replaced by raw text (a JsonNode would normalise it).</summary>
    private static string WithRaw(string pointer, string printed)
    {
        const string marker = "987654321.125";
        var text = Payload.Text(Payload.With(Payload.CleanFixture, pointer, decimal.Parse(marker, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(marker, text, StringComparison.Ordinal);
        return text.Replace(marker, printed, StringComparison.Ordinal);
    }
}
