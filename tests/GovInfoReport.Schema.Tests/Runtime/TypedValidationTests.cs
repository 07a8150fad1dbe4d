using System.Text.Json.Nodes;
using GovInfoReport.Schema.Templates.V2019;
using GovInfoReport.Schema.Templates.V2021;
using GovInfoReport.Schema.Tests.Support;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>Validating a typed report (a record read from a fixture, then changed with <c>with</c>) gives exactly the
/// issues that validating the payload bytes with the same change gives: same ids, pointers, values and messages.</summary>
public sealed class TypedValidationTests
{
    [Theory]
    [InlineData(Payload.Fixture2021)]
    [InlineData(Payload.CleanFixture)]
    public void UnchangedReportGivesTheIssuesOfItsPayload2021(string fixture)
    {
        var bytes = Payload.Bytes(Payload.Fixture(fixture));
        var fromBytes = Payload.Validate(bytes);

        var typed = Report2021Validator.Validate(Read2021(fixture));

        Assert.Equal(fromBytes.Issues, typed.Issues);
        if (fromBytes.Issues.Count == 0)
        {
            Assert.Same(ValidationResult.Clean, typed);
        }
    }

    [Theory]
    [InlineData(Payload.Fixture2019)]
    [InlineData("seed-001.json")]
    public void UnchangedReportGivesTheIssuesOfItsPayload2019(string fixture)
    {
        var fromBytes = Payload.Validate(Payload.Fixture(fixture));

        Assert.Equal(fromBytes.Issues, Report2019Validator.Validate(Read2019(fixture)).Issues);
    }

    [Fact]
    public void NegativeCount()
    {
        var report = Read2021(Payload.Fixture2021);
        var changed = report with
        {
            Applications = report.Applications with
            {
                NewApplications = report.Applications.NewApplications with { NaturalPersons = -3 },
            },
        };

        AssertSameIssues2021(changed, Payload.With(Payload.Fixture2021, "/applications/newApplications/naturalPersons", -3), "R5");
    }

    [Fact]
    public void NegativeMoneyAmount()
    {
        var report = Read2021(Payload.CleanFixture);
        var changed = report with
        {
            ActiveDisclosure = report.ActiveDisclosure with
            {
                Fees = report.ActiveDisclosure.Fees with
                {
                    AdministrativeFees = report.ActiveDisclosure.Fees.AdministrativeFees with { AmountInTenThousandYuan = -0.5m },
                },
            },
        };

        AssertSameIssues2021(changed, Payload.With(Payload.CleanFixture, "/activeDisclosure/fees/administrativeFees/amountInTenThousandYuan", -0.5m), "R5");
    }

    [Fact]
    public void NullRequiredStringIsAMissingMember()
    {
        // A record cannot tell an absent member from a null one; the typed path reports it as missing, like a payload
        // without the member.
        var changed = Read2021(Payload.CleanFixture) with { AgencyName = null! };

        AssertSameIssues2021(changed, Payload.Without(Payload.CleanFixture, "/agencyName"), IssueIds.Required);
    }

    [Fact]
    public void NullRequiredTableIsAMissingMember()
    {
        var report = Read2021(Payload.CleanFixture);
        var changed = report with { ActiveDisclosure = report.ActiveDisclosure with { Fees = null! } };

        AssertSameIssues2021(changed, Payload.Without(Payload.CleanFixture, "/activeDisclosure/fees"), IssueIds.Required);
    }

    [Fact]
    public void EmptyAgencyName()
    {
        var changed = Read2021(Payload.CleanFixture) with { AgencyName = string.Empty };

        AssertSameIssues2021(changed, Payload.With(Payload.CleanFixture, "/agencyName", string.Empty), IssueIds.MinLength);
    }

