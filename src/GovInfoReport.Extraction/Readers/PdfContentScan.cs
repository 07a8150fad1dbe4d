using System;
using System.Collections.Generic;
using System.Text;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// Counts the work in a decoded PDF content stream without building anything: one per operator, one per byte of
/// every string (a shown string may become that many letters), and the XObjects drawn (<c>/Name Do</c>) with how
/// often. A single pass over the bytes with no recursion; inline image data (<c>BI … ID … EI</c>) is skipped.
/// </summary>
internal static class PdfContentScan
{
    /// <summary>The count for one stream.</summary>
    /// <param name="Operations">Operators plus string bytes.</param>
    /// <param name="Drawn">XObject names drawn, with the number of times; null when the stream draws none (most do not).</param>
    internal readonly record struct Result(long Operations, Dictionary<string, long>? Drawn);

    public static Result Count(ReadOnlySpan<byte> content)
    {
        long operations = 0;
        Dictionary<string, long>? drawn = null;
        var lastName = (Start: -1, Length: 0); // a name is made a string only when "Do" follows it
        var i = 0;
        while (i < content.Length)
        {
            var b = content[i];
            if (IsWhite(b))
            {
                i++;
                continue;
            }

            switch (b)
            {
                case (byte)'%':
                    while (i < content.Length && content[i] is not ((byte)'\n' or (byte)'\r'))
                    {
                        i++;
                    }

                    continue;
                case (byte)'(':
                    {
                        var depth = 0;
                        var start = i;
                        for (; i < content.Length; i++)
                        {
                            var c = content[i];
                            if (c == '\\')
                            {
                                i++;
                            }
                            else if (c == '(')
                            {
                                depth++;
                            }
                            else if (c == ')' && --depth == 0)
                            {
                                break;
                            }
                        }

                        operations += Math.Max(0, i - start - 1);
                        i++;
                        lastName = (-1, 0);
                        continue;
                    }

                case (byte)'<' when i + 1 < content.Length && content[i + 1] == '<':
                case (byte)'>' when i + 1 < content.Length && content[i + 1] == '>':
                    i += 2;
                    continue;
                case (byte)'<':
                    {
                        var start = i;
                        while (i < content.Length && content[i] != '>')
                        {
                            i++;
                        }

                        operations += (i - start) / 2;
                        i++;
                        lastName = (-1, 0);
                        continue;
                    }

                case (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)')' or (byte)'>':
                    i++;
                    continue;
                case (byte)'/':
                    {
                        var start = ++i;
                        while (i < content.Length && IsRegular(content[i]))
                        {
                            i++;
                        }

                        lastName = (start, i - start);
                        continue;
                    }
            }

            var tokenStart = i;
            while (i < content.Length && IsRegular(content[i]))
            {
                i++;
            }

            var token = content[tokenStart..i];
            if (token.Length == 0)
            {
                i++;
                continue;
            }

            if (IsOperand(token))
            {
                continue;
            }

            operations++;
            if (token.SequenceEqual("Do"u8) && lastName.Start >= 0)
            {
                var name = Encoding.Latin1.GetString(content.Slice(lastName.Start, lastName.Length));
                drawn ??= new Dictionary<string, long>(StringComparer.Ordinal);
                drawn[name] = drawn.GetValueOrDefault(name) + 1;
            }
            else if (token.SequenceEqual("ID"u8))
            {
                i = SkipInlineImage(content, i);
            }

            lastName = (-1, 0);
        }

        return new Result(operations, drawn);
    }

    /// <summary>Past the binary data of an inline image: to the first "EI" standing alone after white space.</summary>
    private static int SkipInlineImage(ReadOnlySpan<byte> content, int i)
    {
        for (i++; i + 1 < content.Length; i++)
        {
            if (IsWhite(content[i - 1]) && content[i] == 'E' && content[i + 1] == 'I' && (i + 2 == content.Length || IsWhite(content[i + 2])))
            {
                return i + 2;
            }
        }

        return content.Length;
    }

    private static bool IsOperand(ReadOnlySpan<byte> token)
        => token[0] is (>= (byte)'0' and <= (byte)'9') or (byte)'+' or (byte)'-' or (byte)'.'
            || token.SequenceEqual("true"u8) || token.SequenceEqual("false"u8) || token.SequenceEqual("null"u8);

    private static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsRegular(byte b) => !IsWhite(b) && b is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');
}
