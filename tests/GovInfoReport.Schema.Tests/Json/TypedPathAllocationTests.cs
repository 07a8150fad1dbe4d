using System;
using System.Text;
using System.Text.Json;
using GovInfoReport.Schema.Tests.Runtime;
using Xunit;
using V2019 = GovInfoReport.Schema.Templates.V2019;
using V2021 = GovInfoReport.Schema.Templates.V2021;

namespace GovInfoReport.Schema.Tests.Json;

/// <summary>
/// Issue 14's typed-path target, its load-independent half: deserialising through the generated context and then
/// validating the record allocates no more than plain System.Text.Json source-generated deserialisation of the same
/// shape, on each of the benchmark payloads (minified and escaped as a service receives them), the one with rule
/// issues included. Time is measured by <c>TypedPathBenchmarks</c>, not here.
/// </summary>
public sealed class TypedPathAllocationTests
{
    public static TheoryData<string, string, bool> BenchmarkPayloads => new()
    {
        { "2019-warning", "seed-001.json", true },
        { "2021-clean", Payload.CleanFixture, true },
        { "2021-invalid", Payload.Fixture2021, true },
        { "2021-tables-5k", Payload.CleanFixture, false },
    };

    [Theory]
    [MemberData(nameof(BenchmarkPayloads))]
    public void TheTypedPathAllocatesNoMoreThanPlainSourceGeneratedDeserialisation(string name, string fixture, bool keepProse)
    {
        var node = Payload.Fixture(fixture);
        if (!keepProse)
        {
            node.Remove("overview");
            node.Remove("problemsAndImprovements");
            node.Remove("otherMatters");
        }

        var bytes = Encoding.UTF8.GetBytes(node.ToJsonString());
        var is2019 = name.StartsWith("2019", StringComparison.Ordinal);
        Func<int> typed = is2019
            ? () => V2019.Report2019Validator.Validate(JsonSerializer.Deserialize(bytes, V2019.Report2019JsonContext.Default.Report2019)!).Issues.Count
            : () => V2021.Report2021Validator.Validate(JsonSerializer.Deserialize(bytes, V2021.Report2021JsonContext.Default.Report2021)!).Issues.Count;
        Func<int> plain = is2019
            ? () => JsonSerializer.Deserialize(bytes, GovInfoReport.Benchmarks.PlainReport2019Context.Default.Report)!.ReportYear
            : () => JsonSerializer.Deserialize(bytes, GovInfoReport.Benchmarks.PlainReport2021Context.Default.Report)!.ReportYear;

        var typedBytes = AllocatedPerCall(typed);
        var plainBytes = AllocatedPerCall(plain);

        Assert.True(typedBytes <= plainBytes, $"{name}: the typed path allocates {typedBytes} B per call, plain STJ {plainBytes} B");
        if (name == "2021-invalid")
        {
            Assert.Equal(2, typed()); // the rule issues (R2, R3) are part of what was measured
        }
    }

    private static long AllocatedPerCall(Func<int> call)
    {
        // Warm: first calls build metadata, per-thread slot tables and the serializer's caches.
        for (var i = 0; i < 5; i++)
        {
            call();
        }

        const int Calls = 20;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Calls; i++)
        {
            call();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;
    }
}
