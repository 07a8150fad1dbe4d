using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using GovInfoReport.Extraction;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.LibraryLoop;

/// <summary>
/// The library's work on the batch seeds in rounds, each round's mean time per report printed with the time since the
/// process started: <c>validate|extract [reports a round] [rounds]</c>. Run with <c>dotnet run</c> it shows how fast a
/// fresh JIT-compiled process gets (a service meets tiered compilation from its first request, and on one processor
/// the runtime waits ten times longer before optimising); published with <c>-r &lt;rid&gt;</c> it is the same code
/// compiled as the command-line tool is, the tool's work without reading or printing. docs/performance.md has the
/// commands and figures.
/// </summary>
public static class Program
{
    private static readonly ValidationOptions VerdictOnly = new() { ReadReport = false };

    /// <summary>Entry point.</summary>
    /// <param name="args"><c>validate|extract [reports a round, default 1000] [rounds, default 30]</c>.</param>
    /// <returns>0, or 2 for a usage error.</returns>
    public static int Main(string[] args)
    {
        if (args is not [var command, ..] || command is not ("validate" or "extract")
            || args.Skip(1).Any(a => !int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0))
        {
            Console.Error.WriteLine("usage: validate|extract [reports a round] [rounds]");
            return 2;
        }

        var perRound = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30;
        var inputs = Seeds(command);
        var clock = Stopwatch.StartNew();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{command}: {perRound} reports a round, {Environment.ProcessorCount} processor(s), {(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported ? "JIT" : "native")}"));
        var times = new double[rounds];
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

            times[round] = (clock.Elapsed - started).TotalMicroseconds / perRound;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"t = {clock.Elapsed.TotalSeconds,5:F1} s  {times[round],8:F1} µs/report  ({sum})"));
        }

        var lastHalf = times.Skip(rounds / 2).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median of the last {lastHalf.Length} rounds: {lastHalf[lastHalf.Length / 2]:F1} µs/report"));
        return 0;
    }

    private static byte[][] Seeds(string command)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, command == "validate" ? "Payloads" : "Seeds");
        return [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
    }
}
