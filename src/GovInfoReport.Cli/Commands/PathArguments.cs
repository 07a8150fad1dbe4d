using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;

namespace GovInfoReport.Cli.Commands;

/// <summary>
/// Keeps file names from being read as options. <c>validate *.json</c> hands the tool whatever names the folder
/// holds, <c>-h.json</c> included; read as an option it would print help, exit 0 and validate nothing. So, before
/// parsing: every token after <c>--</c> is a path; after the first path every token is a path unless it is exactly
/// one of the command's own options (not help) and names no existing file; before the first path, a token that
/// names an existing file is a path unless it is exactly an option. The result puts the paths after a <c>--</c>.
/// </summary>
internal static class PathArguments
{
    public static string[] Separate(RootCommand root, IReadOnlyList<string> args)
    {
        Command command = root;
        var i = 0;
        for (; i < args.Count; i++)
        {
            var sub = command.Subcommands.FirstOrDefault(c => c.Name == args[i] || c.Aliases.Contains(args[i]));
            if (sub is null)
            {
                break;
            }

            command = sub;
        }

        var options = OptionsOf(command);
        var separated = new List<string>(args.Count + 1);
        separated.AddRange(args.Take(i));
        var paths = new List<string>();
        for (; i < args.Count; i++)
        {
            var token = args[i];
            if (token == "--")
            {
                paths.AddRange(args.Skip(i + 1));
                break;
            }

            var option = Lookup(options, token);
            var isOption = paths.Count == 0
                ? option is not null || (token.StartsWith('-') && token != "-" && !Exists(token))
                : option is not null && option is not HelpOption && !Exists(token);
            if (!isOption)
            {
                paths.Add(token);
                continue;
            }

            separated.Add(token);
            if (option is not null && TakesValue(option, token, i + 1 < args.Count ? args[i + 1] : null))
            {
                separated.Add(args[++i]);
            }
        }

        if (paths.Count > 0)
        {
            separated.Add("--");
            separated.AddRange(paths);
        }

        return [.. separated];
    }

    private static Dictionary<string, Option> OptionsOf(Command command)
    {
        var options = new Dictionary<string, Option>(StringComparer.Ordinal);
        foreach (var option in command.Options.Concat(Ancestors(command).SelectMany(c => c.Options.Where(o => o.Recursive))))
        {
            options.TryAdd(option.Name, option);
            foreach (var alias in option.Aliases)
            {
                options.TryAdd(alias, option);
            }
        }

        return options;
    }

    private static IEnumerable<Command> Ancestors(Command command)
    {
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return parent;
        }
    }

    // "--lang=en" and "--lang:en" name the option before the separator.
    private static Option? Lookup(Dictionary<string, Option> options, string token)
    {
        if (options.TryGetValue(token, out var option))
        {
            return option;
        }

        var separator = token.IndexOfAny(['=', ':']);
        return separator > 0 && options.TryGetValue(token[..separator], out option) && option.Arity.MaximumNumberOfValues > 0 ? option : null;
    }

    // A flag (--verbose) takes a value only when one is written out; a value option takes the next token.
    private static bool TakesValue(Option option, string token, string? next)
        => next is not null && option.Arity.MaximumNumberOfValues > 0 && !token.Contains('=', StringComparison.Ordinal) && !token.Contains(':', StringComparison.Ordinal)
            && (option.Arity.MinimumNumberOfValues > 0 || next is "true" or "false");

    private static bool Exists(string token) => File.Exists(token) || Directory.Exists(token);
}
