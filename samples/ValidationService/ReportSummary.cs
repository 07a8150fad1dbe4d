using System.Collections.Generic;
using GovInfoReport.Schema.Templates.V2019;
using GovInfoReport.Schema.Templates.V2021;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Samples.ValidationService;

/// <summary>What the service answers for a valid report: who, which year, the headline numbers, and any warnings.</summary>
public sealed record ReportSummary(
    string TemplateVersion,
    string AgencyName,
    int ReportYear,
    int NewApplications,
    int CarriedOverFromPreviousYear,
    int HandledTotal,
    int CarriedOverToNextYear,
    int AdministrativeReviews,
    IReadOnlyList<ValidationIssue> Warnings)
{
    /// <summary>Summarises a valid result (its typed report must be present).</summary>
    /// <param name="result">A valid result.</param>
    /// <returns>The summary.</returns>
    public static ReportSummary From(ReportValidationResult result) => result.Report switch
    {
        Report2019 r => new("2019", r.AgencyName, r.ReportYear, r.Applications.NewApplications.Total, r.Applications.CarriedOverFromPreviousYear.Total,
            r.Applications.Outcomes.Total.Total, r.Applications.CarriedOverToNextYear.Total, r.ReviewAndLitigation.AdministrativeReview.Total, result.Issues),
        Report2021 r => new("2021", r.AgencyName, r.ReportYear, r.Applications.NewApplications.Total, r.Applications.CarriedOverFromPreviousYear.Total,
            r.Applications.Outcomes.Total.Total, r.Applications.CarriedOverToNextYear.Total, r.ReviewAndLitigation.AdministrativeReview.Total, result.Issues),
        _ => throw new System.InvalidOperationException("A valid result carries its typed report."),
    };
}
