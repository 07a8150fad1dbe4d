using System.Collections.Generic;
using System.Linq;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Extraction.Checks;

/// <summary>One report after checking: its extraction, the runtime validation of its payload, and the checks beyond one table.</summary>
public sealed class CheckedReport
{
    internal CheckedReport(ExtractionResult extraction, ReportValidationResult? validation, IReadOnlyList<ValidationIssue> documentIssues, List<ValidationIssue> crossReportIssues)
    {
        Extraction = extraction;
        Validation = validation;
        DocumentIssues = documentIssues;
        CrossReportIssuesList = crossReportIssues;
    }

    /// <summary>The extraction.</summary>
    public ExtractionResult Extraction { get; }

    /// <summary>The validation of the payload by <see cref="ReportValidator"/> (structure, R1–R5, R11 by year), or null when there is no payload.</summary>
    public ReportValidationResult? Validation { get; }

    /// <summary>Checks of this report beyond one table: R8 (text vs tables), R9 (fees), R10 (completeness), R11 (hybrid sub-tables).</summary>
    public IReadOnlyList<ValidationIssue> DocumentIssues { get; }

    /// <summary>Checks against the agency's reports of other years: R6 (carry-over) and R7 (documents in force).</summary>
    public IReadOnlyList<ValidationIssue> CrossReportIssues => CrossReportIssuesList;

    /// <summary>Every issue: validation, then document checks, then cross-report checks.</summary>
    public IReadOnlyList<ValidationIssue> Issues => [.. (Validation?.Issues ?? []), .. DocumentIssues, .. CrossReportIssuesList];

    /// <summary>The rules that could not be assessed because values were inferred with them (issues with <see cref="ReportChecker.NotAssessableKeyword"/>).</summary>
    public IReadOnlyList<ValidationIssue> NotAssessable => [.. DocumentIssues.Where(i => i.Keyword == ReportChecker.NotAssessableKeyword)];

    /// <summary>Whether no issue is an error (warnings allowed).</summary>
    public bool IsValid => Extraction.IsAnnualReport && Issues.All(i => i.Severity != IssueSeverity.Error);

    internal List<ValidationIssue> CrossReportIssuesList { get; }
}

/// <summary>The result of checking a set of reports.</summary>
public sealed class CheckReport
{
    internal CheckReport(IReadOnlyList<CheckedReport> reports) => Reports = reports;

    /// <summary>The reports, in the order given.</summary>
    public IReadOnlyList<CheckedReport> Reports { get; }

    /// <summary>How many issues are errors, over all reports.</summary>
    public int ErrorCount => Reports.Sum(r => r.Issues.Count(i => i.Severity == IssueSeverity.Error));

    /// <summary>How many issues are warnings, over all reports.</summary>
    public int WarningCount => Reports.Sum(r => r.Issues.Count(i => i.Severity == IssueSeverity.Warning));
}
