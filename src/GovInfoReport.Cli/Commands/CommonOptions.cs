using System.CommandLine;
using GovInfoReport.Cli.Output;

namespace GovInfoReport.Cli.Commands;

/// <summary>Options several commands share, defined once.</summary>
internal static class CommonOptions
{
    public static Option<string> Format() => Choice("--format", "Output format: text (a table per file), json (the govinfo-report/issues@1 document) or sarif (SARIF 2.1.0).", "text", "text", "json", "sarif");

    public static Option<string> Language() => Choice("--lang", "Language of messages: zh or en.", "zh", "zh", "en");

    /// <summary>
    /// The published reports argument of <c>extract</c> and <c>check</c>. Its help names the patterns folders contribute from
    /// the extraction library's own list, so that a format the library learns to read is announced where it is used.
    /// </summary>
    public static Argument<string[]> ReportDocuments() => new("files")
    {
        Description = $"Published reports (PDF, text, Markdown, HTML, DOCX), folders (searched recursively for {string.Join(", ", InputCollector.ReportDocuments)}; links are not followed), or - for stdin.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary><c>--verbose</c>, on the root and every command below it.</summary>
    public static Option<bool> Verbose() => new("--verbose")
    {
        Description = "Report an internal error with its stack trace (otherwise one line).",
        Recursive = true,
    };

    public static Option<string> Choice(string name, string description, string defaultValue, params string[] values)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    /// <summary>The output settings a command's options give.</summary>
    public static OutputSettings Settings(ParseResult parseResult, Option<string>? format, Option<string> language, Option<bool> verbose)
        => new(format is null ? "text" : parseResult.GetValue(format) ?? "text", parseResult.GetValue(language) == "en", parseResult.GetValue(verbose));
}
