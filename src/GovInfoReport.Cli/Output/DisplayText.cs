using System.Globalization;
using System.Text;
using GovInfoReport.SchemaTools.Rendering;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// Names from outside (file names above all) made safe for a terminal and for line-oriented text output: a newline
/// in a file name must not start a forged line, an escape sequence must not drive the terminal, and a bidi control
/// must not reorder what follows it.
/// </summary>
internal static class DisplayText
{
    /// <summary><paramref name="text"/> with every control character written as an escape (<c>\n</c>, <c>\x1b</c>, <c>\u202e</c>).</summary>
    public static string Escape(string text)
    {
        var i = 0;
        while (i < text.Length && !NeedsEscape(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(c))
            {
                escaped.Append(c);
                continue;
            }

            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < '\u0100' => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) => ControlCharacters.IsControl(c);
}
