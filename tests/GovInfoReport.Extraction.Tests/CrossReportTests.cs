using System.Linq;
using GovInfoReport.Extraction.Checks;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>R6 and R7 across two reports of one agency for consecutive years.</summary>
public sealed class CrossReportTests
{
    private static ExtractionResult Load(string name) => DocumentTests.Extract(name, out _);

    [Fact]
    public void Consecutive_years_that_agree_raise_nothing()
    {
        var report = ReportChecker.Check([Load("x1-agency-2021"), Load("x2-agency-2022-consistent")]);
        Assert.All(report.Reports, r => Assert.Empty(r.CrossReportIssues));
        Assert.DoesNotContain(report.Reports.SelectMany(r => r.Issues), i => i.RuleId is "R6" or "R7");
    }

    [Fact]
    public void A_broken_carry_over_is_reported_per_column_on_the_later_report()
    {
        // Order does not matter: the later year is found by the report year.
        var report = ReportChecker.Check([Load("x3-agency-2022-inconsistent"), Load("x1-agency-2021")]);
        var later = report.Reports[0];
        Assert.Empty(report.Reports[1].CrossReportIssues);
        var r6 = later.CrossReportIssues.Where(i => i.RuleId == "R6").ToList();
        Assert.Equal(2, r6.Count);
        Assert.Contains(r6, i => i.Pointer == "/applications/carriedOverFromPreviousYear/naturalPersons" && i.Expected == "1" && i.Actual == "3" && i.Severity == IssueSeverity.Warning);
        Assert.Contains(r6, i => i.Pointer == "/applications/carriedOverFromPreviousYear/total" && i.Expected == "1" && i.Actual == "3");
    }

    [Fact]
    public void Documents_in_force_that_do_not_add_up_give_an_R7_warning()
    {
        var report = ReportChecker.Check([Load("x1-agency-2021"), Load("x3-agency-2022-inconsistent")]);
        var r7 = Assert.Single(report.Reports[1].CrossReportIssues, i => i.RuleId == "R7");
        Assert.Equal("/activeDisclosure/regulations/normativeDocuments/currentlyValid", r7.Pointer);
        Assert.Equal("14", r7.Expected);
        Assert.Equal("20", r7.Actual);
        Assert.Equal(IssueSeverity.Warning, r7.Severity);
        Assert.StartsWith("行政规范性文件：", r7.MessageZh, System.StringComparison.Ordinal);
        Assert.StartsWith("行政规范性文件: ", r7.MessageEn, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_of_other_agencies_or_non_consecutive_years_are_not_compared()
    {
        var report = ReportChecker.Check([Load("x1-agency-2021"), Load("d27-text-disagrees-with-tables"), Load("d01-2019-tables-in-2022-report")]);
        Assert.DoesNotContain(report.Reports.SelectMany(r => r.CrossReportIssues), i => i.RuleId is "R6" or "R7");
    }

    [Fact]
    public void The_facts_alone_give_the_carry_over_and_documents_in_force_issues()
    {
        // The values of the two tests above (read from the fixtures), found from the 20 numbers per report alone:
        // Check(list) goes through the facts too, so comparing with it would compare the code with itself.
        ExtractionResult[] extractions = [Load("x3-agency-2022-inconsistent"), Load("x1-agency-2021"), Load("d27-text-disagrees-with-tables")];

        var issues = ReportChecker.CrossCheck([.. extractions.Select(CrossReportFacts.Of)]);

        Assert.Equal(3, issues.Count);
        Assert.Equal(
            [
                "R6 /applications/carriedOverFromPreviousYear/naturalPersons 1 3 Warning",
                "R6 /applications/carriedOverFromPreviousYear/total 1 3 Warning",
                "R7 /activeDisclosure/regulations/normativeDocuments/currentlyValid 14 20 Warning",
            ],
            issues[0].Select(i => $"{i.RuleId} {i.Pointer} {i.Expected} {i.Actual} {i.Severity}").Order(System.StringComparer.Ordinal));
        Assert.Empty(issues[1]);
        Assert.Empty(issues[2]);
    }

    [Fact]
    public void The_facts_locate_the_values_the_rules_report_on()
    {
        var extraction = Load("x3-agency-2022-inconsistent");
        var facts = CrossReportFacts.Of(extraction);
        var issue = ReportChecker.CrossCheck([facts, CrossReportFacts.Of(Load("x1-agency-2021"))])[0].First(i => i.RuleId == "R6");

        var location = facts.LocationOf(issue.Pointer);
        Assert.NotNull(location);
        Assert.Equal(extraction.FindProvenance(issue.Pointer)!.Location, location);
        Assert.Null(facts.LocationOf("/applications/newApplications/total")); // not a value the rules report on
        Assert.Equal(extraction.SourceName, facts.SourceName);
        Assert.Equal(2022, facts.ReportYear);
    }

    [Fact]
    public void A_document_without_a_payload_takes_no_part()
    {
        var notAReport = ReportExtractor.Extract("这是一份会议通知，不是年度报告。", "notice.txt");
        var facts = CrossReportFacts.Of(notAReport);

        var issues = ReportChecker.CrossCheck([facts, CrossReportFacts.Of(Load("x1-agency-2021"))]);

        Assert.All(issues, Assert.Empty);
    }
}
