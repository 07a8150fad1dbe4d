using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using GovInfoReport.Schema;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Hardening.Tests;

/// <summary>
/// Property tests over random consistent reports of both templates: they validate clean, and changing any single
/// cell a rule reads trips exactly the rules that read it.
/// </summary>
public sealed class RulePropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(25);

    private static Arbitrary<int[]> Numbers => Arb.From(Gen.ArrayOf(Gen.Choose(0, 1_000_000), 512));

    public static TheoryData<TemplateVersion> Versions => new() { TemplateVersion.V2019, TemplateVersion.V2021 };

    [Theory]
    [MemberData(nameof(Versions))]
    public void ConsistentReportsValidateClean(TemplateVersion version)
    {
        Check.One(Config, Prop.ForAll(Numbers, numbers =>
        {
            var result = Validate(ConsistentReports.Build(version, numbers));
            Assert.Empty(result.Issues);
        }));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void ChangingOneCellTripsExactlyTheRulesThatReadIt(TemplateVersion version)
    {
        var reads = RuleReads.EqualityRulesByCell(ConsistentReports.Layout(version));
        Assert.True(reads.Count >= 176, $"only {reads.Count} cells are read by rules");
        Check.One(Config.WithMaxTest(5), Prop.ForAll(Numbers, numbers =>
        {
            var report = ConsistentReports.Build(version, numbers);
            foreach (var (pointer, expected) in reads)
            {
                var changed = report.DeepClone().AsObject();
                ConsistentReports.Set(changed, pointer, ConsistentReports.Get(report, pointer)!.GetValue<int>() + 1);

                var tripped = Validate(changed).Issues.Select(i => i.RuleId + "@" + i.Pointer).ToHashSet();
                Assert.True(expected.SetEquals(tripped), $"{pointer}: expected {string.Join(", ", expected)}; tripped {string.Join(", ", tripped)}");
            }
        }));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void MovingTheYearAcrossTheTemplateBoundaryTripsOnlyR11(TemplateVersion version)
    {
        Check.One(Config, Prop.ForAll(Numbers, numbers =>
        {
            var report = ConsistentReports.Build(version, numbers);
            report["reportYear"] = version == TemplateVersion.V2019 ? 2020 : 2021;
            Assert.Empty(Validate(report).Issues);

            report["reportYear"] = version == TemplateVersion.V2019 ? 2021 : 2020;
            var issue = Assert.Single(Validate(report).Issues);
            Assert.Equal(("R11", IssueSeverity.Warning, "/reportYear"), (issue.RuleId, issue.Severity, issue.Pointer));
        }));
    }

    private static ReportValidationResult Validate(JsonObject report) => ReportValidator.Validate(Encoding.UTF8.GetBytes(report.ToJsonString()));
}
