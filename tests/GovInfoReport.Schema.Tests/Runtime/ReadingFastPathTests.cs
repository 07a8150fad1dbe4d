using System;
using System.Text;
using System.Text.Json.Nodes;
using GovInfoReport.Schema.Templates.V2021;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>
/// The reader's shortcuts give the same verdicts as the full paths they skip: a short plain count is read inline
/// (anything longer, signed or out of bounds takes the full path), the lone-surrogate filter scans the payload in
/// blocks (an escape may straddle two), and escaped prose is decoded in one pass (every kind of escape, raw UTF-8
/// between them, short and long strings).
/// </summary>
public sealed class ReadingFastPathTests
{
    private const string CountPointer = "/reviewAndLitigation/administrativeReview/upheld";
    private const string Placeholder = "@@placeholder@@";

    [Theory]
    [InlineData("2022", null)] // (2008–2020 are valid too, but R11 then warns about the template)
    [InlineData("2100", null)]
    [InlineData("2007", "minimum")]
    [InlineData("2101", "maximum")]
    public void ShortYearIsCheckedAgainstBothBounds(string year, string? expectedIssue)
    {
        var result = Payload.Validate(Payload.With(Payload.CleanFixture, "/reportYear", JsonNode.Parse(year)));

        if (expectedIssue is null)
        {
            Assert.Same(ValidationResult.Clean, result.Validation);
            Assert.Equal(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture), Assert.IsType<Report2021>(result.Report).ReportYear);
            return;
        }

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("/reportYear", expectedIssue, year), (issue.Pointer, issue.Keyword, issue.Actual));
    }

    [Theory]
    [InlineData("999999999")]   // nine digits: the longest count read inline
    [InlineData("1000000000")]  // ten digits: the full path, still a 32-bit integer
    [InlineData("2147483647")]
    public void LongCountsAreReadExactly(string count)
    {
        var result = Payload.Validate(Payload.With(Payload.CleanFixture, CountPointer, JsonNode.Parse(count)));

        // upheld breaks R4 (总计 stays 0): a rule issue carrying the value read.
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("R4", "/reviewAndLitigation/administrativeReview/total", count), (issue.RuleId, issue.Pointer, issue.Expected));
    }

    [Theory]
    [InlineData("2147483648", "type")]
    [InlineData("-1", "minimum")]
    [InlineData("-0", null)]
    public void CountsOffTheShortPathAreStillChecked(string count, string? expectedKeyword)
    {
        var result = Payload.Validate(Payload.With(Payload.CleanFixture, CountPointer, JsonNode.Parse(count)));

        if (expectedKeyword is null)
        {
            Assert.Same(ValidationResult.Clean, result.Validation);
            return;
        }

        var issue = Assert.Single(result.Issues);
        Assert.Equal((CountPointer, expectedKeyword), (issue.Pointer, issue.Keyword));
    }

    [Fact]
    public void LoneSurrogateEscapeIsFoundAtEveryAlignment()
    {
        // The filter tests 32 bytes at a time: move the escape across two block boundaries, in both letter cases.
        for (var padding = 0; padding < 70; padding++)
        {
            foreach (var escape in new[] { "\\uD800", "\\udbff", "\\uDc00" })
            {
                var text = WithOverview(new string('a', padding) + escape + "x");

                var result = Payload.ValidateText(text);

                var issue = Payload.SingleIssue(result);
                Assert.Equal((IssueIds.JsonEncoding, "a lone surrogate"), (issue.RuleId, issue.Actual));
                // Located at the string that holds it: its opening quote.
                var quote = text.IndexOf("\"overview\": \"", StringComparison.Ordinal) + "\"overview\": ".Length;
                Assert.Equal(Encoding.UTF8.GetByteCount(text.AsSpan(0, quote)), issue.BytePositionInLine);
            }
        }
    }

    [Fact]
    public void EscapesNextToSurrogatesAreNotFlaggedAtAnyAlignment()
    {
        // \uD7FF is the last character before the surrogates; \\uD800 is a backslash and then text.
        for (var padding = 0; padding < 70; padding++)
        {
            var text = WithOverview(new string('a', padding) + "\\uD7FF\\ud7ff\\\\uD800");

            var result = Payload.ValidateText(text);

            Assert.True(result.IsValid, Payload.Describe(result));
            Assert.Equal(new string('a', padding) + "\uD7FF\uD7FF\\uD800", Assert.IsType<Report2021>(result.Report).Overview);
        }
    }

    [Theory]
    [InlineData("\\u5e74\\u5EA6 2022\\n", "年度 2022\n")]
    [InlineData("\\\"ok\\\" \\\\ \\/ \\b\\f\\r\\t", "\"ok\" \\ / \b\f\r\t")]
    [InlineData("年\\u5EA6x度，报告", "年度x度，报告")]
    [InlineData("\\uD83D\\uDE00😀 \\u00e9é", "😀😀 éé")]
    public void EscapedProseIsDecodedExactly(string escaped, string expected)
    {
        foreach (var repeat in new[] { 1, 200 })
        {
            // Once (a stack buffer) and 200 times (past 512 bytes: a pooled one).
            var text = WithOverview(Repeat(escaped, repeat));

            var result = Payload.ValidateText(text);

            Assert.True(result.IsValid, Payload.Describe(result));
            Assert.Equal(Repeat(expected, repeat), Assert.IsType<Report2021>(result.Report).Overview);
        }
    }

    [Theory]
    [InlineData("/agencyName", "\\u0041", null)]                        // one escaped character: exactly minLength 1
    [InlineData("/agencyName", "\\uD83D\\uDE00", null)]                // one code point in two escaped units: still exactly 1
    [InlineData("/agencyName", "\\u5e74\\u5EA6x", null)]
    [InlineData("/publicationDate", "\\u0032\\u0030\\u0032\\u0032-03-31", null)] // a date whose digits are escapes
    [InlineData("/publicationDate", "2022-03-3\\u0032", "format")]     // 2022-03-32 once decoded
    [InlineData("/publicationDate", "2022\\u002d03\\u002d31", null)]
    public void EscapedConstrainedStringsAreCheckedDecodedOnBothPaths(string pointer, string escaped, string? expectedKeyword)
    {
        foreach (var repeat in new[] { 1, 60 })
        {
            // Once (a stack buffer) and, for the name, 60 times (past 256 escaped bytes: a pooled one).
            if (repeat > 1 && pointer != "/agencyName")
            {
                continue;
            }

            var text = Payload.Text(Payload.With(Payload.CleanFixture, pointer, Placeholder)).Replace(Placeholder, Repeat(escaped, repeat), StringComparison.Ordinal);

            // The verdict alone (the constrained string decoded only to check it) and the typed path (decoded for the report).
            foreach (var result in new[] { Payload.Run(() => ReportValidator.Validate(text)), Payload.ValidateText(text) })
            {
                if (expectedKeyword is null)
                {
                    Assert.True(result.IsValid, Payload.Describe(result));
                    Assert.Empty(result.Issues);
                    continue;
                }

                var issue = Assert.Single(result.Issues);
                Assert.Equal((pointer, expectedKeyword), (issue.Pointer, issue.Keyword));
            }
        }
    }

    private static string WithOverview(string escapedJsonText)
    {
        var text = Payload.Text(Payload.With(Payload.CleanFixture, "/overview", Placeholder));
        return text.Replace(Placeholder, escapedJsonText, StringComparison.Ordinal);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
