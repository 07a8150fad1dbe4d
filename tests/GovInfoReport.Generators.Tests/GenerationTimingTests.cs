using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using GovInfoReport.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace GovInfoReport.Generators.Tests;

/// <summary>
/// Measures (does not assert) how long the driver takes to generate both shipped templates from scratch, and how
/// much code that is. The numbers go to the test output (README.md shows how to see them).
/// </summary>
public sealed class GenerationTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void MeasureColdGenerationOfTheShippedTemplates()
    {
        // First run in a fresh driver: nothing cached. It is also the first generator run of the process when this
        // test runs alone (then it includes JIT compilation of the generator); a second fresh driver shows the rest.
        var first = Generate();
        var second = Generate();

        Assert.Equal(16, first.Files);
        Assert.Equal(first.Lines, second.Lines);
        Assert.True(first.Lines > 1000, "suspiciously little code: " + first.Lines);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Cold generation of report-2019 + report-2021 (fresh driver, first in this test): driver {first.Driver.TotalMilliseconds:F1} ms, SchemaGenerator {first.Generator.TotalMilliseconds:F1} ms, wall {first.Wall.TotalMilliseconds:F1} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Fresh driver again (generator code already JIT-compiled): driver {second.Driver.TotalMilliseconds:F1} ms, SchemaGenerator {second.Generator.TotalMilliseconds:F1} ms, wall {second.Wall.TotalMilliseconds:F1} ms"));
        output.WriteLine($"Generated: {first.Files} files, {first.Lines} lines, {first.Characters} characters");
        foreach (var (hintName, lines) in first.LinesPerFile)
        {
            output.WriteLine($"  {hintName}: {lines} lines");
        }
    }

    private static Measurement Generate()
    {
        var (driver, _) = GeneratorHarness.CreateDriver([TestSchemas.Report2019, TestSchemas.Report2021]);
        var compilation = GeneratorHarness.HostCompilation();
        var stopwatch = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        stopwatch.Stop();

        var timing = driver.GetTimingInfo();
        var generator = Assert.Single(timing.GeneratorTimes);
        var sources = GeneratorHarness.Sources(driver.GetRunResult());
        var linesPerFile = sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, CountLines(s.Value))).ToArray();
        return new Measurement(timing.ElapsedTime, generator.ElapsedTime, stopwatch.Elapsed, sources.Count,
            linesPerFile.Sum(f => f.Item2), sources.Values.Sum(s => s.Length), linesPerFile);
    }

    private static int CountLines(string text) => text.Count(c => c == '\n') + (text.EndsWith('\n') ? 0 : 1);

    private sealed record Measurement(TimeSpan Driver, TimeSpan Generator, TimeSpan Wall, int Files, int Lines, int Characters, (string HintName, int Lines)[] LinesPerFile);
}
