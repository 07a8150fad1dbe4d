using System;
using System.Buffers;
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
        char[]? rented = null;
        var buffer = escaped.Length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(escaped.Length));
        try
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

                    written += Encoding.UTF8.GetChars(run, buffer.Slice(written));
                    i += run.Length;
                    continue;
                }

                var kind = escaped[i + 1];
                if (kind == (byte)'u')
                {
                    buffer[written++] = (char)((Hex(escaped[i + 2]) << 12) | (Hex(escaped[i + 3]) << 8) | (Hex(escaped[i + 4]) << 4) | Hex(escaped[i + 5]));
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

    // The reader has checked the escape: a digit, or a letter a-f in either case.
    private static int Hex(byte digit) => digit <= (byte)'9' ? digit - '0' : (digit | 0x20) - 'a' + 10;
}
