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
                // Cross-report rules need every report at once: extraction streams, checking follows as one batch.
                var items = new List<BatchItem<ExtractionResult>>();
                BatchPipeline.Run(entries, limit, console.Input, (source, bytes) => ReportExtractor.ExtractBytes(bytes, source.Name), items.Add);
                var checkedReports = ReportChecker.Check(items.Where(i => i.HasResult).Select(i => i.Result!).ToList()).Reports.ToDictionary(r => r.Extraction);
                foreach (var item in items)
                {
                    write(new BatchItem<Validated>(item.Entry, item.HasResult ? Render(output, checkedReports[item.Result!]) : null, item.ReadError, item.Crash));
                }
            });
        });
        return command;
    }

    private static Validated Render(ValidationFormat format, CheckedReport report)
    {
        var extraction = report.Extraction;
        var issues = report.Issues.ToList();
        if (!extraction.IsAnnualReport)
        {
            issues.Insert(0, new ValidationIssue(NotAReport, IssueSeverity.Error, string.Empty, "an annual report", extraction.Status.ToString(),
                extraction.ReasonZh ?? "不是政府信息公开工作年度报告。", extraction.ReasonEn ?? "Not a government information disclosure annual report."));
        }

        var result = new ReportValidationResult(extraction.TemplateVersion, ValidationResult.FromIssues(issues), null);
        return new Validated(result, format.Render(extraction.SourceName ?? string.Empty, result, issue => extraction.FindProvenance(issue.Pointer)?.Location is { Line: { } line } location
            ? (line, (location.Cell ?? 0) + 1)
            : null));
    }
}
