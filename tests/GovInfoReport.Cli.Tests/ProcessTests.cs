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
    public async System.Threading.Tasks.Task ABatchStopsAtItsNextWriteOnceTheReaderOfItsOutputHasClosedThePipe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // As `govinfo-report validate folder | head -c 100`: before, the runtime's console stream ignored the closed
        // pipe, and the batch went on to its last file and ended as if it had been read (exit 1, the summary).
        var folder = System.IO.Directory.CreateTempSubdirectory("govinfo-pipe-");
        try
        {
            var payload = System.IO.File.ReadAllBytes(Cli.Fixture("seed-000.json"));
            for (var i = 0; i < 300; i++)
            {
                System.IO.File.WriteAllBytes(System.IO.Path.Combine(folder.FullName, $"{i:D3}.json"), payload);
            }

            var start = new System.Diagnostics.ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { System.IO.Path.Combine(AppContext.BaseDirectory, "govinfo-report.dll"), "validate", folder.FullName, "--format", "json", "--lang", "en" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = System.Diagnostics.Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var first = new char[100];
            Assert.Equal(100, process.StandardOutput.ReadBlock(first, 0, first.Length));
            process.StandardOutput.Close();
            Assert.True(process.WaitForExit(60_000), "the tool did not end");
            var errors = await error;

            Assert.Equal(2, process.ExitCode);
            Assert.Contains("error: cannot write to standard output: its reader closed the pipe", errors, StringComparison.Ordinal);
            Assert.DoesNotContain("files: 300", errors, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void HelpDocumentsTheExitCodes()
    {
        var result = Cli.RunProcess(null, "validate", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Exit codes: 0 all valid", result.Output, StringComparison.Ordinal);
    }
}
