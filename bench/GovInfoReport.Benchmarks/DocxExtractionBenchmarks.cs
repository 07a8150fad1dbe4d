using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using GovInfoReport.Extraction;
using GovInfoReport.Extraction.Tests.Support;

namespace GovInfoReport.Benchmarks;

/// <summary>
/// Word documents in, payload out (<see cref="ReportExtractor.ExtractBytes(byte[], string?, ExtractionOptions?)"/>:
/// format sniffing, the package limits, the streaming DOCX reader, then the tables) on the seed fixtures rendered in the
/// official layout with the Open XML SDK (the extraction tests' renderer). The baseline, measured in the same run, reads
/// the same seed report from its published text (tests/GovInfoReport.Extraction.Tests/Seeds): a change to the DOCX
/// reader shows as a change of the ratio. Reports per second on one core = 1e6 / mean (µs).
/// </summary>
[MemoryDiagnoser]
public class DocxExtractionBenchmarks
{
    private byte[] _docx = [];
    private string _text = string.Empty;

    /// <summary>The seed fixture under test (tests/GovInfoReport.Schema.Tests/Fixtures/seed-NNN.json).</summary>
    [ParamsSource(nameof(SeedNames))]
    public string Seed { get; set; } = "002";

    public static IEnumerable<string> SeedNames => ["000", "001", "002", "004"];

    [GlobalSetup]
    public void Setup()
    {
        var fixture = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", $"seed-{Seed}.json")))!.AsObject();
        _docx = DocxRenderer.Render(ReportLayout.FromPayload(fixture), ruled: true);
        var extracted = ReportExtractor.ExtractBytes(_docx, Seed + ".docx");
        if (!extracted.IsAnnualReport)
        {
            throw new InvalidOperationException($"Seed {Seed} was not extracted from DOCX: {extracted.ReasonEn}");
        }

        _text = File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), Seed + "_*.txt").Single());
        if (!ReportExtractor.Extract(_text, Seed).IsAnnualReport)
        {
            throw new InvalidOperationException($"Seed {Seed} was not extracted from the DOCX's text.");
        }
    }

    /// <summary>Reads the same report from its text: the work that is not the package's.</summary>
    [Benchmark(Baseline = true)]
    public ExtractionResult ExtractText() => ReportExtractor.Extract(_text, Seed);

    /// <summary>Sniffs, bounds and reads the DOCX into a payload.</summary>
    [Benchmark]
    public ExtractionResult ExtractDocx() => ReportExtractor.ExtractBytes(_docx, Seed + ".docx");
}
