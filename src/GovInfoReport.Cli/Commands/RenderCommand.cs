using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovInfoReport.Cli.Output;
using GovInfoReport.Schema;
using GovInfoReport.Schema.Validation;
using GovInfoReport.SchemaLanguage.Reading;
using GovInfoReport.SchemaTools.Rendering;

namespace GovInfoReport.Cli.Commands;

/// <summary><c>render &lt;payload&gt; --out report.html</c>: the report drawn as its statutory tables, issues highlighted.</summary>
internal static class RenderCommand
{
    private static readonly ValidationOptions Options = new() { ReadReport = false };

    public static Command Create(CliConsole console)
    {
        var payload = new Argument<string>("payload") { Description = "The report payload (JSON)." };
        var output = new Option<string>("--out") { Description = "The HTML file to write.", Required = true };
        var language = CommonOptions.Language();
        var command = new Command("render", "Draw a report as its template's tables in the official layout, with every cell a rule flags highlighted and the messages beside the table: one self-contained, printable HTML file. A payload that is not readable JSON (syntax, encoding, depth, size) or names no template is not drawn. Exit codes: 0 written (no errors), 1 written (errors found), 2 usage or input error (the payload cannot be drawn), 3 internal error (a bug; --verbose shows the stack).")
        {
            payload, output, language,
        };
        command.SetAction(parseResult =>
        {
            var error = console.Error;
            var english = parseResult.GetValue(language) == "en";
            var path = parseResult.GetValue(payload)!;
            if (!InputFiles.TryReadBytes(path, InputCollector.PayloadLimit(Options), error, out var bytes))
            {
                return ExitCodes.UsageOrInputError;
            }

            // Only a payload that is readable JSON can be drawn; everything the validator rejects at that level
            // (syntax, trailing text, encoding, lone surrogates, depth, size) is reported as it reports it.
            var result = ReportValidator.Validate(bytes, Options);
            var unreadable = result.Issues.Where(i => i.RuleId.StartsWith("json.", StringComparison.Ordinal)).ToList();
            if (result.TemplateVersion is not { } version || unreadable.Count > 0)
            {
                foreach (var issue in unreadable.Count > 0 ? unreadable : result.Issues)
                {
                    error.WriteLine(DisplayText.Escape($"{path}: {issue.RuleId} {(issue.Pointer.Length == 0 ? "/" : issue.Pointer)}: {(english ? issue.MessageEn : issue.MessageZh)}"));
                }

                error.WriteLine(DisplayText.Escape(english
                    ? $"{path}: cannot render: {(unreadable.Count > 0 ? "the payload is not readable JSON" : "the template is unknown")}."
                    : $"{path}：{(unreadable.Count > 0 ? "不是可读的 JSON" : "无法确定模板")}，未生成。"));
                return ExitCodes.UsageOrInputError;
            }

            var model = SchemaReader.Read(TemplateSchemas.GetSchemaText(version), "Report").Model!;
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = Options.MaxDepth });
            var html = HtmlTemplateRenderer.RenderReport(model, document.RootElement, result.Issues, english);
            return Write(parseResult.GetValue(output)!, html, error, result.IsValid ? ExitCodes.Valid : ExitCodes.IssuesFound, console.Out, english);
        });
        return command;
    }

    /// <summary>Writes an HTML page, reporting where.</summary>
    public static int Write(string path, string html, TextWriter error, int exitCode, TextWriter output, bool english)
    {
        try
        {
            File.WriteAllText(path, html);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(DisplayText.Escape($"{path}: cannot write: {exception.Message}"));
            return ExitCodes.UsageOrInputError;
        }

        output.WriteLine(DisplayText.Escape(english ? $"wrote {path}" : $"已生成 {path}"));
        return exitCode;
    }
}
