using System;
using System.Buffers;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfoReport.Cli.Buffers;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// JSON written in pieces: each worker writes its input's part (in parallel) with <see cref="Utf8JsonWriter"/> here
/// (SARIF) or as text with the same <see cref="Options"/> (<see cref="ExtractionJsonWriter"/>, <see cref="IssueResultText"/>),
/// and the ordered writer copies the parts into the document, so the document streams out and reads as if written in
/// one go.
/// </summary>
internal static class JsonFragments
{
    /// <summary>The options of every piece: indented with two spaces, "\n" line ends, CJK text unescaped.</summary>
    public static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // One writer per thread, reused for every input the thread renders; each piece is written into a pooled buffer
    // that goes with it to the ordered writer.
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

    // Writes each piece straight into a buffer of the rendered pieces' pool and hands that buffer over: no copy of a
    // large piece from a buffer of the thread's into one of its size.
    private sealed class PieceWriter : IBufferWriter<byte>
    {
        // Small enough for a validation result (a few hundred bytes), of which hundreds may wait in the pipeline.
        private const int SmallestPiece = 256;

        // Pieces up to this size are copied into a buffer of their size when theirs is more than twice as large.
        private const int SmallCopy = 16 * 1024;

        private readonly Utf8JsonWriter _json;
        private byte[] _piece = [];
        private int _written;

        // The size of the thread's last piece: the next one is likely to fit in a buffer of that size.
        private int _expected = SmallestPiece;

        public PieceWriter() => _json = new Utf8JsonWriter(this, Options);

        public PooledBytes Write<TState>(int depth, TState state, Action<Utf8JsonWriter, TState> write)
        {
            _piece = RenderedPieces.Pool.Rent(_expected);
            _written = 0;
            _json.Reset(this);
            for (var i = 0; i < depth; i++)
            {
                _json.WriteStartArray();
            }

            _json.Flush();
            var start = _written;
            write(_json, state);
            _json.Flush();
            var piece = _piece;
            _piece = [];
            if (_written == start)
            {
                RenderedPieces.Pool.Return(piece);
                return PooledBytes.Empty;
            }

            _expected = Math.Max(SmallestPiece, _written);

            // Before the first value: "\n" and two spaces per level (Options: Indented, NewLine "\n", the default indentation).
            var offset = depth == 0 ? start : start + 1 + (2 * depth);
            var length = _written - offset;
            if (length <= SmallCopy && piece.Length > 2 * length)
            {
                // The writer asks for 4 KB more whenever it runs short: a small piece (a validation result) would keep a
                // buffer several times its size while it waits, hundreds of them at a time; it is copied into one of its size.
                var small = RenderedPieces.Pool.Rent(length);
                piece.AsSpan(offset, length).CopyTo(small);
                RenderedPieces.Pool.Return(piece);
                return new PooledBytes(small, length, RenderedPieces.Pool);
            }

            return new PooledBytes(piece, offset, length, RenderedPieces.Pool);
        }

        public void Advance(int count) => _written += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return _piece.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return _piece.AsSpan(_written);
        }

        // Makes room for sizeHint bytes (at least one) after those written, in a larger buffer of the pool if need be.
        private void Reserve(int sizeHint)
        {
            var needed = _written + Math.Max(sizeHint, 1);
            if (needed > _piece.Length)
            {
                var larger = RenderedPieces.Pool.Rent(Math.Max(needed, _piece.Length * 2));
                _piece.AsSpan(0, _written).CopyTo(larger);
                if (_piece.Length > 0)
                {
                    RenderedPieces.Pool.Return(_piece);
                }

                _piece = larger;
            }
        }
    }
}
