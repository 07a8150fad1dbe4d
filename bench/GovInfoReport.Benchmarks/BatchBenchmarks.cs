using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using GovInfoReport.Extraction;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Benchmarks;

/// <summary>
/// Issue 14: the built <c>govinfo-report</c> tool run as a process over generated folders of 1,000, 10,000 and
/// 100,000 files on 1 and 2 cores (<c>taskset</c>), with its peak RSS (<c>/usr/bin/time</c>), beside the library's
/// in-process rate on the same inputs (<see cref="BatchLibraryBaseline"/>). Linux only; run on demand with
/// <c>bench/batch.sh</c>, which publishes the tool first (native, as <c>dotnet publish -r &lt;rid&gt;</c> makes it) and passes it in <c>GOVINFO_REPORT_TOOL</c>.
/// <para>
/// Category <see cref="QuietHost"/>: bench/batch.sh runs these from a host that compiles nothing in the background
/// (<c>DOTNET_TieredCompilation=0</c>). This process waits while the tool runs, but its own tiered compilation went on
/// re-compiling the harness's code on a thread of its own, on one of the two cores a 2-core run measures (a 1-core
/// run leaves it the other): 10,000 payloads on 2 cores spread by a standard deviation of 7-16 ms across runs, 10,000
/// reports by 27-119 ms (five runs); from a quiet host by 1.4-7.4 and 7.8-26 ms (five runs, 28 Nov 2026). The tool is given the
/// environment without that setting.
/// </para>
/// </summary>
[Config(typeof(BatchConfig))]
[BenchmarkCategory(QuietHost)]
public class BatchBenchmarks
{
    /// <summary>The category of benchmarks run from a host without tiered compilation (bench/batch.sh).</summary>
    public const string QuietHost = "QuietHost";

    /// <summary>The category of benchmarks measured in a host with the runtime's defaults, as a service runs the library.</summary>
    public const string DefaultHost = "DefaultHost";

    private static readonly ConcurrentDictionary<string, long> PeakRssKb = new();
    private static readonly ConcurrentDictionary<string, List<double>> CpuSeconds = new();
    private string _folder = string.Empty;

    /// <summary>The command: validate (JSON payloads) or extract (published report text); <c>GOVINFO_BATCH_COMMANDS</c> narrows them.</summary>
    [ParamsSource(nameof(Commands))]
    public string Command { get; set; } = "validate";

    /// <summary>How many files the folder holds (in sub-folders of 1,000); <c>GOVINFO_BATCH_FILES</c> (comma-separated) overrides them.</summary>
    [ParamsSource(nameof(FileCounts))]
    public int Files { get; set; } = 1_000;

    public static IEnumerable<string> Commands => Setting("GOVINFO_BATCH_COMMANDS", "validate,extract");

    public static IEnumerable<int> FileCounts => Setting("GOVINFO_BATCH_FILES", "1000,10000,100000").Select(n => int.Parse(n, CultureInfo.InvariantCulture));

    /// <summary>How many cores the tool may use (<c>taskset -c 0</c> or <c>0,1</c>).</summary>
    [Params(1, 2)]
    public int Cores { get; set; } = 1;

    /// <summary>The tool to run: <c>GOVINFO_REPORT_TOOL</c> (an executable or a dll), else the CLI's Release build output.</summary>
    public static string Tool => Environment.GetEnvironmentVariable("GOVINFO_REPORT_TOOL") is { Length: > 0 } tool
        ? tool
        : Path.Combine(RepositoryRoot(), "src", "GovInfoReport.Cli", "bin", "Release", "net10.0", "govinfo-report.dll");

    [GlobalSetup]
    public void Setup() => _folder = Corpus.Ensure(Command, Files);

