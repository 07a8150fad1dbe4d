using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using GovInfoReport.Cli.Output;
using GovInfoReport.Cli.Pipeline;
using GovInfoReport.Extraction;

namespace GovInfoReport.Cli.Commands;

/// <summary><c>extract &lt;files…&gt;</c>: the statutory tables of published reports as payloads, with provenance and notes.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console, Option<bool> verbose)
    {
        var paths = CommonOptions.ReportDocuments();
        var format = CommonOptions.Choice("--format", "Output format: text (a summary and the notes per file) or json (payload, provenance, notes and sub-table decisions per file).", "text", "text", "json");
        var language = CommonOptions.Language();
        var command = new Command("extract", "Read the statutory tables out of published reports into payloads of their template. Exit codes: 0 every file is an annual report whose tables were read, 1 a file is not an annual report or could not be read as one, 2 usage or input error, 3 internal error (a bug; --verbose shows the stack).")
        {
            paths, format, language,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(paths) ?? [], CommonOptions.Settings(parseResult, format, language, verbose), console));
        return command;
    }

    private static int Run(IReadOnlyList<string> paths, OutputSettings settings, CliConsole console)
    {
        var stopwatch = Stopwatch.StartNew();
        var format = new ExtractionFormat(settings.Format == "json", settings.English);
        var tally = new BatchTally(console, settings.English, settings.Verbose);
        var output = console.OutBytes;
        int reports = 0, others = 0;
        format.Begin(output);
        BatchPipeline.Run(
            InputCollector.Collect(paths, InputCollector.ReportDocuments),
            InputCollector.DocumentLimit(ExtractionOptions.Default),
            console.Input,
            (source, bytes) =>
            {
                var result = ReportExtractor.ExtractBytes(bytes, source.Name);
                return (result.IsAnnualReport, Rendered: format.Render(result));
            },
            item =>
            {
                if (tally.Record(item))
                {
                    format.Write(output, item.Result.Rendered);
                    reports += item.Result.IsAnnualReport ? 1 : 0;
                    others += item.Result.IsAnnualReport ? 0 : 1;
                }
            });
        tally.Finish();
        format.End(output);

        var summary = settings.English
            ? $"files: {tally.Files}, annual reports extracted: {reports}, not reports or unreadable: {others}, elapsed: {stopwatch.Elapsed.TotalSeconds:0.00} s"
            : $"文件 {tally.Files} 个，提取年度报告 {reports} 个，非年度报告或无法读取 {others} 个，用时 {stopwatch.Elapsed.TotalSeconds:0.00} 秒";
        (format.SummaryOnStdout ? console.Out : console.Error).WriteLine(summary);
        return tally.ExitCode(others > 0 ? ExitCodes.IssuesFound : ExitCodes.Valid);
    }
}
