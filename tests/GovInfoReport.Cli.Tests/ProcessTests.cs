using System;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>The tool as a real process: exit codes, stdout/stderr separation, stdin.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void ExitCodesAndStreamsAsAProcess()
    {
        var clean = Cli.RunProcess(null, "validate", Cli.Fixture("seed-004.json"), "--format", "json");
        Assert.Equal(0, clean.ExitCode);
        Assert.StartsWith("{", clean.Output.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("文件 1 个", clean.Error, StringComparison.Ordinal);

        var broken = Cli.RunProcess(null, "validate", Cli.Fixture("seed-000.json"));
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("R1", broken.Output, StringComparison.Ordinal);

        var usage = Cli.RunProcess(null, "validate", "--format", "yaml");
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("yaml", usage.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void StdinAsAProcess()
    {
        var result = Cli.RunProcess(System.IO.File.ReadAllText(Cli.Fixture("seed-002.json")), "validate", "-", "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("stdin", result.Output, StringComparison.Ordinal);
        Assert.Contains("R2", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpDocumentsTheExitCodes()
    {
        var result = Cli.RunProcess(null, "validate", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Exit codes: 0 all valid", result.Output, StringComparison.Ordinal);
    }
}
