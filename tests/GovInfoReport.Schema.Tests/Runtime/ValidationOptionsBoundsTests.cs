using System;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>
/// The option ranges <see cref="ValidationOptions.Validate"/> enforces, at their edges. Stryker.NET (docs/testing.md)
/// showed no test reached the depth check's throw and none pinned the boundaries.
/// </summary>
public sealed class ValidationOptionsBoundsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void A_depth_outside_1_to_1000_is_refused(int depth)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationOptions { MaxDepth = depth }.Validate());

        Assert.Equal(nameof(ValidationOptions.MaxDepth), exception.ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    public void A_depth_of_1_or_1000_is_accepted(int depth)
    {
        new ValidationOptions { MaxDepth = depth }.Validate();
    }

    [Fact]
    public void Zero_payload_bytes_or_zero_issues_are_refused_one_is_accepted()
    {
        Assert.Equal(nameof(ValidationOptions.MaxPayloadBytes), Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationOptions { MaxPayloadBytes = 0 }.Validate()).ParamName);
        Assert.Equal(nameof(ValidationOptions.MaxIssues), Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationOptions { MaxIssues = 0 }.Validate()).ParamName);
        new ValidationOptions { MaxPayloadBytes = 1, MaxIssues = 1 }.Validate();
    }
}
