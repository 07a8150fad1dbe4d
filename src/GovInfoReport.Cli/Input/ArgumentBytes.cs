using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Unicode;

namespace GovInfoReport.Cli.Input;

/// <summary>
/// The bytes of the path arguments that are not UTF-8, as the system passed them: the runtime decodes the arguments
/// as UTF-8, and a name that is not (a GBK file name that a shell glob such as <c>reports/*.txt</c> expanded, as
/// unzipping an archive made on Windows leaves them) becomes text with U+FFFD for its odd bytes, which names no file.
/// The walk reads such a name by its bytes when it finds it in a folder (<see cref="InputWalker"/>); this gives an
/// argument the same. Linux only (the bytes come from <c>/proc/self/cmdline</c>); elsewhere, and for every argument
/// that decodes cleanly, none.
/// </summary>
internal static class ArgumentBytes
{
    private const string CommandLine = "/proc/self/cmdline";

    private static Dictionary<string, byte[]> _byText = [];

    /// <summary>Keeps the bytes of the process's arguments that did not decode, read from the system's record of its command line.</summary>
    /// <param name="args">The arguments as the runtime decoded them (Main's).</param>
    public static void Capture(string[] args)
    {
        if (!OperatingSystem.IsLinux() || !Array.Exists(args, static argument => argument.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            return;
        }

        try
        {
            Capture(args, File.ReadAllBytes(CommandLine));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // No procfs (a sandbox): such arguments stay text and are reported missing, as before.
        }
    }

    /// <summary>
    /// Keeps the bytes of each argument in <paramref name="args"/> that has U+FFFD and whose entry in
    /// <paramref name="commandLine"/> is not UTF-8 (NUL-separated, the program and any host arguments first: the
    /// arguments are the last entries). An argument whose text two different byte strings decode to is left as text:
    /// which one it was cannot be told.
    /// </summary>
    internal static void Capture(string[] args, ReadOnlySpan<byte> commandLine)
    {
        var entries = new List<byte[]>();
        while (!commandLine.IsEmpty)
        {
            var end = commandLine.IndexOf((byte)0);
            var entry = end < 0 ? commandLine : commandLine[..end];
            entries.Add([.. entry, 0]);
            commandLine = end < 0 ? default : commandLine[(end + 1)..];
        }

        var byText = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length && entries.Count >= args.Length; i++)
        {
            var argument = args[i];
            var bytes = entries[entries.Count - args.Length + i];
            // By position: both the native executable and the .NET host hand the program's own arguments over as the
            // last entries, unchanged. Compared as decoded text they would have to agree on how many U+FFFD each odd
            // byte sequence becomes, which decoders do not.
            if (!argument.Contains('\uFFFD', StringComparison.Ordinal) || Utf8.IsValid(bytes.AsSpan(0, bytes.Length - 1)))
            {
                continue;
            }

            if (byText.TryGetValue(argument, out var seen) && !seen.AsSpan().SequenceEqual(bytes))
            {
                ambiguous.Add(argument);
            }

            byText[argument] = bytes;
        }

        foreach (var argument in ambiguous)
        {
            byText.Remove(argument);
        }

        _byText = byText;
    }

    /// <summary>The bytes of <paramref name="argument"/> as the system passed them (NUL-terminated) when they are not its UTF-8; null otherwise.</summary>
    public static byte[]? Of(string argument) => _byText.Count > 0 && _byText.TryGetValue(argument, out var bytes) ? bytes : null;
}
