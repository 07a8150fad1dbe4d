using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using GovInfoReport.Cli.Buffers;
using GovInfoReport.Cli.Input;
using GovInfoReport.Cli.Output;
using GovInfoReport.Cli.Pipeline;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Cli.Commands;

/// <summary>
/// What every validating command shares: inputs streamed through the batch pipeline, results printed in the chosen
/// format as they come (in input order), a summary, and the exit code.
/// </summary>
internal static class ValidationRun
{
    /// <summary>Validates every payload <paramref name="paths"/> stand for with <paramref name="validate"/>, in parallel.</summary>
    public static int Execute(IReadOnlyList<string> paths, OutputSettings settings, int readLimit, Func<ReadOnlySpan<byte>, ReportValidationResult> validate, CliConsole console)
        => Execute(paths, InputCollector.JsonFiles, settings, console, (entries, format, write) => BatchPipeline.Run(entries, readLimit, console.Input, (source, bytes) =>
        {
            var result = validate(bytes);
            return new Validated(result, format.Render(source.Name, result, format.NeedsLocations ? SarifWriter.LocateInPayload(bytes, result) : null));
        }, write));

    /// <summary>The run with its own way to produce results, for commands whose checks span inputs (cross-report rules).</summary>
    /// <param name="paths">The path arguments.</param>
    /// <param name="patterns">The file names a folder contributes.</param>
    /// <param name="settings">Format and language.</param>
    /// <param name="console">The streams.</param>
    /// <param name="run">Produces a rendered result per input (in input order) from the entries.</param>
    public static int Execute(IReadOnlyList<string> paths, IReadOnlyList<string> patterns, OutputSettings settings, CliConsole console,
        Action<IEnumerable<InputEntry>, ValidationFormat, Action<BatchItem<Validated>>> run)
    {
        var stopwatch = Stopwatch.StartNew();
        var format = ValidationFormat.For(settings, TerminalWidth());
        var tally = new BatchTally(console, settings.English, settings.Verbose);
        var output = console.OutBytes;
        int valid = 0, withErrors = 0, withWarnings = 0;
        format.Begin(output);
        run(InputCollector.Collect(paths, patterns), format, item =>
        {
            if (!tally.Record(item))
            {
                return;
            }

            var (result, rendered) = item.Result!;
            format.Write(output, result, rendered);
            valid += result.IsValid ? 1 : 0;
            withErrors += result.IsValid ? 0 : 1;
            withWarnings += result.Validation.WarningCount > 0 ? 1 : 0;
        });
        tally.Finish();
        format.End(output);

        var summary = settings.English
            ? $"files: {tally.Files}, valid: {valid}, with errors: {withErrors}, with warnings: {withWarnings}, elapsed: {stopwatch.Elapsed.TotalSeconds:0.00} s"
            : $"文件 {tally.Files} 个，有效 {valid} 个，有错误 {withErrors} 个，有警告 {withWarnings} 个，用时 {stopwatch.Elapsed.TotalSeconds:0.00} 秒";
        (format.SummaryOnStdout ? console.Out : console.Error).WriteLine(summary);
        return tally.ExitCode(withErrors > 0 ? ExitCodes.IssuesFound : ExitCodes.Valid);
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.IsOutputRedirected ? 120 : Math.Max(60, Console.WindowWidth);
        }
        catch (IOException)
        {
            return 120;
        }
    }
}

/// <summary>A validation result and its rendering in the run's format.</summary>
/// <param name="Result">The result.</param>
/// <param name="Rendered">The result as the format prints it, in a pooled buffer the writer returns.</param>
internal sealed record Validated(ReportValidationResult Result, PooledBytes Rendered);
