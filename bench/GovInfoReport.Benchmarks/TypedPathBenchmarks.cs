using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GovInfoReport.Schema.Templates.V2019;
using GovInfoReport.Schema.Templates.V2021;

namespace GovInfoReport.Benchmarks;

/// <summary>
/// The typed path users take — <c>JsonSerializer.Deserialize</c> through the generated context, then
/// <c>Validate(report)</c> — against its natural baseline: plain System.Text.Json source-generated deserialisation
/// of the same shape (the same nested records, a root without the validating converter), no validation at all.
/// </summary>
[MemoryDiagnoser]
public class TypedPathBenchmarks
{
    private byte[] _payload = [];
    private bool _is2019;

    /// <summary>The payload under test.</summary>
    [ParamsSource(nameof(PayloadNames))]
    public string Payload { get; set; } = "2021-clean";

    public static IEnumerable<string> PayloadNames => Payloads.Names;

    [GlobalSetup]
    public void Setup()
    {
        _payload = Payloads.Load(Payload);
        _is2019 = Payload.StartsWith("2019", System.StringComparison.Ordinal);
    }

    /// <summary>Plain STJ source-generated deserialisation of the same shape, no validation.</summary>
    [Benchmark(Baseline = true)]
    public object PlainSourceGenerated()
        => _is2019
            ? JsonSerializer.Deserialize(_payload, PlainReport2019Context.Default.Report)!
            : JsonSerializer.Deserialize(_payload, PlainReport2021Context.Default.Report)!;

    /// <summary>The generated context (structure checked while reading), then every rule on the record.</summary>
    [Benchmark]
    public int DeserializeThenValidate()
    {
        if (_is2019)
        {
            var report = JsonSerializer.Deserialize(_payload, Report2019JsonContext.Default.Report2019)!;
            return Report2019Validator.Validate(report).Issues.Count;
        }
        else
        {
            var report = JsonSerializer.Deserialize(_payload, Report2021JsonContext.Default.Report2021)!;
            return Report2021Validator.Validate(report).Issues.Count;
        }
    }
}
