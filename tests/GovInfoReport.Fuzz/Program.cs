using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GovInfoReport.Fuzz;
using SharpFuzz;

// fuzz <target>            under afl-fuzz (run.sh): one input per run, read from afl's shared input
// replay <target> <path>…  each file (or every file of a folder) once; exit 1 if any throws — to triage findings
// show <file>              what ExtractBytes makes of one file (format, status, notes, payload)
// survey <folder>          how many inputs of a corpus ended as which format and status (how deep fuzzing got)
// list                     the target names
if (args is ["list"])
{
    foreach (var target in FuzzTargets.All)
    {
        Console.WriteLine($"{target.Name,-10} {target.Description}");
    }

    return 0;
}

if (args is ["fuzz", var name])
{
    var target = FuzzTargets.Find(name);

    // Out of process: a stack overflow kills the child, and afl-fuzz still learns it was a crash.
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        target.Run(buffer.ToArray());
    });
    return 0;
}

if (args is ["show", var shown])
{
    // For triage: what the extraction made of one file (format, status, notes, payload).
    var result = GovInfoReport.Extraction.ReportExtractor.ExtractBytes(File.ReadAllBytes(shown), Path.GetFileName(shown));
    Console.WriteLine($"{result.Format} {result.Status} {result.TemplateVersion} {result.ReasonEn}");
    foreach (var note in result.Notes)
    {
        Console.WriteLine($"  {note}");
    }

    var payload = result.GetPayloadUtf8();
    Console.WriteLine(payload is null ? "(no payload)" : System.Text.Encoding.UTF8.GetString(payload));
    return 0;
}

if (args is ["survey", var folder])
{
    // How deep a corpus got: per input, the format it was read as, the status, and for a refusal its reason's start.
    var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
    foreach (var path in Directory.GetFiles(folder))
    {
        var result = GovInfoReport.Extraction.ReportExtractor.ExtractBytes(File.ReadAllBytes(path), Path.GetFileName(path));
        var reason = result.ReasonEn is { } r ? " " + string.Join(' ', r.Split(' ').Take(5)) : string.Empty;
        var key = $"{result.Format} {result.Status}{(result.Status == GovInfoReport.Extraction.ExtractionStatus.Unreadable ? reason : string.Empty)}";
        counts[key] = counts.GetValueOrDefault(key) + 1;
    }

    foreach (var (key, count) in counts)
    {
        Console.WriteLine($"{count,7}  {key}");
    }

    return 0;
}

if (args.Length >= 3 && args[0] == "replay")
{
    var target = FuzzTargets.Find(args[1]);
    var files = new List<string>();
    foreach (var path in args.Skip(2))
    {
        files.AddRange(Directory.Exists(path) ? Directory.GetFiles(path).Order(StringComparer.Ordinal) : [path]);
    }

    var failures = 0;
    foreach (var file in files)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            target.Run(File.ReadAllBytes(file));
            Console.WriteLine($"ok    {started.ElapsedMilliseconds,6} ms  {file}");
        }
        catch (Exception exception)
        {
            failures++;
            Console.WriteLine($"FAIL  {started.ElapsedMilliseconds,6} ms  {file}");
            Console.WriteLine("      " + exception.ToString().Replace("\n", "\n      ", StringComparison.Ordinal));
        }
    }

    return failures == 0 ? 0 : 1;
}

Console.Error.WriteLine("usage: GovInfoReport.Fuzz list | fuzz <target> | replay <target> <file-or-folder>... | show <file> | survey <folder>");
return 2;
