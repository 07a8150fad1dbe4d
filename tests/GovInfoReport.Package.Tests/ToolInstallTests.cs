using System;
using System.Collections.Generic;
using System.IO;
using Xunit;

namespace GovInfoReport.Package.Tests;

/// <summary>The packed <c>govinfo-report</c> tool installs from a local folder and runs.</summary>
public sealed class ToolInstallTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "govinfo-tool-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    [Fact]
    public void ToolInstallsFromALocalFolderAndValidatesTheBundledSamples()
    {
        var feed = Path.Combine(_root, "feed");
        var tools = Path.Combine(_root, "tools");
        var version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") };
        var repository = RepositorySnapshot.Create(Path.Combine(_root, "repository"));

        var pack = DotnetProcess.Run(repository, environment, "pack", Path.Combine(repository, "src", "GovInfoReport.Cli"), "-c", "Release", "-o", feed, "-p:Version=" + version);
        Assert.True(pack.ExitCode == 0, pack.Output);

        var install = DotnetProcess.Run(_root, environment, "tool", "install", "--tool-path", tools, "--add-source", feed, "govinfo-report", "--version", version);
        Assert.True(install.ExitCode == 0, install.Output);

        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "govinfo-report.exe" : "govinfo-report");
        var run = Run(tool, "validate", "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("files: 4, valid: 2, with errors: 2, with warnings: 2", run.Output, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output) Run(string executable, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
