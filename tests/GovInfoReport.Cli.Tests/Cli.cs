using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using GovInfoReport.Cli;

namespace GovInfoReport.Cli.Tests;

/// <summary>Runs the command line in-process (captured streams) or as a real process.</summary>
internal static class Cli
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Schema(string version) => Path.Combine(AppContext.BaseDirectory, "Schemas", $"report-{version}.schema.json");

    public static (int ExitCode, string Output, string Error) Run(string stdin, params string[] args) => RunBytes(Encoding.UTF8.GetBytes(stdin), args);

    /// <summary>Runs in-process with <paramref name="stdin"/> as the exact bytes of standard input.</summary>
    public static (int ExitCode, string Output, string Error) RunBytes(byte[] stdin, params string[] args) => RunStream(new MemoryStream(stdin), args);

    /// <summary>Runs in-process with <paramref name="stdin"/> as standard input.</summary>
    public static (int ExitCode, string Output, string Error) RunStream(Stream stdin, params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var exitCode = CliApplication.Run(args, stdin, output, error);
        return (exitCode, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    public static (int ExitCode, string Output, string Error) RunProcess(string? stdin, params string[] args) => RunProcessIn(null, stdin is null ? null : Encoding.UTF8.GetBytes(stdin), args);

    /// <summary>Runs the tool as a process in <paramref name="directory"/> (relative paths as a shell glob gives them).</summary>
    public static (int ExitCode, string Output, string Error) RunProcessIn(string? directory, byte[]? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory ?? string.Empty,
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
            process.StandardInput.BaseStream.Write(stdin);
        }

        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
