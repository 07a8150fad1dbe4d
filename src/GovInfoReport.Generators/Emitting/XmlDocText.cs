using System.Collections.Generic;
using System.Text;

namespace GovInfoReport.Generators.Emitting;

/// <summary>Escapes schema text for XML documentation comments, one safe line at a time.</summary>
internal static class XmlDocText
{
    /// <summary>
    /// The lines of <paramref name="text"/>, XML-escaped, with control and line-separator characters removed so
    /// no text can end the comment line and become code.
    /// </summary>
    public static IEnumerable<string> Lines(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < text!.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085')
            {
                yield return builder.ToString();
                builder.Clear();
                continue;
            }

            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    // XML 1.0 allows neither lone surrogates nor U+FFFE/U+FFFF: they would make the comment badly formed (CS1570).
                    if (!char.IsControl(c) && !IsBidiControl(c) && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF')
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        yield return builder.ToString();
    }

    private static bool IsBidiControl(char c) => (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
}
