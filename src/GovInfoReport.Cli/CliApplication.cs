using System;
using System.CommandLine;
using System.IO;
using GovInfoReport.Cli.Commands;
using GovInfoReport.Cli.Output;
using GovInfoReport.Cli.Pipeline;

namespace GovInfoReport.Cli;

/// <summary>Builds the command tree and runs it with the given streams, so tests drive it in-process.</summary>
public static class CliApplication
{
    /// <summary>Parses and runs <paramref name="args"/>.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="input">Standard input, read as bytes (for <c>-</c>).</param>
    /// <param name="output">Standard output: results.</param>
    /// <param name="error">Standard error: diagnostics about the run itself.</param>
    /// <param name="errorIsTerminal">Whether standard error is an interactive terminal (progress is drawn only then).</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, Stream input, Stream output, TextWriter error, bool errorIsTerminal = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        var console = new CliConsole(input, output, error, errorIsTerminal);
        var verbose = CommonOptions.Verbose();
        ParseResult? parseResult = null;
        try
        {
            var root = Build(console, verbose);
            parseResult = root.Parse(PathArguments.Separate(root, args));

            // Exceptions reach the handler below: System.CommandLine's own would print a stack and exit 1, the code of "errors found".
            var exitCode = parseResult.Invoke(new InvocationConfiguration { Output = console.Out, Error = error, EnableDefaultExceptionHandler = false });

            console.Flush();

            // System.CommandLine answers parse errors with 1; the documented contract reserves 1 for "issues found".
            return parseResult.Errors.Count > 0 ? ExitCodes.UsageOrInputError : exitCode;
        }
        catch (StandardOutputException exception)
        {
            // The reader of stdout went away (a closed pipe) or the disk is full: an input/output error, not a bug.
            error.WriteLine("error: " + exception.Message);
            return ExitCodes.UsageOrInputError;
        }
        catch (Exception exception)
        {
            error.WriteLine(BatchTally.InternalError(null, exception, parseResult?.GetValue(verbose) ?? false));
            try
            {
                console.Flush();
            }
            catch (Exception flushFailure) when (flushFailure is not OutOfMemoryException)
            {
                // Already failing (possibly in writing itself); the internal error is what is reported.
            }

            return ExitCodes.InternalError;
        }
    }

    private static RootCommand Build(CliConsole console, Option<bool> verbose)
    {
        var root = new RootCommand(
            "govinfo-report: check 《政府信息公开工作年度报告》 payloads against the statutory templates (2019, 2021) and their rules.\n"
            + ExitCodes.Help + "\n"
            + "Every argument after the first path, and everything after --, is a path: a file named -h.json is read, not taken for an option.")
        {
            verbose,
        };
        root.Subcommands.Add(ValidateCommand.Create(console, verbose));
        root.Subcommands.Add(SchemaCommand.Create(console, verbose));
        root.Subcommands.Add(RenderCommand.Create(console));
        root.Subcommands.Add(ExtractCommand.Create(console, verbose));
        root.Subcommands.Add(CheckCommand.Create(console, verbose));
        return root;
    }
}
