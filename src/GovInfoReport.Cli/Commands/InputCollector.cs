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

    public static List<PayloadInput> Collect(IReadOnlyList<string> paths, TextReader stdin, List<string> usageErrors)
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
                    files = Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
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
