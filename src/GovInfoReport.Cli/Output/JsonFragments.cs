using System;
using System.Buffers;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// JSON written in pieces: each worker writes its input's part with <see cref="Utf8JsonWriter"/> as a value of its
/// own (in parallel), and the ordered writer copies the parts into the document at their depth, so the document
/// streams out and reads as if written in one go.
/// </summary>
internal static class JsonFragments
{
    /// <summary>The options of every piece: indented with two spaces, "\n" line ends, CJK text unescaped.</summary>
    public static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one value with <paramref name="write"/> and returns its UTF-8 bytes.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Copies <paramref name="fragment"/> to <paramref name="output"/>, indenting every line after the first by <paramref name="indent"/> spaces.</summary>
    /// <remarks>JSON strings cannot hold a raw line feed, so every "\n" in a piece is one the writer put between tokens.</remarks>
    public static void CopyIndented(Stream output, ReadOnlySpan<byte> fragment, int indent)
    {
        Span<byte> lineStart = stackalloc byte[1 + indent];
        lineStart[0] = (byte)'\n';
        lineStart[1..].Fill((byte)' ');
        while (true)
        {
            var end = fragment.IndexOf((byte)'\n');
            if (end < 0)
            {
                output.Write(fragment);
                return;
            }

            output.Write(fragment[..end]);
            output.Write(lineStart);
            fragment = fragment[(end + 1)..];
        }
    }

    /// <summary>Writes ASCII text (the document's own punctuation).</summary>
    public static void Raw(Stream output, string ascii)
    {
        Span<byte> bytes = stackalloc byte[ascii.Length];
        for (var i = 0; i < ascii.Length; i++)
        {
            bytes[i] = (byte)ascii[i];
        }

        output.Write(bytes);
    }
}
