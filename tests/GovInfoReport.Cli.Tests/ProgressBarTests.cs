using System.IO;
using System.Linq;
using GovInfoReport.Cli.Output;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>The progress bar draws on stderr only when it is a terminal, and clears itself when done.</summary>
public sealed class ProgressBarTests
{
    [Fact]
    public void EnabledBarRedrawsInPlaceAndClearsAtTheEnd()
    {
        using var error = new StringWriter();
        var bar = new ProgressBar(error, 10, enabled: true);
        foreach (var _ in Enumerable.Range(0, 10))
        {
            bar.Advance();
        }

        var text = error.ToString();
        Assert.Contains("\r[###############...............] 5/10", text, System.StringComparison.Ordinal);
        Assert.Contains("10/10", text, System.StringComparison.Ordinal);
        Assert.EndsWith("\r", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void DisabledBarWritesNothing()
    {
        using var error = new StringWriter();
        var bar = new ProgressBar(error, 10, enabled: false);
        bar.Advance();

        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void RedirectedRunsOfManyFilesShowNoBar()
    {
        var (_, _, error) = Cli.Run(string.Empty, "validate", "--lang", "en", Cli.Fixture("seed-000.json"), Cli.Fixture("seed-001.json"), Cli.Fixture("seed-002.json"),
            Cli.Fixture("seed-004.json"), Cli.Fixture("seed-000.json"), Cli.Fixture("seed-001.json"));

        Assert.DoesNotContain("[#", error, System.StringComparison.Ordinal);
    }
}
