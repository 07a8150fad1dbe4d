using System.CommandLine;
using System.IO;
using GovInfoReport.Cli.Commands;

namespace GovInfoReport.Cli;

/// <summary>Builds the command tree and runs it with the given streams, so tests drive it in-process.</summary>
public static class CliApplication
{
    /// <summary>The root command with every subcommand.</summary>
    /// <param name="input">Standard input (for <c>-</c>).</param>
    /// <returns>The root command.</returns>
    /// <param name="errorIsTerminal">Whether standard error is an interactive terminal (progress bars are drawn only then).</param>
    public static RootCommand Build(TextReader input, bool errorIsTerminal = false)
    {
        var root = new RootCommand(
            "govinfo-report: check 《政府信息公开工作年度报告》 payloads against the statutory templates (2019, 2021) and their rules.\n"
            + "Exit codes: 0 all valid (warnings allowed), 1 errors found, 2 usage or input error.");
        root.Subcommands.Add(ValidateCommand.Create(input, errorIsTerminal));
        root.Subcommands.Add(SchemaCommand.Create(input, errorIsTerminal));
        root.Subcommands.Add(RenderCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create(input, errorIsTerminal));
        root.Subcommands.Add(CheckCommand.Create(input, errorIsTerminal));
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="input">Standard input.</param>
    /// <param name="output">Standard output: results.</param>
    /// <param name="error">Standard error: diagnostics about the run itself.</param>
    /// <param name="errorIsTerminal">Whether standard error is an interactive terminal.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error, bool errorIsTerminal = false)
    {
        var parseResult = Build(input, errorIsTerminal).Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var exitCode = parseResult.Invoke(configuration);

        // System.CommandLine answers parse errors with 1; the documented contract reserves 1 for "issues found".
        return parseResult.Errors.Count > 0 ? ExitCodes.UsageOrInputError : exitCode;
    }
}
