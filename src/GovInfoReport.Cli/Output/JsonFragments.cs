using System;
using System.Buffers;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfoReport.Cli.Buffers;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// JSON written in pieces: each worker writes its input's part with <see cref="Utf8JsonWriter"/> (in parallel), and
/// the ordered writer copies the parts into the document, so the document streams out and reads as if written in
/// one go.
/// </summary>
internal static class JsonFragments
{
    /// <summary>The options of every piece: indented with two spaces, "\n" line ends, CJK text unescaped.</summary>
    public static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // One writer and buffer per thread, reused for every input the thread renders: no writer or growing buffer per
    // input, one copy of the piece into a buffer of its size.
    [ThreadStatic]
    private static PieceWriter? t_writer;

    /// <summary>
    /// Writes one or more values with <paramref name="write"/> at <paramref name="depth"/> (nesting levels) and
    /// returns their UTF-8 bytes, every line after the first indented as that depth is, several values separated as
    /// array items are. The writer itself indents: the values are written inside <paramref name="depth"/> opened
    /// arrays, and the piece starts after the line break and indentation before the first value.
    /// </summary>
    /// <returns>The piece, in a pooled buffer the caller disposes once written.</returns>
    public static PooledBytes Write<TState>(int depth, TState state, Action<Utf8JsonWriter, TState> write)
        => (t_writer ??= new PieceWriter()).Write(depth, state, write);

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

    private sealed class PieceWriter
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
        private readonly Utf8JsonWriter _json;

        public PieceWriter() => _json = new Utf8JsonWriter(_buffer, Options);

        public PooledBytes Write<TState>(int depth, TState state, Action<Utf8JsonWriter, TState> write)
        {
            _buffer.ResetWrittenCount();
            _json.Reset();
            for (var i = 0; i < depth; i++)
            {
                _json.WriteStartArray();
            }

            _json.Flush();
            var start = _buffer.WrittenCount;
            write(_json, state);
            _json.Flush();
            if (_buffer.WrittenCount == start)
            {
                return PooledBytes.Empty;
            }

            // Before the first value: "\n" and two spaces per level (Options: Indented, NewLine "\n", the default indentation).
            return RenderedPieces.Copy(_buffer.WrittenSpan[(depth == 0 ? start : start + 1 + (2 * depth))..]);
        }
    }
}