    /// <summary>
    /// One run of the tool over the folder, JSON output (the heaviest) written to /dev/null, as hyperfine does: through
    /// a pipe, this process would spend processor time reading some 740 MB per 10,000 reports on the very cores the
    /// tool is measured on.
    /// </summary>
    [Benchmark]
    public void Cli()
    {
        var rssFile = Path.GetTempFileName();
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-c", "exec \"$@\" >/dev/null", "sh", "/usr/bin/time", "-f", "%M %U %S", "-o", rssFile, "taskset", "-c", Cores == 1 ? "0" : "0,1" })
        {
            start.ArgumentList.Add(argument);
        }

        // The host's own setting is not the tool's (it matters to a JIT-compiled tool).
        start.Environment.Remove("DOTNET_TieredCompilation");
        if (Tool.EndsWith(".dll", StringComparison.Ordinal))
        {
            start.ArgumentList.Add("dotnet");
        }

        foreach (var argument in new[] { Tool, Command, _folder, "--format", "json" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"{Command} exited {process.ExitCode}: {error.Result}");
        }

        // "%M %U %S": peak RSS in KB, user and system CPU seconds.
        var measured = File.ReadAllLines(rssFile).Last(l => l.Length > 0).Trim().Split(' ');
        File.Delete(rssFile);
        var rss = long.Parse(measured[0], CultureInfo.InvariantCulture);
        var cpu = double.Parse(measured[1], CultureInfo.InvariantCulture) + double.Parse(measured[2], CultureInfo.InvariantCulture);
        PeakRssKb.AddOrUpdate(Key(Command, Files, Cores), rss, (_, seen) => Math.Max(seen, rss));
        CpuSeconds.GetOrAdd(Key(Command, Files, Cores), _ => []).Add(cpu);
    }

    /// <summary>The tool's CPU time (user + system) per run, the median of the runs: what the work costs whatever else runs on the cores.</summary>
    internal static double? MedianCpuSeconds(BenchmarkCase benchmark)
    {
        if (!CpuSeconds.TryGetValue(Key((string)Param(benchmark, nameof(Command)), (int)Param(benchmark, nameof(Files)), (int)Param(benchmark, nameof(Cores))), out var runs) || runs.Count == 0)
        {
            return null;
        }

        var sorted = runs.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    internal static long? PeakRss(BenchmarkCase benchmark)
        => PeakRssKb.TryGetValue(Key((string)Param(benchmark, nameof(Command)), (int)Param(benchmark, nameof(Files)), (int)Param(benchmark, nameof(Cores))), out var kb) ? kb : null;

    internal static object Param(BenchmarkCase benchmark, string name) => benchmark.Parameters.Items.Single(p => p.Name == name).Value;

    internal static IEnumerable<string> Setting(string name, string defaults)
        => (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : defaults).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string Key(string command, int files, int cores) => $"{command}/{files}/{cores}";

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GovInfoReport.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Set GOVINFO_REPORT_TOOL: the repository root was not found above " + AppContext.BaseDirectory);
    }

    private sealed class BatchConfig : ManualConfig
    {
        public BatchConfig()
        {
            // In process: the benchmark only starts the tool, and the columns read what the runs recorded.
            // GOVINFO_BATCH_RUNS=1: one run without warm-up, for the long cases (100,000 documents).
            var runs = int.Parse(Setting("GOVINFO_BATCH_RUNS", "3").Single(), CultureInfo.InvariantCulture);
            AddJob(Job.Default.WithToolchain(InProcessNoEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1).WithWarmupCount(runs > 1 ? 1 : 0).WithIterationCount(runs).WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(new BatchColumn("files/s", (summary, benchmark) => summary[benchmark]?.ResultStatistics is { } stats
                ? ((int)Param(benchmark, nameof(Files)) / (stats.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture)
                : "?"));
            AddColumn(new BatchColumn("CPU s", (_, benchmark) => MedianCpuSeconds(benchmark) is { } cpu ? cpu.ToString("N2", CultureInfo.InvariantCulture) : "?"));
            AddColumn(new BatchColumn("files/CPU-s", (_, benchmark) => MedianCpuSeconds(benchmark) is { } cpu && cpu > 0
                ? ((int)Param(benchmark, nameof(Files)) / cpu).ToString("N0", CultureInfo.InvariantCulture)
                : "?"));
            AddColumn(new BatchColumn("peak RSS MB", (_, benchmark) => PeakRss(benchmark) is { } kb ? (kb / 1024.0).ToString("N1", CultureInfo.InvariantCulture) : "?"));
        }
    }
}

/// <summary>
/// The library in process, one thread, over the same four seeds the generated folders cycle through: the rate the
/// CLI is measured against (files/s per core = 1e9 / mean in ns, one operation per file).
/// </summary>
[Config(typeof(BaselineConfig))]
[BenchmarkCategory(BatchBenchmarks.DefaultHost)]
public class BatchLibraryBaseline
{
    private static readonly ValidationOptions VerdictOnly = new() { ReadReport = false };
    private byte[][] _inputs = [];

    /// <summary>The command whose library call is measured (<c>GOVINFO_BATCH_COMMANDS</c> narrows them).</summary>
    [ParamsSource(nameof(Commands))]
    public string Command { get; set; } = "validate";

    public static IEnumerable<string> Commands => BatchBenchmarks.Commands;

    [GlobalSetup]
    public void Setup() => _inputs = Corpus.Seeds(Command);

    /// <summary>What the CLI's work on one file is, without reading or printing it.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public int Library()
    {
        var sum = 0;
        for (var i = 0; i < 1000; i++)
        {
            var input = _inputs[i % _inputs.Length];
            sum += Command == "validate"
                ? ReportValidator.Validate(input, VerdictOnly).Issues.Count
                : ReportExtractor.ExtractBytes(input, "seed").Notes.Count;
        }

        return sum;
    }

    private sealed class BaselineConfig : ManualConfig
    {
        public BaselineConfig()
        {
            AddJob(Job.Default.WithToolchain(InProcessNoEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10));
            AddColumn(new BatchColumn("files/s", (summary, benchmark) => summary[benchmark]?.ResultStatistics is { } stats
                ? (1e9 / stats.Mean).ToString("N0", CultureInfo.InvariantCulture)
                : "?"));
        }
    }
}

/// <summary>The generated folders: the four extractable seeds (payloads for validate, report text for extract), cycled.</summary>
internal static class Corpus
{
    private static readonly string[] SeedNumbers = ["000", "001", "002", "004"];

    public static byte[][] Seeds(string command) => command == "validate"
        ? [.. SeedNumbers.Select(n => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Payloads", $"seed-{n}.json")))]
        : [.. SeedNumbers.Select(n => File.ReadAllBytes(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), n + "_*.txt").Single()))];

    /// <summary>The folder of <paramref name="files"/> inputs for <paramref name="command"/>, generated once under the temp folder.</summary>
    public static string Ensure(string command, int files)
    {
        var folder = Path.Combine(Path.GetTempPath(), "govinfo-batch", $"{command}-{files}");
        var done = Path.Combine(folder, ".complete");
        if (File.Exists(done))
        {
            return folder;
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, true);
        }

        var seeds = Seeds(command);
        var extension = command == "validate" ? ".json" : ".txt";
        for (var i = 0; i < files; i++)
        {
            var sub = Path.Combine(folder, (i / 1000).ToString("D3", CultureInfo.InvariantCulture));
            if (i % 1000 == 0)
            {
                Directory.CreateDirectory(sub);
            }

            File.WriteAllBytes(Path.Combine(sub, $"report-{i:D6}{extension}"), seeds[i % seeds.Length]);
        }

        File.WriteAllText(done, string.Empty);
        return folder;
    }
}

