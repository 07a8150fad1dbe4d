using System;
using System.IO;
using System.Text;
using GovInfoReport.Cli.Buffers;
using GovInfoReport.Cli.Input;
using GovInfoReport.Cli.Output;

namespace GovInfoReport.Cli.Commands;

/// <summary>
/// Reads the one file a single-file command was given (a schema, a payload to render): a regular file only, at most
/// its limit plus one byte; a failure is reported as "path: why" on stderr.
/// </summary>
internal static class InputFiles
{
    /// <summary>The most bytes a schema may have: the schema language's character limit, three UTF-8 bytes per UTF-16 unit at most.</summary>
    public const int SchemaLimit = GovInfoReport.SchemaLanguage.Json.JsonSyntaxParser.MaxLength * 3;

    public static bool TryReadText(string path, int limit, TextWriter error, out string text)
    {
        text = string.Empty;
        if (!TryRead(path, limit, error, out var bytes))
        {
            return false;
        }

        using (bytes)
        {
            if (bytes.Length > limit)
            {
                error.WriteLine(DisplayText.Escape($"{path}: too large: more than {limit} bytes; not read"));
                return false;
            }

            text = Encoding.UTF8.GetString(bytes.Span);
            return true;
        }
    }

    /// <summary>Reads at most <paramref name="limit"/> + 1 bytes, so that the caller's own size check reports an oversized file.</summary>
    public static bool TryReadBytes(string path, int limit, TextWriter error, out byte[] bytes)
    {
        bytes = [];
        if (!TryRead(path, limit, error, out var read))
        {
            return false;
        }

        using (read)
        {
            bytes = read.Span.ToArray();
            return true;
        }
    }

    private static bool TryRead(string path, int limit, TextWriter error, out PooledBytes bytes)
    {
        bytes = null!;
        var kind = FileKinds.OfArgument(path);
        if (kind != FileKind.Regular)
        {
            error.WriteLine(DisplayText.Escape(kind == FileKind.Missing ? $"{path}: cannot read: no such file" : InputWalker.NotRegular(path, kind).Message!));
            return false;
        }

        try
        {
            bytes = BoundedReader.Read(InputSource.OfArgument(path), limit, Stream.Null);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(DisplayText.Escape($"{path}: cannot read: {exception.Message}"));
            return false;
        }
    }
}
