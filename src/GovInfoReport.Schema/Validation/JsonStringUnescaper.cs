using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Text.Unicode;

namespace GovInfoReport.Schema.Validation;

/// <summary>
/// Decodes the escaped body of a JSON string whose escapes a <see cref="System.Text.Json.Utf8JsonReader"/> has
/// already checked (well-formed, hex digits) straight into a string: one pass, no second reader over a copy of the
/// token, no UTF-8 intermediate. System.Text.Json writes Chinese as <c>\uXXXX</c>, so prose is mostly escapes: they
/// are decoded inline, runs of raw text in bulk. The text is checked as it is decoded (valid UTF-8, no lone
/// surrogate), which the reader itself only does when asked for the string.
/// </summary>
internal static class JsonStringUnescaper
{
    /// <summary>Decodes a string body from a payload whose text was checked before (the byte path checks it whole).</summary>
    /// <param name="escaped">The bytes between the quotes.</param>
    /// <returns>The string.</returns>
    public static string Unescape(ReadOnlySpan<byte> escaped)
        => TryUnescape(escaped) ?? throw new ArgumentException("The JSON string is not valid Unicode text.", nameof(escaped));

    /// <summary>Decodes a string body, or returns null when it holds invalid UTF-8 or an escaped lone surrogate.</summary>
    /// <param name="escaped">The bytes between the quotes.</param>
    /// <returns>The string, or null when it is not text.</returns>
    public static string? TryUnescape(ReadOnlySpan<byte> escaped)
    {
        // Every escape is longer than the UTF-16 unit it stands for, and UTF-8 never yields more units than bytes.
        // Sized to the token, not a fixed block: the stack buffer is cleared on entry, and most strings are short.
        char[]? rented = null;
        var buffer = escaped.Length <= 512 ? stackalloc char[escaped.Length] : (rented = ArrayPool<char>.Shared.Rent(escaped.Length));
        try
        {
            var written = Decode(escaped, buffer);
            return written < 0 ? null : new string(buffer.Slice(0, written));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Decodes a string body into <paramref name="destination"/>, for a check that needs the text but not a string:
    /// the same decoding and the same verdicts as <see cref="TryUnescape(ReadOnlySpan{byte})"/>.
    /// </summary>
    /// <param name="escaped">The bytes between the quotes.</param>
    /// <param name="destination">At least as many characters as <paramref name="escaped"/> has bytes (a body never decodes to more).</param>
    /// <returns>The number of characters written, or -1 when the bytes are not text.</returns>
    public static int TryUnescape(ReadOnlySpan<byte> escaped, Span<char> destination)
    {
        if (destination.Length < escaped.Length)
        {
            throw new ArgumentException("The buffer is shorter than the escaped string.", nameof(destination));
        }

        return Decode(escaped, destination);
    }

    // Returns the number of UTF-16 units written, or -1 when the bytes are not text.
    private static int Decode(ReadOnlySpan<byte> escaped, Span<char> buffer)
    {
        var written = 0;
        var i = 0;
        while (i < escaped.Length)
        {
            var current = escaped[i];
            if (current == (byte)'\\')
            {
                var kind = escaped[i + 1];
                if (kind == (byte)'u')
                {
                    var unit = Hex4(escaped.Slice(i + 2, 4));
                    i += 6;
                    if (char.IsSurrogate(unit))
                    {
                        // Only an escaped high surrogate followed at once by an escaped low one is text (as the reader's own GetString decides).
                        if (!char.IsHighSurrogate(unit) || i + 6 > escaped.Length || escaped[i] != (byte)'\\' || escaped[i + 1] != (byte)'u')
                        {
                            return -1;
                        }

                        var low = Hex4(escaped.Slice(i + 2, 4));
                        if (!char.IsLowSurrogate(low))
                        {
                            return -1;
                        }

                        buffer[written++] = unit;
                        unit = low;
                        i += 6;
                    }

                    buffer[written++] = unit;
                    continue;
                }

                buffer[written++] = kind switch
                {
                    (byte)'n' => '\n',
                    (byte)'t' => '\t',
                    (byte)'r' => '\r',
                    (byte)'b' => '\b',
                    (byte)'f' => '\f',
                    _ => (char)kind, // \" \\ \/
                };
                i += 2;
                continue;
            }

            // Between escapes there are mostly a few ASCII characters (digits, punctuation): copied one by one,
            // as a call per run would cost more than the run.
            if (current < 0x80)
            {
                buffer[written++] = (char)current;
                i++;
                continue;
            }

            var run = escaped.Slice(i);
            var end = run.IndexOf((byte)'\\');
            if (end >= 0)
            {
                run = run.Slice(0, end);
            }

            if (Utf8.ToUtf16(run, buffer.Slice(written), out _, out var chars, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                return -1;
            }

            written += chars;
            i += run.Length;
        }

        return written;
    }

    // The four hex digits of a \uXXXX escape, decoded together from one little-endian word (first digit in the low
    // byte). The reader has checked them: a digit (0x30-0x39) or a letter a-f in either case (0x41-0x46, 0x61-0x66),
    // whose low nibble is 1-6 and bit 6 set, so each byte's value is its low nibble plus 9 if bit 6 is set. Without a
    // branch: the digits of Chinese escapes mix digits and letters, so a branch per digit would be mispredicted about
    // once per escape.
    private static char Hex4(ReadOnlySpan<byte> digits)
    {
        var word = BinaryPrimitives.ReadUInt32LittleEndian(digits);
        var values = (word & 0x0F0F0F0Fu) + (((word >> 6) & 0x01010101u) * 9);
        return (char)(((values & 0xFFu) << 12) | (values & 0xFF00u) | ((values >> 12) & 0xF0u) | (values >> 24));
    }
}
