using System.Globalization;
using System.Text;

namespace GovInfoReport.SchemaTools.Rendering;

/// <summary>
/// The characters that must not pass from outside text (payload strings, file names) into a page or a terminal as
/// they are: C0 and C1 controls (NUL among them), DEL, the bidi controls that reorder what follows them (U+202A–202E,
/// U+2066–2069, U+061C, U+200E, U+200F), and the line and paragraph separators.
/// </summary>
public static class ControlCharacters
{
    /// <summary>Whether <paramref name="c"/> is one of the characters neutralised.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True for a control, bidi control or separator.</returns>
    public static bool IsControl(char c) => c < ' ' || (c >= '\u007F' && c < '\u00A0')
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>
    /// <paramref name="text"/> with every such character shown as its code point in brackets (<c>[U+202E]</c>):
    /// visible to the reader, without its effect. Tabs and line feeds, which only lay text out, are kept.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, unchanged when it holds none.</returns>
    public static string MakeVisible(string text)
    {
        var i = 0;
        while (i < text.Length && !Neutralised(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var visible = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (Neutralised(c))
            {
                visible.Append("[U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                visible.Append(c);
            }
        }

        return visible.ToString();
    }

    private static bool Neutralised(char c) => IsControl(c) && c is not ('\t' or '\n' or '\r');
}
