using System;
using System.Buffers;
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
        char[]? rented = null;
        var buffer = escaped.Length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(escaped.Length));
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

    // Returns the number of UTF-16 units written, or -1 when the bytes are not text.
    private static int Decode(ReadOnlySpan<byte> escaped, Span<char> buffer)
    {
        var written = 0;
        var i = 0;
        while (i < escaped.Length)
        {
            if (escaped[i] != (byte)'\\')
            {
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
                continue;
            }

            var kind = escaped[i + 1];
            if (kind == (byte)'u')
            {
                var unit = Hex4(escaped.Slice(i + 2));
                i += 6;
                if (char.IsSurrogate(unit))
                {
                    // Only an escaped high surrogate followed at once by an escaped low one is text (as the reader's own GetString decides).
                    if (!char.IsHighSurrogate(unit) || i + 6 > escaped.Length || escaped[i] != (byte)'\\' || escaped[i + 1] != (byte)'u')
                    {
                        return -1;
                    }

                    var low = Hex4(escaped.Slice(i + 2));
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
        }

        return written;
    }

    private static char Hex4(ReadOnlySpan<byte> digits)
        => (char)((Hex(digits[0]) << 12) | (Hex(digits[1]) << 8) | (Hex(digits[2]) << 4) | Hex(digits[3]));

    // The reader has checked the escape: a digit, or a letter a-f in either case.
    private static int Hex(byte digit) => digit <= (byte)'9' ? digit - '0' : (digit | 0x20) - 'a' + 10;
}
