using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GovInfoReport.Schema.Templates.V2019;
using GovInfoReport.Schema.Templates.V2021;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Benchmarks;

/// <summary>
/// Bytes in, verdict out, on the same payloads in one run: a raw <see cref="Utf8JsonReader"/> pass (the floor and the
/// baseline), this library's verdict-only call and its call that also reads the report, and two peers on the same
/// bytes and schema (structure only: they know no rules): NJsonSchema 10.7.2 and JsonSchema.Net 8.0.5.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private byte[] _payload = [];
    private NJsonSchema.JsonSchema _njsonSchema = null!;
    private Json.Schema.JsonSchema _jsonSchemaNet = null!;
    private Json.Schema.EvaluationOptions _flagOnly = null!;
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
        var schema = Payloads.SchemaText(_is2019 ? "2019" : "2021");
        _njsonSchema = NJsonSchema.JsonSchema.FromJsonAsync(schema).GetAwaiter().GetResult();
        _jsonSchemaNet = Json.Schema.JsonSchema.FromText(schema);
        _flagOnly = new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.Flag };
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

    /// <summary>The default call, verdict only: version detection, encoding, structure and every rule.</summary>
    [Benchmark]
    public int VerdictOnly() => ReportValidator.Validate(_payload).Issues.Count;

    /// <summary><c>Validate(bytes, out report)</c>: the verdict and, when the structure is valid, the typed report.</summary>
    [Benchmark]
    public int ValidateWithReport()
    {
        if (_is2019)
        {
            return Report2019Validator.Validate(_payload, out var report2019).Issues.Count + (report2019 is null ? 0 : 1);
        }

        return Report2021Validator.Validate(_payload, out var report2021).Issues.Count + (report2021 is null ? 0 : 1);
    }

    /// <summary>NJsonSchema 10.7.2 on the same bytes and schema (structure only; it knows no rules).</summary>
    [Benchmark]
    public int NJsonSchemaValidate() => _njsonSchema.Validate(Encoding.UTF8.GetString(_payload)).Count;

    /// <summary>JsonSchema.Net 8.0.5 on the same bytes and schema, flag output (structure only).</summary>
    [Benchmark]
    public bool JsonSchemaNetValidate()
    {
        using var document = JsonDocument.Parse(_payload);
        return _jsonSchemaNet.Evaluate(document.RootElement, _flagOnly).IsValid;
    }
}

internal static class ReaderExtensions
{
    public static long GetInt64IfInteger(this ref Utf8JsonReader reader) => reader.TryGetInt64(out var value) ? value : 1;
}
