using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace GovInfoReport.Schema.Validation;

/// <summary>
/// Decodes the escaped body of a JSON string the validator has already checked (valid UTF-8, well-formed escapes,
/// no lone surrogate) straight into a string: one pass, no second reader over a copy of the token. System.Text.Json
/// writes Chinese as <c>\uXXXX</c>, so prose is mostly escapes: they are decoded inline, runs of raw text in bulk.
/// </summary>
internal static class JsonStringUnescaper
{
    public static string Unescape(ReadOnlySpan<byte> escaped)
    {
        // Every escape is longer than the UTF-16 unit it stands for, and UTF-8 never yields more units than bytes.
        // Sized to the token, not a fixed block: the stack buffer is cleared on entry, and most strings are short.
        char[]? rented = null;
        var buffer = escaped.Length <= 512 ? stackalloc char[escaped.Length] : (rented = ArrayPool<char>.Shared.Rent(escaped.Length));
        try
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
                        buffer[written++] = (char)HexQuad(BinaryPrimitives.ReadUInt32LittleEndian(escaped.Slice(i + 2, 4)));
                        i += 6;
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

                written += Encoding.UTF8.GetChars(run, buffer.Slice(written));
                i += run.Length;
            }

            return new string(buffer.Slice(0, written));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    // The four hex digits of a \uXXXX escape, first digit in the low byte, decoded together. The reader has checked
    // them: a digit (0x30-0x39) or a letter a-f in either case (0x41-0x46, 0x61-0x66), whose low nibble is 1-6 and
    // bit 6 set, so each byte's value is its low nibble plus 9 if bit 6 is set. Without a branch: the digits of
    // Chinese escapes mix digits and letters, so a branch per digit would be mispredicted about once per escape.
    private static int HexQuad(uint digits)
    {
        var values = (digits & 0x0F0F0F0Fu) + (((digits >> 6) & 0x01010101u) * 9);
        return (int)(((values & 0xFFu) << 12) | (values & 0xFF00u) | ((values >> 12) & 0xF0u) | (values >> 24));
    }
}
