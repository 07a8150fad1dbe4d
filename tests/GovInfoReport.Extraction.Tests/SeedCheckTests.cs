using System;
using System.Linq;
using GovInfoReport.Extraction.Checks;
using GovInfoReport.Extraction.Tests.Support;
using GovInfoReport.Schema;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>The checks report the seeds' real inconsistencies, and seed 003 is rejected as not a report.</summary>
public sealed class SeedCheckTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("004")]
    public void Rule_violations_are_exactly_the_hand_computed_ones(string seed)
    {
        foreach (var form in new[] { "text", "html", "docx" })
        {
            var checkedReport = ReportChecker.Check(SeedExtractionTests.ExtractForm(seed, form));
            var expected = TestFiles.ExpectedViolations()[$"seed-{seed}.json"]!.AsArray()
                .Select(v => ((string)v!["rule"]!, (string)v["pointer"]!, v["expected"]?.ToJsonString(), v["actual"]!.ToJsonString()))
                .OrderBy(v => v.Item1, StringComparer.Ordinal).ThenBy(v => v.Item2, StringComparer.Ordinal).ToList();
            var actual = checkedReport.Issues.Where(i => i.RuleId is "R1" or "R2" or "R3" or "R4" or "R11")
                .Select(i => (i.RuleId, i.Pointer, i.Expected, i.Actual))
                .OrderBy(v => v.RuleId, StringComparer.Ordinal).ThenBy(v => v.Pointer, StringComparer.Ordinal).ToList();
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Item1, actual[i].RuleId);
                Assert.Equal(expected[i].Item2, actual[i].Pointer);
                Assert.Equal(expected[i].Item4, actual[i].Actual);
                if (expected[i].Item3 is not null and not "null")
                {
                    Assert.Equal(expected[i].Item3, actual[i].Expected);
                }
            }

            // The published prose agrees with the tables in every seed.
            Assert.DoesNotContain(checkedReport.Issues, i => i.RuleId == "R8");
        }
    }

    [Fact]
    public void Seed_000_breaks_the_balance_on_the_natural_person_and_total_columns()
    {
        var issues = ReportChecker.Check(ReportExtractor.Extract(TestFiles.SeedText("000"))).Issues;
        foreach (var rule in new[] { "R1", "R3" })
        {
            Assert.Contains(issues, i => i.RuleId == rule && i.Severity == IssueSeverity.Error && i.Pointer == "/applications/outcomes/total/naturalPersons" && i.Expected == "7" && i.Actual == "0");
            Assert.Contains(issues, i => i.RuleId == rule && i.Severity == IssueSeverity.Error && i.Pointer == "/applications/outcomes/total/total" && i.Expected == "7" && i.Actual == "0");
        }
    }

    [Fact]
    public void Seed_002_breaks_a_row_total_and_the_total_column()
    {
        var issues = ReportChecker.Check(ReportExtractor.Extract(TestFiles.SeedText("002"))).Issues;
        Assert.Contains(issues, i => i.RuleId == "R2" && i.Pointer == "/applications/outcomes/disclosed/total" && i.Expected == "2" && i.Actual == "0");
        Assert.Contains(issues, i => i.RuleId == "R3" && i.Pointer == "/applications/outcomes/total/total" && i.Expected == "0" && i.Actual == "2");
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    public void Seeds_000_and_001_get_the_version_warning(string seed)
    {
        var report = ReportChecker.Check(ReportExtractor.Extract(TestFiles.SeedText(seed)));
        Assert.Equal(TemplateVersion.V2019, report.Extraction.TemplateVersion);
        Assert.Contains(report.Issues, i => i.RuleId == "R11" && i.Severity == IssueSeverity.Warning && i.Pointer == "/reportYear" && i.Actual == "2022");
    }

    [Fact]
    public void Seed_003_is_rejected_as_not_an_annual_report()
    {
        var result = ReportExtractor.Extract(TestFiles.SeedText("003"), "003");
        Assert.Equal(ExtractionStatus.NotAnnualReport, result.Status);
        Assert.False(result.IsAnnualReport);
        Assert.Null(result.Payload);
        Assert.Contains("工作要点", result.ReasonZh, StringComparison.Ordinal);
        Assert.Contains("not an annual report", result.ReasonEn, StringComparison.OrdinalIgnoreCase);
        var report = ReportChecker.Check([result]);
        Assert.Empty(report.Reports[0].Issues);
        Assert.False(report.Reports[0].IsValid);
    }

    [Fact]
    public void Seed_notes_record_the_published_deviations()
    {
        var s000 = ReportExtractor.Extract(TestFiles.SeedText("000"));
        Assert.Contains(s000.Notes, n => n.Code == ExtractionNoteCodes.HybridLabel && n.Pointer == "/activeDisclosure/regulations/normativeDocuments");
        Assert.Contains(s000.Notes, n => n.Code == ExtractionNoteCodes.SignedValue && n.RawText == "+5");
        Assert.Contains(s000.Notes, n => n.Code == ExtractionNoteCodes.UnitValue && n.RawText == "7049.93万元" && n.Location!.Line == 83);
        Assert.Contains(s000.Notes, n => n.Code == ExtractionNoteCodes.VerticalHeader);
        Assert.Equal(136, s000.Notes.Count(n => n.Code == ExtractionNoteCodes.BlankAsZero));

        var s001 = ReportExtractor.Extract(TestFiles.SeedText("001"));
        Assert.Contains(s001.Notes, n => n.Code == ExtractionNoteCodes.ReviewHeadersScrambled);
        Assert.Contains(s001.Notes, n => n.Code == ExtractionNoteCodes.ReviewHeadersMissing);
        Assert.Contains(s001.Notes, n => n.Code == ExtractionNoteCodes.DateBeforePeriodEnd);

        var s002 = ReportExtractor.Extract(TestFiles.SeedText("002"));
        Assert.Contains(s002.Notes, n => n.Code == ExtractionNoteCodes.ArtefactRemoved);

        var s004 = ReportExtractor.Extract(TestFiles.SeedText("004"));
        Assert.Contains(s004.Notes, n => n.Code == ExtractionNoteCodes.WrongLabelByPosition && n.Pointer == "/activeDisclosure/penaltiesAndCoercion/administrativeCoercion");
        Assert.Equal(3, s004.Notes.Count(n => n.Code == ExtractionNoteCodes.LabelVariant));
        Assert.Equal(3, s004.Notes.Count(n => n.Code == ExtractionNoteCodes.DashAsZero));
        Assert.Contains(s004.Notes, n => n.Code == ExtractionNoteCodes.ArtefactRemoved && n.RawText!.StartsWith("-----", StringComparison.Ordinal));
    }

    [Fact]
    public void Provenance_points_at_the_source_line_or_cell()
    {
        var text = ReportExtractor.Extract(TestFiles.SeedText("000"));
        var amount = text.FindProvenance("/activeDisclosure/procurement/centralizedProcurement/totalAmount")!;
        Assert.Equal(83, amount.Location.Line);
        Assert.Equal("7049.93万元", amount.RawText);
        var blank = text.FindProvenance("/applications/outcomes/total/naturalPersons")!;
        Assert.Equal("blank → 0", blank.Derivation);

        var tabbed = ReportExtractor.Extract(TestFiles.SeedText("004"));
        var fee = tabbed.FindProvenance("/activeDisclosure/fees/administrativeFees/amountInTenThousandYuan")!;
        Assert.Equal(44, fee.Location.Line);
        Assert.Equal(2, fee.Location.Cell);

        var html = SeedExtractionTests.ExtractForm("002", "html");
        var cell = html.FindProvenance("/applications/newApplications/naturalPersons")!;
        Assert.Equal(5, cell.Location.Table);
        Assert.Equal(4, cell.Location.Row);
        Assert.Equal(4, cell.Location.Column);
    }
}
