using System.Threading;

namespace GovInfoReport.Extraction.Values;

/// <summary>
/// The parse of a cell printed as a plain count below 1000 ("0", "7", "215"), shared by every cell with that text.
/// Such cells are most of a report's (some 240 of its 400), and a parse of its own for each was about a sixteenth of
/// the bytes an extraction allocated. A <see cref="ParsedCell"/> is immutable, so one instance serves every cell,
/// report and thread; the table holds at most 1000 of them.
/// </summary>
internal static class PlainCounts
{
    private const int Limit = 1000;

    private static readonly ParsedCell?[] Parsed = new ParsedCell?[Limit];

    /// <summary>
    /// The shared parse of <paramref name="raw"/> when it is 1–3 ASCII digits without a leading zero (or "0"): exactly
    /// what <see cref="ValueParser.Parse(string)"/> makes of it (no artefact, no reformatting, no sign, no unit, the
    /// text itself as the clean text); null for any other text, which is parsed in full. A leading zero ("07") is left
    /// to the full parse, whose clean text keeps it.
    /// </summary>
    public static ParsedCell? TryGet(string raw)
    {
        if (raw.Length is 0 or > 3 || (raw[0] == '0' && raw.Length > 1))
        {
            return null;
        }

        var value = 0;
        foreach (var c in raw)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }

            value = (value * 10) + (c - '0');
        }

        // A race only makes two equal instances, one of which is kept.
        return Volatile.Read(ref Parsed[value]) ?? Publish(value, raw);
    }

    private static ParsedCell Publish(int value, string raw)
    {
        var parsed = new ParsedCell(CellKind.Number, value, null, null, false, false, false, raw);
        return Interlocked.CompareExchange(ref Parsed[value], parsed, null) ?? parsed;
    }
}
