using System.Text;

namespace GovInfoReport.Cli.Output;

/// <summary>Terminal column arithmetic: CJK and other wide characters take two columns.</summary>
internal static class DisplayWidth
{
    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }

        return width;
    }

    public static int Of(Rune rune)
    {
        var value = rune.Value;
        if (value < 0x20 || (value >= 0x7F && value < 0xA0))
        {
            return 0;
        }

        return IsWide(value) ? 2 : 1;
    }

    public static string PadRight(string text, int width)
    {
        var pad = width - Of(text);
        return pad > 0 ? text + new string(' ', pad) : text;
    }

    /// <summary>Cuts <paramref name="text"/> into lines of at most <paramref name="width"/> columns.</summary>
    public static System.Collections.Generic.List<string> Wrap(string text, int width)
    {
        var lines = new System.Collections.Generic.List<string>();
        var line = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n')
            {
                lines.Add(line.ToString());
                line.Clear();
                used = 0;
                continue;
            }

            var w = Of(rune);
            if (used + w > width && line.Length > 0)
            {
                // Latin text breaks at the last space; CJK text, which has none, may break anywhere.
                var full = line.ToString();
                var space = full.LastIndexOf(' ');
                var carry = space > 0 && rune.Value != ' ' ? full.Substring(space + 1) : string.Empty;
                lines.Add(space > 0 && rune.Value != ' ' ? full.Substring(0, space) : full);
                line.Clear().Append(carry);
                used = Of(carry);
                if (rune.Value == ' ')
                {
                    continue;
                }
            }

            line.Append(rune.ToString());
            used += w;
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    private static bool IsWide(int value) =>
        (value >= 0x1100 && value <= 0x115F) || (value >= 0x2E80 && value <= 0x303E) || (value >= 0x3041 && value <= 0x33FF)
        || (value >= 0x3400 && value <= 0x4DBF) || (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0xA000 && value <= 0xA4CF)
        || (value >= 0xAC00 && value <= 0xD7A3) || (value >= 0xF900 && value <= 0xFAFF) || (value >= 0xFE30 && value <= 0xFE4F)
        || (value >= 0xFF00 && value <= 0xFF60) || (value >= 0xFFE0 && value <= 0xFFE6) || (value >= 0x20000 && value <= 0x3FFFD);
}
