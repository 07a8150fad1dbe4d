using System.Linq;
using GovInfoReport.Schema.Templates.V2019;
using GovInfoReport.Schema.Templates.V2021;
using ApplicantCounts = GovInfoReport.Schema.Templates.V2021.ApplicantCounts;
using CaseOutcomes = GovInfoReport.Schema.Templates.V2021.CaseOutcomes;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>
/// Every record type has its own validator: its constraints and the rules declared on it and below, with pointers
/// relative to the record.
/// </summary>
public sealed class RecordValidatorTests
{
    [Fact]
    public void ACaseOutcomesRecordWithAWrongTotalBreaksR4AtItsOwnTotal()
    {
        var review = new CaseOutcomes { Upheld = 2, Corrected = 1, OtherOutcomes = 0, Pending = 1, Total = 3 };

        var issue = Assert.Single(Report2021Validator.Validate(review).Issues);

        Assert.Equal(("R4", "/total", "4", "3"), (issue.RuleId, issue.Pointer, issue.Expected, issue.Actual));
    }

    [Fact]
    public void AnApplicationsTableFromAPublishedReportBreaksR1AndR3WithPointersRelativeToIt()
    {
        var report = ReportValidator.ValidateAndRead(System.IO.File.ReadAllBytes(System.IO.Path.Combine(Support.TestData.FixturesDirectory, "seed-000.json"))).Report2019!;

        var issues = Report2019Validator.Validate(report.Applications).Issues.Select(i => i.RuleId + "@" + i.Pointer).OrderBy(s => s, System.StringComparer.Ordinal);

        Assert.Equal(
            ["R1@/outcomes/total/naturalPersons", "R1@/outcomes/total/total", "R3@/outcomes/total/naturalPersons", "R3@/outcomes/total/total"],
            issues);
    }

    [Fact]
    public void ARowIsCheckedAgainstR2AndItsOwnBounds()
    {
        var row = new ApplicantCounts { NaturalPersons = 2, CommercialEnterprises = -1, ResearchInstitutions = 0, PublicInterestOrganizations = 0, LegalServiceProviders = 0, OtherOrganizations = 0, Total = 1 };

        var issue = Assert.Single(Report2021Validator.Validate(row).Issues);

        // The negative cell is a structural issue, so R2, which reads it, stays silent instead of cascading.
        Assert.Equal((IssueIds.Minimum, "/commercialEnterprises"), (issue.RuleId, issue.Pointer));
    }

    [Fact]
    public void AConsistentRecordIsCleanAndAllocatesNoResult()
    {
        var row = new ApplicantCounts { NaturalPersons = 2, CommercialEnterprises = 1, ResearchInstitutions = 0, PublicInterestOrganizations = 0, LegalServiceProviders = 0, OtherOrganizations = 0, Total = 3 };

        Assert.Same(ValidationResult.Clean, Report2021Validator.Validate(row));
    }
}
