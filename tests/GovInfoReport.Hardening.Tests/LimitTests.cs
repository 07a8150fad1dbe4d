using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Hardening.Tests;

/// <summary>The documented limits (docs/limits.md): payload size, depth, issues per payload, time per payload.</summary>
public sealed class LimitTests
{
    [Fact]
    public void PayloadOverTheSizeLimitIsOneIssueWithoutBeingRead()
    {
        var result = ReportValidator.Validate(new byte[ValidationOptions.Default.MaxPayloadBytes + 1]);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueIds.JsonSize, issue.RuleId);
        Assert.Equal((ValidationOptions.Default.MaxPayloadBytes + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), issue.Actual);
    }

    [Fact]
    public void NestingPastTheDepthLimitIsReportedAtItsPosition()
    {
        var payload = "{\"templateVersion\":\"2021\",\"extra\":" + new string('[', 65) + new string(']', 65) + "}";

        var result = ReportValidator.Validate(Encoding.UTF8.GetBytes(payload));

        var issue = Assert.Single(result.Issues, i => i.RuleId == IssueIds.JsonDepth);
        Assert.Equal(1, issue.Line);
    }

    [Fact]
    public void IssuesPastTheLimitAreCutWithATruncatedMarker()
    {
        var unknown = string.Join(",", Enumerable.Range(0, 50).Select(i => $"\"x{i}\":0"));
        var payload = Encoding.UTF8.GetBytes("{\"templateVersion\":\"2021\"," + unknown + "}");

        var result = ReportValidator.Validate(payload, new ValidationOptions { MaxIssues = 10 });

        Assert.True(result.Validation.IsTruncated);
        Assert.Equal(11, result.Issues.Count);
        Assert.Equal(IssueIds.Truncated, result.Issues[^1].RuleId);
    }

    [Fact]
    public void TheWorstPayloadWithinTheLimitsStillReturnsQuickly()
    {
        // 1 MiB of unknown properties: the most issues and the most tokens a payload within the limits can carry.
        var builder = new StringBuilder("{\"templateVersion\":\"2021\"");
        for (var i = 0; builder.Length < ValidationOptions.Default.MaxPayloadBytes - 64; i++)
        {
            builder.Append(",\"p").Append(i).Append("\":[[[[1,2,3]]]]");
        }

        var payload = Encoding.UTF8.GetBytes(builder.Append('}').ToString());
        var stopwatch = Stopwatch.StartNew();
        var result = ReportValidator.Validate(payload);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"took {stopwatch.Elapsed}");
        Assert.True(result.Validation.IsTruncated);
        Assert.Equal(ValidationOptions.Default.MaxIssues + 1, result.Issues.Count);
    }
}
