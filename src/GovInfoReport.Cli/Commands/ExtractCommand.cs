using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovInfoReport.Cli.Output;
using GovInfoReport.Extraction;

namespace GovInfoReport.Cli.Commands;

/// <summary><c>extract &lt;files…&gt;</c>: the statutory tables of published reports as payloads, with provenance and notes.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextReader stdin, bool errorIsTerminal)
    {
        var paths = new Argument<string[]>("files") { Description = "Published reports (text, HTML, DOCX), folders (searched recursively for *.txt, *.htm, *.html, *.docx), or - for stdin.", Arity = ArgumentArity.OneOrMore };
        var format = CommonOptions.Choice("--format", "Output format: text (a summary and the notes per file) or json (payload, provenance, notes and sub-table decisions per file).", "text", "text", "json");
        var language = CommonOptions.Language();
        var command = new Command("extract", "Read the statutory tables out of published reports into payloads of their template. Exit codes: 0 every file is an annual report whose tables were read, 1 a file is not an annual report or could not be read as one, 2 usage or input error.")
        {
            paths, format, language,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(paths) ?? [], parseResult.GetValue(format) == "json", parseResult.GetValue(language) == "en", errorIsTerminal, stdin,
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, bool json, bool english, bool errorIsTerminal, TextReader stdin, TextWriter output, TextWriter error)
    {
        var stopwatch = Stopwatch.StartNew();
        var usageErrors = new List<string>();
        var inputs = InputCollector.Collect(paths, InputCollector.ReportDocuments, stdin, usageErrors);
        var results = InputBatch.Map(inputs, InputBatch.Progress(error, inputs.Count, errorIsTerminal), (input, bytes) => ReportExtractor.ExtractBytes(bytes, input.Source));
        usageErrors.AddRange(InputBatch.ReadErrors(inputs));

        var extracted = results.Where(r => r is not null).Select(r => r!).ToList();
        if (json)
        {
            var document = new JsonArray(extracted.Select(ToJson).ToArray<JsonNode?>());
            output.WriteLine(document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }
        else
        {
            foreach (var result in extracted)
            {
                WriteText(output, result, english);
            }
        }

        foreach (var message in usageErrors)
        {
            error.WriteLine((english ? "error: " : "错误：") + message);
        }

        var reports = extracted.Count(r => r.IsAnnualReport);
        var summary = english
            ? $"files: {inputs.Count}, annual reports extracted: {reports}, not reports or unreadable: {extracted.Count - reports}, elapsed: {stopwatch.Elapsed.TotalSeconds:0.00} s"
            : $"文件 {inputs.Count} 个，提取年度报告 {reports} 个，非年度报告或无法读取 {extracted.Count - reports} 个，用时 {stopwatch.Elapsed.TotalSeconds:0.00} 秒";
        (json ? error : output).WriteLine(summary);
        return usageErrors.Count > 0 ? ExitCodes.UsageOrInputError : reports < extracted.Count ? ExitCodes.IssuesFound : ExitCodes.Valid;
    }

    private static void WriteText(TextWriter output, ExtractionResult result, bool english)
    {
        if (!result.IsAnnualReport)
        {
            output.WriteLine($"{result.SourceName}  [{result.Status}]  {(english ? result.ReasonEn : result.ReasonZh)}");
            output.WriteLine();
            return;
        }

        output.WriteLine($"{result.SourceName}  [{(result.TemplateVersion is { } v ? ((int)v).ToString(System.Globalization.CultureInfo.InvariantCulture) : "?")}]  {result.AgencyName} {result.ReportYear}  " +
            (english ? $"{result.Provenance.Count} values, {result.Notes.Count} notes" : $"{result.Provenance.Count} 个数值，{result.Notes.Count} 条说明"));
        foreach (var note in result.Notes)
        {
            output.WriteLine($"  {note.Code,-28} {note.Pointer ?? string.Empty,-50} {note.Location?.ToString() ?? string.Empty,-14} {(english ? note.MessageEn : note.MessageZh)}");
        }

        output.WriteLine();
    }

    private static JsonObject ToJson(ExtractionResult result) => new()
    {
        ["source"] = result.SourceName,
        ["format"] = result.Format.ToString(),
        ["encoding"] = result.Encoding,
        ["status"] = result.Status.ToString(),
        ["isAnnualReport"] = result.IsAnnualReport,
        ["reason"] = result.ReasonEn is null ? null : new JsonObject { ["zh"] = result.ReasonZh, ["en"] = result.ReasonEn },
        ["agencyName"] = result.AgencyName,
        ["reportYear"] = result.ReportYear,
        ["publicationDate"] = result.PublicationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["templateVersion"] = result.TemplateVersion is { } v ? ((int)v).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        ["subTables"] = new JsonArray(result.SubTables.Select(t => (JsonNode)new JsonObject
        {
            ["id"] = t.Id, ["pointer"] = t.Pointer, ["found"] = t.Found, ["version"] = t.Version is { } tv ? ((int)tv).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            ["evidence"] = t.Evidence, ["location"] = t.Location?.ToString(),
        }).ToArray()),
        ["notes"] = new JsonArray(result.Notes.Select(n => (JsonNode)new JsonObject
        {
            ["code"] = n.Code, ["severity"] = n.Severity.ToString().ToLowerInvariant(), ["pointer"] = n.Pointer, ["location"] = n.Location?.ToString(),
            ["rawText"] = n.RawText, ["message"] = new JsonObject { ["zh"] = n.MessageZh, ["en"] = n.MessageEn },
        }).ToArray()),
        ["provenance"] = new JsonArray(result.Provenance.Select(p => (JsonNode)new JsonObject
        {
            ["pointer"] = p.Pointer, ["location"] = p.Location.ToString(), ["rawText"] = p.RawText, ["derivation"] = p.Derivation,
            ["inferred"] = p.IsInferred ? new JsonArray([.. p.Inference!.Rules.Select(r => (JsonNode)JsonValue.Create(r)!)]) : null,
        }).ToArray()),
        ["payload"] = result.Payload?.DeepClone(),
    };
}