    [Fact]
    public void PublicationDateIsADateOnlySoATypedReportCannotHoldAnInvalidOne()
    {
        // format: date generates DateOnly: "2022-02-30" is not representable, so the typed path has nothing to report.
        var payload = Payload.With(Payload.CleanFixture, "/publicationDate", "2022-02-28");
        var report = Assert.IsType<Report2021>(Payload.Validate(payload).Report);

        Assert.Equal(new System.DateOnly(2022, 2, 28), report.PublicationDate);
        Assert.Empty(Report2021Validator.Validate(report).Issues);
        Assert.Equal(IssueIds.Format, Assert.Single(Payload.Validate(Payload.With(Payload.CleanFixture, "/publicationDate", "2022-02-30")).Issues).RuleId);
    }

    [Theory]
    [InlineData(2007, "R5")]
    [InlineData(2101, IssueIds.Maximum)]
    public void ReportYearOutOfRange(int year, string ruleId)
    {
        var changed = Read2021(Payload.CleanFixture) with { ReportYear = year };

        AssertSameIssues2021(changed, Payload.With(Payload.CleanFixture, "/reportYear", year), ruleId);
    }

    [Fact]
    public void RuleViolationIntroducedByAChange()
    {
        var report = Read2021(Payload.CleanFixture);
        var review = report.ReviewAndLitigation.AdministrativeReview;
        var changed = report with { ReviewAndLitigation = report.ReviewAndLitigation with { AdministrativeReview = review with { Total = 4 } } };

        AssertSameIssues2021(changed, Payload.With(Payload.CleanFixture, "/reviewAndLitigation/administrativeReview/total", 4), "R4");
    }

    [Fact]
    public void AnUndefinedEnumValueInATypedReportIsAnEnumError()
    {
        // The unit is a C# enum; only a cast can put a value outside it there, and the typed path reports it.
        var report = Read2019(Payload.Fixture2019);
        var procurement = report.ActiveDisclosure.Procurement;
        var changed = report with
        {
            ActiveDisclosure = report.ActiveDisclosure with
            {
                Procurement = procurement with
                {
                    CentralizedProcurement = procurement.CentralizedProcurement with
                    {
                        TotalAmount = procurement.CentralizedProcurement.TotalAmount with { Unit = (Unit)7 },
                    },
                },
            },
        };

        var typed = Report2019Validator.Validate(changed);

        var issue = Assert.Single(typed.Issues, i => i.RuleId == IssueIds.Enum);
        Assert.Equal("/activeDisclosure/procurement/centralizedProcurement/totalAmount/unit", issue.Pointer);
        Assert.Equal("\"7\"", issue.Actual);
    }

    [Fact]
    public void TheTemplateVersionIsAValueTheRecordStates()
    {
        // A one-value enum is not settable: the typed report always carries its own template's version.
        Assert.Equal("2021", Read2021(Payload.CleanFixture).TemplateVersion);
        Assert.Null(typeof(Report2021).GetProperty(nameof(Report2021.TemplateVersion))!.SetMethod);
    }

    [Fact]
    public void GeneratedByteOverloadReadsTheSameReport()
    {
        var bytes = Payload.Bytes(Payload.Fixture(Payload.Fixture2021));

        var result = Report2021Validator.Validate(bytes, out var report);

        Assert.Equal(Read2021(Payload.Fixture2021), report);
        Assert.Equal(Payload.Validate(bytes).Issues, result.Issues);
    }

    private static Report2021 Read2021(string fixture) =>
        Assert.IsType<Report2021>(Payload.Validate(Payload.Fixture(fixture)).Report);

    private static Report2019 Read2019(string fixture) =>
        Assert.IsType<Report2019>(Payload.Validate(Payload.Fixture(fixture)).Report);

    private static void AssertSameIssues2021(Report2021 changed, JsonObject samePayloadChange, string expectedRuleId)
    {
        var bytes = Payload.Bytes(samePayloadChange);
        var fromBytes = Payload.Validate(bytes);

        var typed = Report2021Validator.Validate(changed);

        Assert.Contains(typed.Issues, i => i.RuleId == expectedRuleId);
        Assert.Equal(fromBytes.Issues, typed.Issues);
        Assert.Equal(fromBytes.Validation.ErrorCount, typed.ErrorCount);
        Assert.Equal(fromBytes.Validation.WarningCount, typed.WarningCount);
        Assert.Equal(Report2021Validator.Validate(bytes).Issues, typed.Issues);
    }
}
