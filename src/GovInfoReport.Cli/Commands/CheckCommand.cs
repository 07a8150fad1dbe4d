using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using GovInfoReport.Cli.Output;
using GovInfoReport.Extraction;
using GovInfoReport.Extraction.Checks;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Cli.Commands;

/// <summary><c>check &lt;files…&gt;</c>: extract published reports, validate them, and check them against each other.</summary>
internal static class CheckCommand
{
    /// <summary>The issue id for a document that is not an annual report at all.</summary>
    public const string NotAReport = "extraction.not-a-report";

    public static Command Create(TextReader stdin, bool errorIsTerminal)
    {
        var paths = new Argument<string[]>("files") { Description = "Published reports (text, HTML, DOCX), folders (searched recursively for *.txt, *.htm, *.html, *.docx), or - for stdin.", Arity = ArgumentArity.OneOrMore };
        var format = CommonOptions.Format();
        var language = CommonOptions.Language();
        var command = new Command("check", "Extract the tables of published reports, validate them (R1–R5, R11), and check text against tables (R8), fees (R9), completeness (R10) and reports of one agency across years (R6, R7). Exit codes: 0 all valid (warnings allowed), 1 errors found (a document that is not an annual report is one), 2 usage or input error.")
        {
            paths, format, language,
        };
        command.SetAction(parseResult =>
        {
            var settings = new OutputSettings(parseResult.GetValue(format) ?? "text", parseResult.GetValue(language) == "en", errorIsTerminal);
            return ValidationRun.Execute(parseResult.GetValue(paths) ?? [], InputCollector.ReportDocuments, settings, CheckAll, stdin,
                parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
        });
        return command;
    }

    private static IReadOnlyList<ValidatedPayload> CheckAll(IReadOnlyList<PayloadInput> inputs, ProgressBar progress)
    {
        var extractions = InputBatch.Map(inputs, progress, (input, bytes) => ReportExtractor.ExtractBytes(bytes, input.Source));

        // Cross-report rules need every report at once, so checking follows extraction as one batch.
        var read = extractions.Where(e => e is not null).Select(e => e!).ToList();
        var checkedReports = ReportChecker.Check(read).Reports.ToDictionary(r => r.Extraction);
        return inputs.Select((input, i) => extractions[i] is { } extraction
            ? ToPayload(input, checkedReports[extraction])
            : new ValidatedPayload(input, null)).ToList();
    }

    private static ValidatedPayload ToPayload(PayloadInput input, CheckedReport report)
    {
        var extraction = report.Extraction;
        var issues = report.Issues.ToList();
        if (!extraction.IsAnnualReport)
        {
            issues.Insert(0, new ValidationIssue(NotAReport, IssueSeverity.Error, string.Empty, "an annual report", extraction.Status.ToString(),
                extraction.ReasonZh ?? "不是政府信息公开工作年度报告。", extraction.ReasonEn ?? "Not a government information disclosure annual report."));
        }

        var result = new ReportValidationResult(extraction.TemplateVersion, ValidationResult.FromIssues(issues), null);
        return new ValidatedPayload(input, result, issue => extraction.FindProvenance(issue.Pointer)?.Location is { Line: { } line } location
            ? (line, (location.Cell ?? 0) + 1)
            : null);
    }
}
