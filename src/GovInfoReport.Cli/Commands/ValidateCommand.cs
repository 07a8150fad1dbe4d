using System.CommandLine;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Cli.Commands;

/// <summary><c>validate [paths…|-]</c>: checks payloads against their template's structure and rules.</summary>
internal static class ValidateCommand
{
    private static readonly ValidationOptions Options = new() { ReadReport = false };

    public static Command Create(CliConsole console, Option<bool> verbose)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "JSON payload files, folders (searched recursively for *.json; links are not followed), or - for stdin. None: the bundled samples.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = CommonOptions.Format();
        var language = CommonOptions.Language();
        var command = new Command("validate", "Validate report payloads: structure and every rule of their template (R1–R5, R11). Files are validated in parallel and printed in argument order as they are done. " + ExitCodes.Help)
        {
            paths,
            format,
            language,
        };
        command.SetAction(parseResult =>
        {
            var settings = CommonOptions.Settings(parseResult, format, language, verbose);
            var given = parseResult.GetValue(paths) ?? [];
            if (given.Length == 0)
            {
                console.Error.WriteLine(settings.English
                    ? $"No paths given: validating the bundled samples in {InputCollector.SamplesDirectory}"
                    : $"未指定文件：校验自带样例 {InputCollector.SamplesDirectory}");
                given = [InputCollector.SamplesDirectory];
            }

            return ValidationRun.Execute(given, settings, InputCollector.PayloadLimit(Options), bytes => ReportValidator.Validate(bytes, Options), console);
        });
        return command;
    }
}
