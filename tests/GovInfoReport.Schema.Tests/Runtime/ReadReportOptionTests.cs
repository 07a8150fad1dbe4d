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
    public void CleanResultIsEmptyAndValid()
    {
        Assert.Empty(ValidationResult.Clean.Issues);
        Assert.Equal((0, 0, false, true), (ValidationResult.Clean.ErrorCount, ValidationResult.Clean.WarningCount, ValidationResult.Clean.IsTruncated, ValidationResult.Clean.IsValid));
    }
}
