using System;
using System.Threading;

namespace GovInfoReport.Extraction.Values;

/// <summary>
/// Cells printed as a plain count below 1000 ("0", "7", "215"): their text and their parse, one shared instance of each
/// per count. Such cells are most of a report's, and a parse of their own for each was about 15 KB of a seed report's
/// 255 KB, and the text reader cut each one's text out of its line once more. Strings and
/// <see cref="ParsedCell"/> are immutable, so one instance serves every cell, report and thread; the tables hold at most
/// 1000 of each.
/// </summary>
internal static class PlainCounts
{
    private const int Limit = 1000;

    private static readonly string?[] Texts = new string?[Limit];

    private static readonly ParsedCell?[] Parsed = new ParsedCell?[Limit];

    /// <summary>The text of a cell: the shared string when it is a plain count, otherwise a string of its own.</summary>
    public static string TextOf(ReadOnlySpan<char> cell)
    {
        if (Count(cell) is not { } value)
        {
            return cell.ToString();
        }

        if (Volatile.Read(ref Texts[value]) is { } shared)
        {
            return shared;
        }

        // A race only makes two equal strings, one of which is kept.
        var made = cell.ToString();
        return Interlocked.CompareExchange(ref Texts[value], made, null) ?? made;
    }

    /// <summary>
    /// The shared parse of <paramref name="raw"/> when it is a plain count: exactly what
    /// <see cref="ValueParser.Parse(string)"/> makes of it (no artefact, no reformatting, no sign, no unit, the text
    /// itself as the clean text); null for any other text, which is parsed in full.
    /// </summary>
    public static ParsedCell? TryGet(string raw)
    {
        if (Count(raw) is not { } value)
        {
            return null;
        }

        // A race only makes two equal instances, one of which is kept.
        return Volatile.Read(ref Parsed[value]) ?? Publish(value, raw);
    }

    /// <summary>
    /// The count that 1–3 ASCII digits without a leading zero (or "0") print; null for any other text. A leading zero
    /// ("07") is left to the full parse, whose clean text keeps it.
    /// </summary>
    private static int? Count(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 3 || (text[0] == '0' && text.Length > 1))
        {
            return null;
        }

        var value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private static ParsedCell Publish(int value, string raw)
    {
        var parsed = new ParsedCell(CellKind.Number, value, null, null, false, false, false, raw);
        return Interlocked.CompareExchange(ref Parsed[value], parsed, null) ?? parsed;
    }
}
