using GovInfoReport.Cli.Output;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>Terminal layout: wide characters count twice, Latin text wraps between words.</summary>
public sealed class DisplayWidthTests
{
    [Fact]
    public void ChineseCharactersTakeTwoColumns() => Assert.Equal(12, DisplayWidth.Of("自然人ab总计"));

    [Fact]
    public void LatinTextWrapsAtSpaces()
        => Assert.Equal(["the total is", "0 but the", "columns add", "up to 2"], DisplayWidth.Wrap("the total is 0 but the columns add up to 2", 12));

    [Fact]
    public void ChineseTextWrapsAtTheWidth()
        => Assert.Equal(["总计为０，应", "等于二"], DisplayWidth.Wrap("总计为０，应等于二", 12));
}
