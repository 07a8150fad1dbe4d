using System.Collections.Generic;
using System.Linq;
using GovInfoReport.Cli.Output;
using GovInfoReport.Extraction;
using GovInfoReport.Extraction.Checks;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Schema;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Cli.Commands;

/// <summary>
/// One document of <c>check</c> between its own checks and the rules across reports: its issues so far, where they
/// point in the source, and the facts the rules across reports compare. The rules across reports need every report
/// before any is printed, and holding whole extractions for that took some 70 KB a report (740 MB for 10,000
/// reports); this keeps what the output and those rules need.
/// </summary>
internal sealed class CheckedDocument
{
    private readonly string _source;
    private readonly TemplateVersion? _version;
    private readonly List<ValidationIssue> _issues;
    private readonly Dictionary<string, (int Line, int Column)> _locations = [];

    private CheckedDocument(ExtractionResult extraction)
    {
        _source = extraction.SourceName ?? string.Empty;
        _version = extraction.TemplateVersion;
        _issues = [.. ReportChecker.Check(extraction).Issues];
        if (!extraction.IsAnnualReport)
        {
            _issues.Insert(0, new ValidationIssue(CheckCommand.NotAReport, IssueSeverity.Error, string.Empty, "an annual report", extraction.Status.ToString(),
                extraction.ReasonZh ?? "不是政府信息公开工作年度报告。", extraction.ReasonEn ?? "Not a government information disclosure annual report."));
        }

        foreach (var issue in _issues)
        {
            if (Position(extraction.FindProvenance(issue.Pointer)?.Location) is { } position)
            {
                _locations[issue.Pointer] = position;
            }
        }

        Facts = CrossReportFacts.Of(extraction);
    }

    /// <summary>What the rules across reports compare of this document.</summary>
    public CrossReportFacts Facts { get; }

    /// <summary>Checks one extraction (everything but the rules across reports).</summary>
    public static CheckedDocument Of(ExtractionResult extraction) => new(extraction);

    /// <summary>The document's result with <paramref name="crossReportIssues"/> added, rendered in <paramref name="format"/>.</summary>
    public Validated Render(ValidationFormat format, IReadOnlyList<ValidationIssue> crossReportIssues)
    {
        var result = new ReportValidationResult(_version, ValidationResult.FromIssues([.. _issues, .. crossReportIssues]), null);
        return new Validated(result, format.Render(_source, result, issue => _locations.TryGetValue(issue.Pointer, out var position) ? position : Position(Facts.LocationOf(issue.Pointer))));
    }

    // A text line and the cell in it, 1-based, as the output formats give positions.
    private static (int Line, int Column)? Position(SourceLocation? location) => location is { Line: { } line } ? (line, (location.Cell ?? 0) + 1) : null;
}
