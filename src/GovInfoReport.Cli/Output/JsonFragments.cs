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

    /// <summary>
    /// Writes one value with <paramref name="write"/> and returns its UTF-8 bytes, every line after the first
    /// indented by <paramref name="indent"/> more spaces: the depth it takes in the document. Indenting here, on the
    /// worker, leaves the ordered writer one copy per input.
    /// </summary>
    /// <remarks>JSON strings cannot hold a raw line feed, so every "\n" in a piece is one the writer put between tokens.</remarks>
    public static byte[] Write(Action<Utf8JsonWriter> write, int indent)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        var piece = buffer.WrittenSpan;
        var indented = new byte[piece.Length + (piece.Count((byte)'\n') * indent)];
        var at = 0;
        while (true)
        {
            var end = piece.IndexOf((byte)'\n');
            if (end < 0)
            {
                piece.CopyTo(indented.AsSpan(at));
                return indented;
            }

            piece[..(end + 1)].CopyTo(indented.AsSpan(at));
            at += end + 1;
            indented.AsSpan(at, indent).Fill((byte)' ');
            at += indent;
            piece = piece[(end + 1)..];
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
