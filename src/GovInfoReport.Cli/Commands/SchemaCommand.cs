using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfoReport.Cli.Output;
using GovInfoReport.Schema.Validation;
using GovInfoReport.SchemaLanguage.Diagnostics;
using GovInfoReport.SchemaTools;

namespace GovInfoReport.Cli.Commands;

/// <summary><c>schema check|diff</c>: tools for maintainers editing a template schema.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console, Option<bool> verbose)
    {
        var command = new Command("schema", "Tools for template schema maintainers.");
        command.Subcommands.Add(Check(console, verbose));
        command.Subcommands.Add(Diff());
        command.Subcommands.Add(Render());
        return command;
    }

    private static Command Check(CliConsole console, Option<bool> verbose)
    {
        var schema = new Argument<string>("schema") { Description = "The draft template schema (JSON)." };
        var payloads = new Argument<string[]>("payloads") { Description = "Sample payloads to validate against the draft, rules included.", Arity = ArgumentArity.ZeroOrMore };
        var format = CommonOptions.Format();
        var language = CommonOptions.Language();
        var command = new Command("check", "Report a draft schema's errors (the generator's diagnostics, with line and column) and validate sample payloads against it, interpreting its rules. Exit codes: 0 clean, 1 schema or payload errors, 2 usage or input error, 3 internal error (a bug; --verbose shows the stack).")
        {
            schema, payloads, format, language,
        };
        command.SetAction(parseResult =>
        {
            var output = console.Out;
            var error = console.Error;
            var settings = CommonOptions.Settings(parseResult, format, language, verbose);
            var schemaPath = parseResult.GetValue(schema)!;
            if (!InputFiles.TryReadText(schemaPath, InputFiles.SchemaLimit, error, out var text))
            {
                return ExitCodes.UsageOrInputError;
            }

            var read = InterpretedValidator.Create(text, Path.GetFileNameWithoutExtension(schemaPath), out var validator);
            var diagnosticsWriter = settings.Format == "text" ? output : error;
            foreach (var diagnostic in read.Diagnostics)
            {
                diagnosticsWriter.WriteLine(FormatDiagnostic(schemaPath, diagnostic));
            }

            if (validator is null)
            {
                diagnosticsWriter.WriteLine(settings.English
                    ? $"{schemaPath}: the schema has errors; payloads were not validated."
                    : $"{schemaPath}：模板有错误，未校验样例。");
                return ExitCodes.IssuesFound;
            }

            var given = parseResult.GetValue(payloads) ?? [];
            if (given.Length == 0)
            {
                diagnosticsWriter.WriteLine(settings.English ? $"{schemaPath}: no schema errors." : $"{schemaPath}：模板无错误。");
                return ExitCodes.Valid;
            }

            return ValidationRun.Execute(given, settings, InputCollector.PayloadLimit(ValidationOptions.Default), bytes => new ReportValidationResult(null, validator.Validate(bytes), null), console);
        });
        return command;
    }

    private static Command Diff()
    {
        var before = new Argument<string>("old") { Description = "The earlier template schema." };
        var after = new Argument<string>("new") { Description = "The later template schema." };
        var format = CommonOptions.Choice("--format", "Output format: text or json.", "text", "text", "json");
        var command = new Command("diff", "List the cells, labels and rules added, removed or changed between two template schemas. Exit codes: 0 done, 1 a schema has errors, 2 usage or input error, 3 internal error (a bug; --verbose shows the stack).")
        {
            before, after, format,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var models = new GovInfoReport.SchemaLanguage.Model.TemplateModel?[2];
            var paths = new[] { parseResult.GetValue(before)!, parseResult.GetValue(after)! };
            for (var i = 0; i < 2; i++)
            {
                if (!InputFiles.TryReadText(paths[i], InputFiles.SchemaLimit, error, out var text))
                {
                    return ExitCodes.UsageOrInputError;
                }

                var read = GovInfoReport.SchemaLanguage.Reading.SchemaReader.Read(text, "Report");
                foreach (var diagnostic in read.Diagnostics.Where(d => d.Severity == SchemaDiagnosticSeverity.Error))
                {
                    error.WriteLine(FormatDiagnostic(paths[i], diagnostic));
                }

                models[i] = read.Model;
            }

            if (models[0] is null || models[1] is null)
            {
                return ExitCodes.IssuesFound;
            }

            var entries = SchemaDiff.Compare(models[0]!, models[1]!);
            if (parseResult.GetValue(format) == "json")
            {
                output.WriteLine(JsonSerializer.Serialize(entries, DiffJsonContext.Default.IReadOnlyListSchemaDiffEntry));
            }
            else
            {
                foreach (var entry in entries)
                {
                    var detail = entry.Kind switch
                    {
                        "added" => entry.New,
                        "removed" => entry.Old,
                        _ => entry.Old + "  →  " + entry.New,
                    };
                    output.WriteLine($"{Sign(entry.Kind)} {entry.Subject,-6} {entry.Key}  {detail}");
                }

                output.WriteLine($"{entries.Count(e => e.Kind == "added")} added, {entries.Count(e => e.Kind == "removed")} removed, {entries.Count(e => e.Kind == "changed")} changed");
            }

            return ExitCodes.Valid;
        });
        return command;
    }

    private static Command Render()
    {
        var schema = new Argument<string>("schema") { Description = "The template schema (JSON)." };
        var output = new Option<string>("--out") { Description = "The HTML file to write.", Required = true };
        var language = CommonOptions.Language();
        var command = new Command("render", "Draw a template's empty tables for review by non-programmers: one self-contained HTML file. Exit codes: 0 written, 1 the schema has errors, 2 usage or input error, 3 internal error (a bug; --verbose shows the stack).")
        {
            schema, output, language,
        };
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(schema)!;
            if (!InputFiles.TryReadText(path, InputFiles.SchemaLimit, error, out var text))
            {
                return ExitCodes.UsageOrInputError;
            }

            var read = GovInfoReport.SchemaLanguage.Reading.SchemaReader.Read(text, Path.GetFileNameWithoutExtension(path));
            foreach (var diagnostic in read.Diagnostics)
            {
                error.WriteLine(FormatDiagnostic(path, diagnostic));
            }

            if (read.Model is null)
            {
                return ExitCodes.IssuesFound;
            }

            var english = parseResult.GetValue(language) == "en";
            var html = GovInfoReport.SchemaTools.Rendering.HtmlTemplateRenderer.RenderTemplate(read.Model, english);
            return RenderCommand.Write(parseResult.GetValue(output)!, html, error, ExitCodes.Valid, parseResult.InvocationConfiguration.Output, english);
        });
        return command;
    }

    /// <summary>The compiler's diagnostic format, one-based: <c>file(line,col): error GIR0010: message</c>.</summary>
    public static string FormatDiagnostic(string path, SchemaDiagnostic diagnostic)
        => DisplayText.Escape($"{path}({diagnostic.Location.StartLine + 1},{diagnostic.Location.StartColumn + 1}): {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.Message}");

    private static char Sign(string kind) => kind switch
    {
        "added" => '+',
        "removed" => '-',
        _ => '~',
    };
}
