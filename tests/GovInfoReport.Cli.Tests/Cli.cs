using System;
using System.Diagnostics;
using System.IO;
using GovInfoReport.Cli;

namespace GovInfoReport.Cli.Tests;

/// <summary>Runs the command line in-process (captured streams) or as a real process.</summary>
internal static class Cli
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Schema(string version) => Path.Combine(AppContext.BaseDirectory, "Schemas", $"report-{version}.schema.json");

    public static (int ExitCode, string Output, string Error) Run(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApplication.Run(args, new StringReader(stdin), output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static (int ExitCode, string Output, string Error) RunProcess(string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "govinfo-report.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
