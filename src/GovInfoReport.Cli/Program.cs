using System;

namespace GovInfoReport.Cli;

/// <summary>The <c>govinfo-report</c> entry point.</summary>
public static class Program
{
    /// <summary>Runs the command line against the process's console.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 when every payload is valid, 1 when errors were found, 2 for usage or input errors.</returns>
    public static int Main(string[] args) => CliApplication.Run(args, Console.In, Console.Out, Console.Error, !Console.IsErrorRedirected);
}
