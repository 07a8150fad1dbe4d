using System.CommandLine;

namespace GovInfoReport.Cli.Commands;

/// <summary>Options several commands share, defined once.</summary>
internal static class CommonOptions
{
    public static Option<string> Format() => Choice("--format", "Output format: text (a table per file), json (the govinfo-report/issues@1 document) or sarif (SARIF 2.1.0).", "text", "text", "json", "sarif");

    public static Option<string> Language() => Choice("--lang", "Language of messages: zh or en.", "zh", "zh", "en");

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
}
