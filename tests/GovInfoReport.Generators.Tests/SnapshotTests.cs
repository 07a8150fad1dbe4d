using System.Linq;
using GovInfoReport.Generators.Tests.Support;
using Xunit;

namespace GovInfoReport.Generators.Tests;

/// <summary>
/// The generated source of the two shipped templates and of the sample template, compared line for line with the
/// reviewed baselines in <c>Snapshots/</c>. Rewrite them with <c>GOVINFO_UPDATE_SNAPSHOTS=1</c> (README.md).
/// </summary>
public sealed class SnapshotTests
{
    public static TheoryData<string> Schemas => new() { "report-2019", "report-2021", "sample-report" };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void GeneratedSourceMatchesTheReviewedSnapshot(string schema)
    {
        var (input, prefix) = schema switch
        {
            "report-2019" => (TestSchemas.Report2019, "Generated.V2019.Report2019"),
            "report-2021" => (TestSchemas.Report2021, "Generated.V2021.Report2021"),
            _ => (TestSchemas.Sample, "Generated.Sample.SampleReport"),
        };

        var run = GeneratorHarness.Run(input);
        Assert.Empty(run.Diagnostics);
        var sources = GeneratorHarness.Sources(run);

        // Exactly these files, named {Namespace}.{Root}.{Kind}.g.cs: the validator is split by concern.
        string[] kinds = ["Models", "Validator", "Validator.Reading", "Validator.TypedChecks", "Validator.Building", "Validator.Rules", "Validator.Shape", "Json"];
        Assert.Equal(kinds.Select(k => $"{prefix}.{k}.g.cs").OrderBy(n => n, System.StringComparer.Ordinal),
            sources.Keys.OrderBy(n => n, System.StringComparer.Ordinal));
        foreach (var kind in kinds)
        {
            Snapshot.Verify($"{schema}.{kind}.cs.txt", sources[$"{prefix}.{kind}.g.cs"]);
        }
    }

    [Fact]
    public void GenerationIsDeterministic()
    {
        // Two independent drivers must produce byte-identical text, or snapshots (and incremental builds) would flap.
        var first = GeneratorHarness.Sources(GeneratorHarness.Run(TestSchemas.Report2019, TestSchemas.Sample));
        var second = GeneratorHarness.Sources(GeneratorHarness.Run(TestSchemas.Report2019, TestSchemas.Sample));

        Assert.Equal(16, first.Count);
        Assert.Equal(first.OrderBy(p => p.Key, System.StringComparer.Ordinal), second.OrderBy(p => p.Key, System.StringComparer.Ordinal));
    }
}
