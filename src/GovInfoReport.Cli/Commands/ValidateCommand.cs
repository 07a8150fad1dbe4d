using System.CommandLine;
using System.IO;
using GovInfoReport.Cli.Output;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Cli.Commands;

/// <summary><c>validate [paths…|-]</c>: checks payloads against their template's structure and rules.</summary>
internal static class ValidateCommand
{
    private static readonly ValidationOptions Options = new() { ReadReport = false };

    public static Command Create(TextReader stdin, bool errorIsTerminal)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "JSON payload files, folders (searched recursively for *.json), or - for stdin. None: the bundled samples.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = CommonOptions.Format();
        var language = CommonOptions.Language();
        var command = new Command("validate", "Validate report payloads: structure and every rule of their template (R1–R5, R11). Files are validated in parallel. Exit codes: 0 all valid (warnings allowed), 1 errors found, 2 usage or input error.")
        {
            paths,
            format,
            language,
        };
        command.SetAction(parseResult =>
        {
            var settings = new OutputSettings(parseResult.GetValue(format) ?? "text", parseResult.GetValue(language) == "en", errorIsTerminal);
            var given = parseResult.GetValue(paths) ?? [];
            var error = parseResult.InvocationConfiguration.Error;
            if (given.Length == 0)
            {
                error.WriteLine(settings.English
                    ? $"No paths given: validating the bundled samples in {InputCollector.SamplesDirectory}"
                    : $"未指定文件：校验自带样例 {InputCollector.SamplesDirectory}");
                given = [InputCollector.SamplesDirectory];
            }

            return ValidationRun.Execute(given, settings, bytes => ReportValidator.Validate(bytes, Options), stdin, parseResult.InvocationConfiguration.Output, error);
        });
        return command;
    }
}
