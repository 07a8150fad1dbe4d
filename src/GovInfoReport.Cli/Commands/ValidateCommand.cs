using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using GovInfoReport.Cli.Output;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Cli.Commands;

/// <summary><c>validate [paths…|-]</c>: checks payloads against their template's structure and rules.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextReader stdin)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "JSON payload files, folders (searched recursively for *.json), or - for stdin. None: the bundled samples.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (a table per file) or json (the govinfo-report/issues@1 document).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var language = new Option<string>("--lang")
        {
            Description = "Language of messages: zh or en.",
            DefaultValueFactory = _ => "zh",
        };
        language.AcceptOnlyFromAmong("zh", "en");

        var command = new Command("validate", "Validate report payloads: structure and every rule of their template (R1–R5, R11). Exit codes: 0 all valid, 1 errors found, 2 usage or input error.")
        {
            paths,
            format,
            language,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(format) ?? "text",
            parseResult.GetValue(language) == "en",
            stdin,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, string format, bool english, TextReader stdin, TextWriter output, TextWriter error)
    {
        var stopwatch = Stopwatch.StartNew();
        var usageErrors = new List<string>();
        if (paths.Length == 0)
        {
            error.WriteLine(english
                ? $"No paths given: validating the bundled samples in {InputCollector.SamplesDirectory}"
                : $"未指定文件：校验自带样例 {InputCollector.SamplesDirectory}");
            paths = [InputCollector.SamplesDirectory];
        }

        var inputs = InputCollector.Collect(paths, stdin, usageErrors);
        var results = new ReportValidationResult?[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            if (inputs[i].Bytes is { } bytes)
            {
                results[i] = ReportValidator.Validate(bytes, new ValidationOptions { ReadReport = false });
            }
        });

        foreach (var failed in inputs.Where(input => input.ReadError is not null))
        {
            usageErrors.Add($"{failed.Source}: cannot read: {failed.ReadError}");
        }

        if (format == "json")
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                IssueJsonWriter.WriteDocument(writer, inputs.Select((input, i) => (Source: (string?)input.Source, Result: results[i])).Where(p => p.Result is not null).Select(p => (p.Source, p.Result!)));
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }
        else
        {
            var text = new TextResultWriter(output, english, TerminalWidth());
            for (var i = 0; i < inputs.Count; i++)
            {
                if (results[i] is { } result)
                {
                    text.Write(inputs[i].Source, result);
                }
            }
        }

        foreach (var message in usageErrors)
        {
            error.WriteLine((english ? "error: " : "错误：") + message);
        }

        var valid = results.Count(r => r is not null && r.IsValid);
        var withErrors = results.Count(r => r is not null && !r.IsValid);
        var withWarnings = results.Count(r => r is not null && r.Validation.WarningCount > 0);
        var summary = english
            ? $"files: {inputs.Count}, valid: {valid}, with errors: {withErrors}, with warnings: {withWarnings}, elapsed: {stopwatch.Elapsed.TotalSeconds:0.00} s"
            : $"文件 {inputs.Count} 个，有效 {valid} 个，有错误 {withErrors} 个，有警告 {withWarnings} 个，用时 {stopwatch.Elapsed.TotalSeconds:0.00} 秒";
        (format == "json" ? error : output).WriteLine(summary);

        if (usageErrors.Count > 0)
        {
            return ExitCodes.UsageOrInputError;
        }

        return withErrors > 0 ? ExitCodes.IssuesFound : ExitCodes.Valid;
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
