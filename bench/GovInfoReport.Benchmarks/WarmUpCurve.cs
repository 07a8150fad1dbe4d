using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using GovInfoReport.Extraction;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Benchmarks;

/// <summary>
/// How fast a fresh process gets: the library's work on the batch seeds in rounds, each round's mean time per report
/// printed with the time since start. BenchmarkDotNet reports the steady state after its warm-up; a service meets the
/// runtime's tiered compilation from its first request, and on one processor the runtime delays optimising code ten
/// times longer (docs/performance.md, "The library in a fresh process"). Run it pinned, with and without runtime
/// settings, e.g. <c>taskset -c 0 dotnet run -c Release --project bench/GovInfoReport.Benchmarks -- --warm-up extract 1000 30</c>.
/// </summary>
internal static class WarmUpCurve
{
    private static readonly ValidationOptions VerdictOnly = new() { ReadReport = false };

    /// <summary>Runs <paramref name="rounds"/> rounds of <paramref name="perRound"/> reports of <paramref name="command"/> (validate or extract).</summary>
    public static void Run(string command, int perRound, int rounds)
    {
        var inputs = Corpus.Seeds(command);
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"{command}: {perRound} reports a round, {Environment.ProcessorCount} processor(s)");
        for (var round = 0; round < rounds; round++)
        {
            var started = clock.Elapsed;
            var sum = 0;
            for (var i = 0; i < perRound; i++)
            {
                var input = inputs[i % inputs.Length];
                sum += command == "validate"
                    ? ReportValidator.Validate(input, VerdictOnly).Issues.Count
                    : ReportExtractor.ExtractBytes(input, "seed").Notes.Count;
            }

            var perReport = (clock.Elapsed - started).TotalMicroseconds / perRound;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"t = {clock.Elapsed.TotalSeconds,5:F1} s  {perReport,8:F1} µs/report  ({sum})"));
        }
    }

    /// <summary>Whether <paramref name="args"/> ask for the curve (<c>--warm-up command [perRound] [rounds]</c>), and then runs it.</summary>
    public static bool TryRun(string[] args)
    {
        if (args is not ["--warm-up", var command, .. var rest] || command is not ("validate" or "extract"))
        {
            return false;
        }

        var numbers = rest.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        Run(command, numbers.Length > 0 ? numbers[0] : 1000, numbers.Length > 1 ? numbers[1] : 30);
        return true;
    }
}
