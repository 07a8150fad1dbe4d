using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace GovInfoReport.Schema.Validation;

/// <summary>
/// Decodes the escaped body of a JSON string the validator has already checked (valid UTF-8, well-formed escapes,
/// no lone surrogate) straight into a string: one pass, no second reader over a copy of the token.
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
            while (!escaped.IsEmpty)
            {
                var backslash = escaped.IndexOf((byte)'\\');
                var run = backslash < 0 ? escaped : escaped.Slice(0, backslash);
                written += Encoding.UTF8.GetChars(run, buffer.Slice(written));
                if (backslash < 0)
                {
                    break;
                }

                var kind = escaped[backslash + 1];
                if (kind == (byte)'u')
                {
                    Utf8Parser.TryParse(escaped.Slice(backslash + 2, 4), out ushort unit, out _, 'X');
                    buffer[written++] = (char)unit;
                    escaped = escaped.Slice(backslash + 6);
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
                escaped = escaped.Slice(backslash + 2);
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
}
