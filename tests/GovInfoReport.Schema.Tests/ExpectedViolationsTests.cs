using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoReport.Schema.Tests.Support;
using Xunit;

namespace GovInfoReport.Schema.Tests;

/// <summary>Fixtures/expected-violations.json (computed by hand from the seeds, see Fixtures/README.md) agrees with an
/// independent recomputation of R1–R4 and R11 over each fixture, so rule-engine tests can use it as ground truth.</summary>
public sealed class ExpectedViolationsTests
{
    public static TheoryData<string> Fixtures => new(TestData.FixtureNames);

    [Fact]
    public void ExpectedViolationsCoverExactlyTheFixtures()
    {
        Assert.Equal(TestData.FixtureNames.Order(), LoadExpected().Select(p => p.Key).Order());
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void HandComputedViolationsMatchRecomputation(string fixture)
    {
        var expected = ExpectedFor(fixture).Select(v => v.ToString()).Order();
        var recomputed = ReferenceRuleEvaluator.Evaluate(TestData.LoadFixture(fixture)).Select(v => v.ToString()).Order();

        Assert.Equal(expected, recomputed);
    }

    [Theory]
    [InlineData("seed-000.json", "R1,R1,R3,R3,R11")]
    [InlineData("seed-001.json", "R11")]
    [InlineData("seed-002.json", "R2,R3")]
    [InlineData("seed-004.json", "")]
    public void FixtureBreaksTheDocumentedRules(string fixture, string rules)
    {
        Assert.Equal(rules, string.Join(",", ExpectedFor(fixture).Select(v => v.Rule)));
    }

    [Fact]
    public void ReferenceEvaluatorDetectsAnR4BreakInTableFour()
    {
        // seed 004 is consistent; misreading one table 四 total (the failure mode template.md §7 describes) must surface.
        var payload = TestData.LoadFixture("seed-004.json");
        JsonPointer.Set(payload, "/reviewAndLitigation/administrativeLitigation/afterReview/upheld", JsonValue.Create(12));

        var violation = Assert.Single(ReferenceRuleEvaluator.Evaluate(payload));

        Assert.Equal(new Violation("R4", "error", "/reviewAndLitigation/administrativeLitigation/afterReview/total", 12, 0), violation);
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> LoadExpected() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestData.FixturesDirectory, "expected-violations.json")))!.AsObject();

    private static List<Violation> ExpectedFor(string fixture) =>
        LoadExpected().Single(p => p.Key == fixture).Value!.AsArray()
            .Select(v => new Violation(
                v!["rule"]!.GetValue<string>(),
                v["severity"]!.GetValue<string>(),
                v["pointer"]!.GetValue<string>(),
                v["expected"]?.GetValue<long>(),
                v["actual"]!.GetValue<long>()))
            .ToList();
}
