using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GovInfoReport.Schema.Templates.V2019;
using GovInfoReport.Schema.Templates.V2021;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Benchmarks;

/// <summary>
/// Bytes in, issues out, on the same payloads in one run: a raw <see cref="Utf8JsonReader"/> pass (the floor and the
/// baseline), this library, the typed path, and NJsonSchema 10.7.2 (structure only: what users would otherwise pick).
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private static readonly ValidationOptions IssuesOnly = new() { ReadReport = false };
    private byte[] _payload = [];
    private NJsonSchema.JsonSchema _njsonSchema = null!;
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
        _njsonSchema = NJsonSchema.JsonSchema.FromJsonAsync(Payloads.SchemaText(_is2019 ? "2019" : "2021")).GetAwaiter().GetResult();
    }

    /// <summary>Reads every token and touches every value: nothing that reads every byte can be faster.</summary>
    [Benchmark(Baseline = true)]
    public long RawReaderPass()
    {
        var reader = new Utf8JsonReader(_payload);
        long checksum = 0;
        while (reader.Read())
        {
            checksum += reader.TokenType switch
            {
                JsonTokenType.Number => reader.GetInt64IfInteger(),
                JsonTokenType.String or JsonTokenType.PropertyName => reader.ValueSpan.Length,
                _ => 1,
            };
        }

        return checksum;
    }

    /// <summary>This library: version detection, structure and every rule.</summary>
    [Benchmark]
    public int ReportValidatorValidate() => ReportValidator.Validate(_payload, IssuesOnly).Issues.Count;

    /// <summary>This library, typed: validate, build the typed report, then validate the record.</summary>
    [Benchmark]
    public int DeserializeThenValidateTyped()
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

    /// <summary>NJsonSchema 10.7.2 on the same bytes and schema (structure only; it knows no rules).</summary>
    [Benchmark]
    public int NJsonSchemaValidate() => _njsonSchema.Validate(Encoding.UTF8.GetString(_payload)).Count;
}

internal static class ReaderExtensions
{
    public static long GetInt64IfInteger(this ref Utf8JsonReader reader) => reader.TryGetInt64(out var value) ? value : 1;
}
