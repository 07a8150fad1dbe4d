using System;
using GovInfoReport.Cli.Input;
using GovInfoReport.Cli.Output;

namespace GovInfoReport.Cli;

/// <summary>The <c>govinfo-report</c> entry point.</summary>
public static class Program
{
    /// <summary>Runs the command line against the process's standard streams.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 when every payload is valid, 1 when errors were found, 2 for usage or input errors, 3 for an internal error.</returns>
    public static int Main(string[] args)
    {
        ArgumentBytes.Capture(args);
        using var input = Console.OpenStandardInput();
        using var output = StandardOutputPipe.Watch(Console.OpenStandardOutput());
        return CliApplication.Run(args, input, output, Console.Error, !Console.IsErrorRedirected);
    }
}
