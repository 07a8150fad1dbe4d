using System.Text.Json;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Samples.ValidationService;

/// <summary>What the service answers for a valid report: who, which year, the headline numbers.</summary>
public sealed record ReportSummary(
    string TemplateVersion,
    string AgencyName,
    int ReportYear,
    int NewApplications,
    int CarriedOverFromPreviousYear,
    int HandledTotal,
    int CarriedOverToNextYear,
    int AdministrativeReviews)
{
    /// <summary>Summarises a valid result, from its typed report.</summary>
    /// <param name="result">A valid result read with its report.</param>
    /// <returns>The summary, or null when the result carries no report.</returns>
    public static ReportSummary? From(ReportValidationResult result)
    {
        if (result.Report2021 is { } r21)
        {
            return new("2021", r21.AgencyName, r21.ReportYear, r21.Applications.NewApplications.Total, r21.Applications.CarriedOverFromPreviousYear.Total,
                r21.Applications.Outcomes.Total.Total, r21.Applications.CarriedOverToNextYear.Total, r21.ReviewAndLitigation.AdministrativeReview.Total);
        }

        if (result.Report2019 is { } r19)
        {
            return new("2019", r19.AgencyName, r19.ReportYear, r19.Applications.NewApplications.Total, r19.Applications.CarriedOverFromPreviousYear.Total,
                r19.Applications.Outcomes.Total.Total, r19.Applications.CarriedOverToNextYear.Total, r19.ReviewAndLitigation.AdministrativeReview.Total);
        }

        return null;
    }

    /// <summary>Writes the members (camelCase) into the current object.</summary>
    /// <param name="writer">The writer, inside an object.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteString("templateVersion", TemplateVersion);
        writer.WriteString("agencyName", AgencyName);
        writer.WriteNumber("reportYear", ReportYear);
        writer.WriteNumber("newApplications", NewApplications);
        writer.WriteNumber("carriedOverFromPreviousYear", CarriedOverFromPreviousYear);
        writer.WriteNumber("handledTotal", HandledTotal);
        writer.WriteNumber("carriedOverToNextYear", CarriedOverToNextYear);
        writer.WriteNumber("administrativeReviews", AdministrativeReviews);
    }
}
