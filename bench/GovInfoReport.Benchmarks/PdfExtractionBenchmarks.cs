using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using GovInfoReport.Extraction;

namespace GovInfoReport.Benchmarks;

/// <summary>
/// PDF in, payload out: <see cref="ReportExtractor.ExtractPdf"/> on a 10-page report (seed 002 with its prose
/// repeated, ruled tables, table 三 across a page break), the real 5-page report of the test corpus, and an unruled
/// 4-page one (columns from positions). Baseline: the same report read from its text (<c>pdftotext -layout</c> for the
/// real one), to show what the PDF layer costs. Reports per second on one core = 1e6 / mean (µs).
/// </summary>
[MemoryDiagnoser]
public class PdfExtractionBenchmarks
{
    private byte[] _pdf = [];
    private string _text = string.Empty;

    /// <summary>The document: ten-pages (synthetic, ruled), hongze (real, ruled, 5 pages), unruled (seed 002, 4 pages).</summary>
    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = "ten-pages";

    public static IEnumerable<string> Documents => ["ten-pages", "hongze", "unruled"];

    [GlobalSetup]
    public void Setup()
    {
        var tests = TestsFolder();
        (_pdf, _text) = Document switch
        {
            "hongze" => (File.ReadAllBytes(Path.Combine(tests, "RealReports", "hongze-2024.pdf")), File.ReadAllText(Path.Combine(tests, "RealReports", "hongze-2024.pdftotext.txt"))),
            "unruled" => (File.ReadAllBytes(Path.Combine(tests, "Layouts", "seed-002.unruled.pdf")), File.ReadAllText(Directory.GetFiles(Path.Combine(tests, "Seeds"), "002_*.txt")[0])),
            _ => (File.ReadAllBytes(Path.Combine(tests, "Layouts", "seed-002.ten-pages.pdf")), File.ReadAllText(Directory.GetFiles(Path.Combine(tests, "Seeds"), "002_*.txt")[0])),
        };

        var result = ReportExtractor.ExtractPdf(_pdf, Document);
        if (!result.IsAnnualReport)
        {
            throw new InvalidOperationException($"{Document} was not extracted: {result.ReasonEn}");
        }
    }

    /// <summary>The same report read from text.</summary>
    [Benchmark(Baseline = true)]
    public ExtractionResult Text() => ReportExtractor.Extract(_text, Document);

    /// <summary>The report read from its PDF.</summary>
    [Benchmark]
    public ExtractionResult Pdf() => ReportExtractor.ExtractPdf(_pdf, Document);

    private static string TestsFolder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var tests = Path.Combine(directory.FullName, "tests", "GovInfoReport.Extraction.Tests");
                if (Directory.Exists(Path.Combine(tests, "Layouts")))
                {
                    return tests;
                }
            }
        }

        throw new DirectoryNotFoundException("tests/GovInfoReport.Extraction.Tests/Layouts not found above " + AppContext.BaseDirectory);
    }
}
