using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using GovInfoReport.Extraction;
using GovInfoReport.Extraction.Checks;

namespace GovInfoReport.Benchmarks;

/// <summary>
/// Text in, payload out: <see cref="ReportExtractor.Extract(string, string?, ExtractionOptions?)"/> on the published
/// seed reports (6–10 KB of text each), and the same followed by <see cref="ReportChecker"/> (runtime validation and
/// the checks beyond one table). Reports per second on one core = 1e6 / mean (µs).
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private string _text = string.Empty;
    private ExtractionResult _extracted = null!;

    /// <summary>The seed under test: 000 (one cell per line, blanks), 001 (no tabs), 002 (tab-indented), 004 (tab-separated rows).</summary>
    [ParamsSource(nameof(SeedNames))]
    public string Seed { get; set; } = "000";

    public static IEnumerable<string> SeedNames => ["000", "001", "002", "004"];

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(SeedPath(Seed));
        _extracted = ReportExtractor.Extract(_text, Seed);
        if (!_extracted.IsAnnualReport)
        {
            throw new InvalidOperationException($"Seed {Seed} was not extracted: {_extracted.ReasonEn}");
        }
    }

    /// <summary>Reads the text into a payload with provenance and notes.</summary>
    [Benchmark(Baseline = true)]
    public ExtractionResult Extract() => ReportExtractor.Extract(_text, Seed);

    /// <summary>Reads the text, then validates and checks it.</summary>
    [Benchmark]
    public int ExtractAndCheck() => ReportChecker.Check(ReportExtractor.Extract(_text, Seed)).Issues.Count;

    /// <summary>The seeds live in the extraction tests; found by walking up from the (generated) benchmark folder.</summary>
    private static string SeedPath(string seed)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var seeds = Path.Combine(directory.FullName, "tests", "GovInfoReport.Extraction.Tests", "Seeds");
                if (Directory.Exists(seeds))
                {
                    return Directory.GetFiles(seeds, seed + "_*.txt").Single();
                }
            }
        }

        throw new FileNotFoundException("tests/GovInfoReport.Extraction.Tests/Seeds not found above " + AppContext.BaseDirectory);
    }
}
