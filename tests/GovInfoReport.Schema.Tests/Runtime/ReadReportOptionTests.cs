using GovInfoReport.Schema.Templates.V2021;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary><see cref="ValidationOptions.ReadReport"/> only decides whether the typed report is built: the issues are
/// the same either way, and a clean payload gets the shared <see cref="ValidationResult.Clean"/>.</summary>
public sealed class ReadReportOptionTests
{
    private static readonly ValidationOptions NoReport = new() { ReadReport = false };

    public static TheoryData<string> Fixtures => new(Support.TestData.FixtureNames);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void WithoutReadReportTheIssuesAreTheSameAndTheReportIsNull(string fixture)
    {
        var bytes = Payload.Bytes(Payload.Fixture(fixture));

        var withReport = Payload.Validate(bytes);
        var withoutReport = Payload.Validate(bytes, NoReport);

        Assert.NotNull(withReport.Report);
        Assert.Null(withoutReport.Report);
        Assert.Equal(withReport.TemplateVersion, withoutReport.TemplateVersion);
        Assert.Equal(withReport.Issues, withoutReport.Issues);
        Assert.Equal(withReport.Validation.ErrorCount, withoutReport.Validation.ErrorCount);
        Assert.Equal(withReport.Validation.WarningCount, withoutReport.Validation.WarningCount);
    }

    [Fact]
    public void StructurallyInvalidPayloadHasNoReportEitherWay()
    {
        var bytes = Payload.Bytes(Payload.With(Payload.CleanFixture, "/applications/outcomes/total/total", -1));

        var withReport = Payload.Validate(bytes);
        var withoutReport = Payload.Validate(bytes, NoReport);

        Assert.Null(withReport.Report);
        Assert.Null(withoutReport.Report);
        Assert.Equal(withReport.Issues, withoutReport.Issues);
    }

    [Fact]
    public void CleanPayloadReturnsTheSharedCleanResult()
    {
        var bytes = Payload.Bytes(Payload.Fixture(Payload.CleanFixture));

        var withReport = Payload.Validate(bytes);
        var withoutReport = Payload.Validate(bytes, NoReport);

        Assert.Same(ValidationResult.Clean, withReport.Validation);
        Assert.Same(ValidationResult.Clean, withoutReport.Validation);
        Assert.True(withoutReport.IsValid);
        Assert.Empty(withoutReport.Issues);
        Assert.Equal(TemplateVersion.V2021, withoutReport.TemplateVersion);
        var report = Assert.IsType<Report2021>(withReport.Report);
        Assert.Equal("河北省机关事务管理局", report.AgencyName);
        Assert.Equal(1016.72m, report.ActiveDisclosure.Fees.AdministrativeFees.AmountInTenThousandYuan);
    }

    [Fact]
    public void TheVerdictIsTheDefaultAndTheReportIsAskedFor()
    {
        // Issue 14: Validate(bytes) with default options built the report (ReadReport defaulted to true), so the
        // documented fast call was not the one users made.
        var bytes = Payload.Bytes(Payload.Fixture(Payload.CleanFixture));

        Assert.False(ValidationOptions.Default.ReadReport);
        Assert.Null(ReportValidator.Validate(bytes).Report);
        Assert.Null(ReportValidator.Validate(System.Text.Encoding.UTF8.GetString(bytes)).Report);
        Assert.Null(ReportValidator.Validate(new System.IO.MemoryStream(bytes)).Report);

        Assert.NotNull(ReportValidator.ValidateAndRead(bytes).Report2021);
        Assert.NotNull(ReportValidator.ValidateAndRead(System.Text.Encoding.UTF8.GetString(bytes)).Report2021);
        Assert.NotNull(ReportValidator.ValidateAndRead(new System.IO.MemoryStream(bytes)).Report2021);
        Assert.NotNull(ReportValidator.Validate(bytes, new ValidationOptions { ReadReport = true }).Report2021);
        // ValidateAndRead keeps the caller's limits.
        Assert.Equal(IssueIds.JsonSize, Assert.Single(ReportValidator.ValidateAndRead(bytes, new ValidationOptions { MaxPayloadBytes = 100 }).Issues).RuleId);
    }

    [Fact]
    public void TheTypedReportIsReachableWithoutACast()
    {
        var result2021 = ReportValidator.ValidateAndRead(Payload.Bytes(Payload.Fixture(Payload.CleanFixture)));
        var result2019 = ReportValidator.ValidateAndRead(Payload.Bytes(Payload.Fixture(Payload.Fixture2019)));

        Assert.Equal("河北省机关事务管理局", result2021.Report2021!.AgencyName);
        Assert.Null(result2021.Report2019);
        Assert.True(result2021.TryGetReport<Report2021>(out var typed));
        Assert.Same(result2021.Report2021, typed);
        Assert.False(result2021.TryGetReport<GovInfoReport.Schema.Templates.V2019.Report2019>(out _));
        Assert.NotNull(result2019.Report2019);
        Assert.Null(result2019.Report2021);
    }

    [Fact]
    public void CleanResultIsEmptyAndValid()
    {
        Assert.Empty(ValidationResult.Clean.Issues);
        Assert.Equal((0, 0, false, true), (ValidationResult.Clean.ErrorCount, ValidationResult.Clean.WarningCount, ValidationResult.Clean.IsTruncated, ValidationResult.Clean.IsValid));
    }
}