/// <summary>A column computed from the summary.</summary>
internal sealed class BatchColumn(string name, Func<Summary, BenchmarkCase, string> value) : IColumn
{
    public string Id => "batch." + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => name;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => value(summary, benchmarkCase);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => value(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>
/// How fast the tool starts: one run of <c>validate</c> on one payload, the native tool against the same code
/// published for the JIT (<c>GOVINFO_REPORT_TOOL</c> and <c>GOVINFO_REPORT_TOOL_JIT</c>, set by bench/batch.sh).
/// </summary>
[Config(typeof(StartupConfig))]
[BenchmarkCategory(BatchBenchmarks.DefaultHost)]
public class ToolStartup
{
    private string _payload = string.Empty;

    /// <summary>jit: compiled at every start; native: compiled ahead of time (Native AOT).</summary>
    [Params("jit", "native")]
    public string Build { get; set; } = "jit";

    [GlobalSetup]
    public void Setup() => _payload = Path.Combine(AppContext.BaseDirectory, "Payloads", "seed-004.json");

    /// <summary>One run over one file.</summary>
    [Benchmark]
    public void OneFile()
    {
        var tool = Environment.GetEnvironmentVariable(Build == "jit" ? "GOVINFO_REPORT_TOOL_JIT" : "GOVINFO_REPORT_TOOL")
            ?? throw new InvalidOperationException("Run bench/batch.sh: it publishes both builds and names them.");
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("validate");
        start.ArgumentList.Add(_payload);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"exit {process.ExitCode}: {error.Result}");
        }
    }

    private sealed class StartupConfig : ManualConfig
    {
        public StartupConfig() => AddJob(Job.Default.WithToolchain(InProcessNoEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(30).WithInvocationCount(1).WithUnrollFactor(1));
    }
}
