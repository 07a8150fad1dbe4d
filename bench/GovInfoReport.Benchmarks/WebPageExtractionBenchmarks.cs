using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using GovInfoReport.Extraction;

namespace GovInfoReport.Benchmarks;

/// <summary>
/// Bytes in, payload out (<see cref="ReportExtractor.ExtractBytes"/>: encoding, format sniffing, markup limits,
/// reading) on real published pages: a 367 KB Word-paste government web page and the crawler's run-together text of
/// it (digit runs split by the table's arithmetic). Reports per second on one core = 1e6 / mean (µs).
/// </summary>
[MemoryDiagnoser]
public class WebPageExtractionBenchmarks
{
    private byte[] _bytes = [];

    /// <summary>The real report file under test (tests/GovInfoReport.Extraction.Tests/RealReports).</summary>
    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "pingtan-2021.page.html";

    public static IEnumerable<string> Files => ["pingtan-2021.page.html", "pingtan-2021.page.txt"];

    [GlobalSetup]
    public void Setup()
    {
        _bytes = System.IO.File.ReadAllBytes(RealReportPath(File));
        if (!ReportExtractor.ExtractBytes(_bytes, File).IsAnnualReport)
        {
            throw new InvalidOperationException(File + " was not extracted.");
        }
    }

    /// <summary>Decodes, sniffs and reads the file into a payload.</summary>
    [Benchmark]
    public ExtractionResult ExtractBytes() => ReportExtractor.ExtractBytes(_bytes, File);

    private static string RealReportPath(string file)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var path = Path.Combine(directory.FullName, "tests", "GovInfoReport.Extraction.Tests", "RealReports", file);
                if (System.IO.File.Exists(path))
                {
                    return path;
                }
            }
        }

        throw new FileNotFoundException(file + " not found above " + AppContext.BaseDirectory);
    }
}
