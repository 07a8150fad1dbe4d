using System;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>
/// The error path of a rule (issue 14): a failed rule records its id, pointer and values; its two messages are
/// formatted when a caller first reads them, once, and the issue equals one built with the same texts.
/// </summary>
public sealed class LazyRuleMessageTests
{
    [Fact]
    public void ARuleFailureFormatsNothingUntilItsMessagesAreRead()
    {
        // Defect: generated checks concatenated the Chinese and English messages of every failure as it was found,
        // so a verdict-only caller paid for text it never read (2021-invalid was the one payload under 10× NJsonSchema).
        var calls = 0;
        var result = Fail((failure, english) =>
        {
            calls++;
            return english
                ? failure.Label(true) + " / " + failure.Cell(true) + ": " + failure.Actual + " vs " + failure.Expected + " (" + failure.Difference + ") #" + failure.Variant
                : failure.Label(false) + "：" + failure.Cell(false) + " " + failure.Actual;
        });

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("R9", IssueSeverity.Warning, "/table/total", "5", "7"), (issue.RuleId, issue.Severity, issue.Pointer, issue.Expected, issue.Actual));
        Assert.True(result.IsValid); // a warning only
        Assert.Equal(0, calls);

        Assert.Equal("表：合计 7", issue.MessageZh);
        Assert.Equal(1, calls);
        Assert.Equal("Table / Total: 7 vs 5 (2) #3", issue.MessageEn);
        Assert.Equal(2, calls);

        // Formatted once: later reads (ToString, equality, JSON output) reuse the text.
        _ = issue.MessageZh + issue.MessageEn + issue.ToString();
        Assert.Equal(2, calls);
    }

    [Fact]
    public void ALazyIssueEqualsItsEagerTwin()
    {
        var lazy = Assert.Single(Fail((failure, english) => english ? "en " + failure.Actual : "zh " + failure.Actual).Issues);
        var eager = new ValidationIssue("R9", IssueSeverity.Warning, "/table/total", "5", "7", "zh 7", "en 7");

        Assert.Equal(eager, lazy);
        Assert.Equal(lazy, eager);
        Assert.Equal(eager.GetHashCode(), lazy.GetHashCode());
        Assert.NotEqual(eager with { MessageEn = "other" }, lazy);
        Assert.Equal("en 7", (lazy with { Keyword = null }).MessageEn);
        Assert.Equal(eager.ToString(), lazy.ToString());
    }

    private static ValidationResult Fail(Func<RuleFailure, bool, string> message)
    {
        Span<long> integers = stackalloc long[2];
        Span<decimal> numbers = stackalloc decimal[1];
        Span<ulong> valid = stackalloc ulong[1];
        var context = new ReportReadContext(new TableShape(), integers, numbers, valid, ValidationOptions.Default);
        context.ReportRule("R9", IssueSeverity.Warning, 1, -1, 1, 3, "5", "7", "2", message);
        return context.ToResult();
    }

    private sealed class TableShape : ReportShape
    {
        public TableShape()
            : base(["/table/part", "/table/total"], ["部分", "合计"], ["Part", "Total"], ["", "/table"], ["报告", "表"], ["Report", "Table"])
        {
        }
    }
}
