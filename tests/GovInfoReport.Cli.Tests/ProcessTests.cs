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

            using var process = Start("dotnet", Tool, "validate", folder.FullName, "--format", "json", "--lang", "en");
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
    public async System.Threading.Tasks.Task AFileOrFolderArgumentWhoseNameIsNotUtf8IsReadByItsBytes()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // As `govinfo-report validate reports/*.json` expands names an archive made on Windows left in GBK ("报告" is
        // B1 A8 B8 E6): the runtime decodes arguments as UTF-8, so the argument arrived as "\uFFFD\uFFFD\uFFFD\uFFFD.json",
        // which names nothing. Before: "no such file or folder" for the file and for the folder ("年报", C4 EA B1 A8).
        // .NET passes arguments to a process as UTF-8 text, so the shell makes the names from their bytes.
        var folder = System.IO.Directory.CreateTempSubdirectory("govinfo-args-");
        try
        {
            const string script = """
                set -e
                file="$1/$(printf '\261\250\270\346').json"
                sub="$1/$(printf '\304\352\261\250')"
                cp "$2" "$file"
                mkdir "$sub"
                cp "$2" "$sub/r.json"
                exec dotnet "$3" validate "$file" "$sub" --format json --lang en
                """;
            using var process = Start("/bin/sh", "-c", script, "sh", folder.FullName, Cli.Fixture("seed-000.json"), Tool);
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(60_000), "the tool did not end");
            var errors = await error;

            Assert.DoesNotContain("no such file or folder", errors, StringComparison.Ordinal);
            Assert.Contains("files: 2,", errors, StringComparison.Ordinal);
            // Shown as the bytes decode (C4 is not followed by a continuation byte; EA B1 A8 is 걨).
            Assert.Contains("\"source\": \"" + folder.FullName + "/\uFFFD\uFFFD\uFFFD\uFFFD.json\"", output, StringComparison.Ordinal);
            Assert.Contains("\"source\": \"" + folder.FullName + "/\uFFFD\uAC68/r.json\"", output, StringComparison.Ordinal);
            Assert.Equal(2, output.Split("\"templateVersion\": \"2019\"").Length - 1);
            Assert.Equal(1, process.ExitCode); // seed 000 has its published inconsistencies
        }
        finally
        {
            // The runtime lists names as text and could not delete these.
            using var remove = System.Diagnostics.Process.Start("rm", ["-rf", folder.FullName]);
            remove.WaitForExit();
        }
    }

    // The tool as the tests build it, for `dotnet` to run.
    private static string Tool => System.IO.Path.Combine(AppContext.BaseDirectory, "govinfo-report.dll");

    // A process with its output and error streams to read.
    private static System.Diagnostics.Process Start(string program, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return System.Diagnostics.Process.Start(start)!;
    }

    [Fact]
    public void HelpDocumentsTheExitCodes()
    {
        var result = Cli.RunProcess(null, "validate", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Exit codes: 0 all valid", result.Output, StringComparison.Ordinal);
    }
}
