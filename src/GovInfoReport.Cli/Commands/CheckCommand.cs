using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using GovInfoReport.Cli.Output;
using GovInfoReport.Cli.Pipeline;
using GovInfoReport.Extraction;
using GovInfoReport.Extraction.Checks;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Cli.Commands;

/// <summary><c>check &lt;files…&gt;</c>: extract published reports, validate them, and check them against each other.</summary>
internal static class CheckCommand
{
    /// <summary>The issue id for a document that is not an annual report at all.</summary>
    public const string NotAReport = "extraction.not-a-report";

    public static Command Create(CliConsole console, Option<bool> verbose)
    {
        var paths = CommonOptions.ReportDocuments();
        var format = CommonOptions.Format();
        var language = CommonOptions.Language();
        var command = new Command("check", "Extract the tables of published reports, validate them (R1–R5, R11), and check text against tables (R8), fees (R9), completeness (R10) and reports of one agency across years (R6, R7). A document that is not an annual report is an error. " + ExitCodes.Help)
        {
            paths, format, language,
        };
        command.SetAction(parseResult =>
        {
            var settings = CommonOptions.Settings(parseResult, format, language, verbose);
            var limit = InputCollector.DocumentLimit(ExtractionOptions.Default);
            return ValidationRun.Execute(parseResult.GetValue(paths) ?? [], InputCollector.ReportDocuments, settings, console, (entries, output, write) =>
            {
                // The rules across reports need every report before any is printed: extraction and each report's own
                // checks stream on the workers, and each report is then held only as what its output and those rules need.
                var documents = new List<BatchItem<CheckedDocument>>();
                BatchPipeline.Run(entries, limit, console.Input, (source, bytes) => CheckedDocument.Of(ReportExtractor.ExtractBytes(bytes, source.Name)), documents.Add);
                var crossReportIssues = ReportChecker.CrossCheck([.. documents.Where(d => d.HasResult).Select(d => d.Result!.Facts)]);
                var next = 0;
                foreach (var document in documents)
                {
                    write(new BatchItem<Validated>(document.Entry, document.HasResult ? document.Result!.Render(output, crossReportIssues[next++]) : null, document.ReadError, document.Crash));
                }
            });
        });
        return command;
    }
}
