using System;
using System.IO;

namespace GovInfoReport.Cli.Commands;

/// <summary>Reads a file a command was given, reporting a failure as "path: cannot read: why" on stderr.</summary>
internal static class InputFiles
{
    public static bool TryReadText(string path, TextWriter error, out string text)
    {
        try
        {
            text = File.ReadAllText(path);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"{path}: cannot read: {exception.Message}");
            text = string.Empty;
            return false;
        }
    }

    public static bool TryReadBytes(string path, TextWriter error, out byte[] bytes)
    {
        try
        {
            bytes = File.ReadAllBytes(path);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"{path}: cannot read: {exception.Message}");
            bytes = [];
            return false;
        }
    }
}
