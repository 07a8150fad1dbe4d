using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfoReport.Cli.Output;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Cli.Commands;

/// <summary>
/// The pipeline every validating command shares: collect payloads, validate them in parallel (with progress on
/// an interactive stderr), print them in the chosen format, summarise, and choose the exit code.
/// </summary>
internal static class ValidationRun
{
    public static int Execute(IReadOnlyList<string> paths, OutputSettings settings, Func<byte[], ReportValidationResult> validate, TextReader stdin, TextWriter output, TextWriter error)
        => Execute(paths, InputCollector.JsonFiles, settings, (inputs, progress) =>
        {
            var results = InputBatch.Map(inputs, progress, (_, bytes) => validate(bytes));
            return inputs.Select((input, i) => new ValidatedPayload(input, results[i])).ToList();
        }, stdin, output, error);

    /// <summary>The pipeline with a batch step, for commands whose checks span payloads (cross-report rules).</summary>
    public static int Execute(IReadOnlyList<string> paths, IReadOnlyList<string> patterns, OutputSettings settings, Func<IReadOnlyList<PayloadInput>, ProgressBar, IReadOnlyList<ValidatedPayload>> validateAll, TextReader stdin, TextWriter output, TextWriter error)
    {
        var stopwatch = Stopwatch.StartNew();
        var usageErrors = new List<string>();
        var inputs = InputCollector.Collect(paths, patterns, stdin, usageErrors);
        var progress = InputBatch.Progress(error, inputs.Count, settings.ErrorIsTerminal);
        var payloads = validateAll(inputs, progress);
        var results = payloads.Select(p => p.Result).ToArray();

        usageErrors.AddRange(InputBatch.ReadErrors(inputs));

        Print(payloads, settings, output);
        foreach (var message in usageErrors)
        {
            error.WriteLine((settings.English ? "error: " : "错误：") + message);
        }

        var read = results.Where(r => r is not null).Select(r => r!).ToList();
        var valid = read.Count(r => r.IsValid);
        var withErrors = read.Count(r => !r.IsValid);
        var withWarnings = read.Count(r => r.Validation.WarningCount > 0);
        var summary = settings.English
            ? $"files: {inputs.Count}, valid: {valid}, with errors: {withErrors}, with warnings: {withWarnings}, elapsed: {stopwatch.Elapsed.TotalSeconds:0.00} s"
            : $"文件 {inputs.Count} 个，有效 {valid} 个，有错误 {withErrors} 个，有警告 {withWarnings} 个，用时 {stopwatch.Elapsed.TotalSeconds:0.00} 秒";

        // Machine-readable formats keep stdout pure; the summary then goes to stderr.
        (settings.Format == "text" ? output : error).WriteLine(summary);
        if (usageErrors.Count > 0)
        {
            return ExitCodes.UsageOrInputError;
        }

        return withErrors > 0 ? ExitCodes.IssuesFound : ExitCodes.Valid;
    }

    private static void Print(IReadOnlyList<ValidatedPayload> payloads, OutputSettings settings, TextWriter output)
    {
        switch (settings.Format)
        {
            case "json":
                using (var stream = new MemoryStream())
                {
                    using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                    {
                        IssueJsonWriter.WriteDocument(writer, payloads.Where(p => p.Result is not null).Select(p => ((string?)p.Input.Source, p.Result!)));
                    }

                    output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                }

                break;
            case "sarif":
                SarifWriter.Write(output, payloads, settings.English);
                break;
            default:
                var text = new TextResultWriter(output, settings.English, TerminalWidth());
                foreach (var payload in payloads)
                {
                    if (payload.Result is { } result)
                    {
                        text.Write(payload.Input.Source, result);
                    }
                }

                break;
        }
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.IsOutputRedirected ? 120 : Math.Max(60, Console.WindowWidth);
        }
        catch (IOException)
        {
            return 120;
        }
    }
}
