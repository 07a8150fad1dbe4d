using System;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using GovInfoReport.Schema;
using GovInfoReport.Schema.Validation;
using GovInfoReport.SchemaLanguage.Reading;
using GovInfoReport.SchemaTools.Rendering;

namespace GovInfoReport.Cli.Commands;

/// <summary><c>render &lt;payload&gt; --out report.html</c>: the report drawn as its statutory tables, issues highlighted.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var payload = new Argument<string>("payload") { Description = "The report payload (JSON)." };
        var output = new Option<string>("--out") { Description = "The HTML file to write.", Required = true };
        var language = CommonOptions.Language();
        var command = new Command("render", "Draw a report as its template's tables in the official layout, with every cell a rule flags highlighted and the messages beside the table: one self-contained, printable HTML file. Exit codes: 0 written (no errors), 1 written (errors found), 2 usage or input error.")
        {
            payload, output, language,
        };
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var english = parseResult.GetValue(language) == "en";
            var path = parseResult.GetValue(payload)!;
            if (!InputFiles.TryReadBytes(path, error, out var bytes))
            {
                return ExitCodes.UsageOrInputError;
            }

            var result = ReportValidator.Validate(bytes, new ValidationOptions { ReadReport = false });
            if (result.TemplateVersion is not { } version)
            {
                foreach (var issue in result.Issues)
                {
                    error.WriteLine($"{path}: {issue.RuleId} {(issue.Pointer.Length == 0 ? "/" : issue.Pointer)}: {(english ? issue.MessageEn : issue.MessageZh)}");
                }

                error.WriteLine(english ? $"{path}: cannot render: the template is unknown." : $"{path}：无法确定模板，未生成。");
                return ExitCodes.UsageOrInputError;
            }

            var model = SchemaReader.Read(TemplateSchemas.GetSchemaText(version), "Report").Model!;
            using var document = JsonDocument.Parse(bytes);
            var html = HtmlTemplateRenderer.RenderReport(model, document.RootElement, result.Issues, english);
            return Write(parseResult.GetValue(output)!, html, error, result.IsValid ? ExitCodes.Valid : ExitCodes.IssuesFound, parseResult.InvocationConfiguration.Output, english);
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
            error.WriteLine($"{path}: cannot write: {exception.Message}");
            return ExitCodes.UsageOrInputError;
        }

        output.WriteLine(english ? $"wrote {path}" : $"已生成 {path}");
        return exitCode;
    }
}
