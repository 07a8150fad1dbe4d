using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace GovInfoReport.Cli.Commands;

/// <summary>Turns the command's path arguments (files, folders searched recursively for <c>*.json</c>, <c>-</c>) into payloads.</summary>
internal static class InputCollector
{
    /// <summary>Where the bundled samples are copied next to the tool.</summary>
    public static string SamplesDirectory => Path.Combine(AppContext.BaseDirectory, "Samples");

    /// <summary>The file names a folder contributes to <c>validate</c>.</summary>
    public static readonly string[] JsonFiles = ["*.json"];

    /// <summary>The file names a folder contributes to <c>extract</c> and <c>check</c>: published reports, in every format the extraction library reads.</summary>
    public static readonly IReadOnlyList<string> ReportDocuments = GovInfoReport.Extraction.ReportExtractor.SupportedFilePatterns;

    public static List<PayloadInput> Collect(IReadOnlyList<string> paths, TextReader stdin, List<string> usageErrors) => Collect(paths, JsonFiles, stdin, usageErrors);

    public static List<PayloadInput> Collect(IReadOnlyList<string> paths, IReadOnlyList<string> patterns, TextReader stdin, List<string> usageErrors)
    {
        var inputs = new List<PayloadInput>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                inputs.Add(new PayloadInput("stdin", Encoding.UTF8.GetBytes(stdin.ReadToEnd()), null));
            }
            else if (Directory.Exists(path))
            {
                IEnumerable<string> files;
                try
                {
                    files = patterns.SelectMany(pattern => Directory.EnumerateFiles(path, pattern, SearchOption.AllDirectories))
                        .Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).ToList();
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    usageErrors.Add($"{path}: cannot list the folder: {exception.Message}");
                    continue;
                }

                inputs.AddRange(files.Select(Read));
            }
            else if (File.Exists(path))
            {
                inputs.Add(Read(path));
            }
            else
            {
                usageErrors.Add($"{path}: no such file or folder");
            }
        }

        return inputs;
    }

    private static PayloadInput Read(string path)
    {
        try
        {
            return new PayloadInput(path, File.ReadAllBytes(path), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new PayloadInput(path, null, exception.Message);
        }
    }
}
