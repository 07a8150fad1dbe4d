using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;

namespace GovInfoReport.Extraction.Values;

/// <summary>What a table cell holds, as far as values go.</summary>
internal enum CellKind
{
    /// <summary>Nothing but layout white space (or artefacts).</summary>
    Blank,

    /// <summary>"无", "-", "/", "—" and similar marks for nothing.</summary>
    Dash,

    /// <summary>A number, possibly signed or with a unit.</summary>
    Number,

    /// <summary>Looks like a value (digits, corrupted characters) but cannot be read with confidence.</summary>
    Unreadable,

    /// <summary>Text: a label, a header, an annotation.</summary>
    Text,
}

/// <summary>A cell read as a value.</summary>
/// <param name="Kind">What the cell holds.</param>
/// <param name="Number">The number (0 for blank and dash).</param>
/// <param name="Unit">The unit printed in the cell (元, 万元, 件…), or null.</param>
/// <param name="Sign">'+' or '-' when a sign (or 增/减) was printed, otherwise null.</param>
/// <param name="SignWord">Whether the sign was printed as a word (增/减).</param>
/// <param name="Reformatted">Whether full-width digits or thousands separators were normalised.</param>
/// <param name="HadArtefact">Whether a conversion artefact was removed.</param>
/// <param name="Clean">The cell text without artefacts and white space.</param>
/// <remarks>A class, not a struct: a cell keeps the one instance its text was parsed into (<see cref="ValueParser.Parse(Documents.SourceCell)"/>),
/// and the table readers ask for it many times per cell; copying a 56-byte struct out of the cell each time was a
/// visible share of extraction.</remarks>
internal sealed record ParsedCell(CellKind Kind, decimal Number, string? Unit, char? Sign, bool SignWord, bool Reformatted, bool HadArtefact, string Clean)
{
    /// <summary>Whether the cell can stand in a value position (not a label or header).</summary>
    public bool IsValueLike => Kind != CellKind.Text;

    /// <summary>Whether the number has a fractional part.</summary>
    public bool IsFractional => decimal.Truncate(Number) != Number;
}

/// <summary>Reads table cells as values, deterministically; anything not certain is <see cref="CellKind.Unreadable"/>.</summary>
internal static partial class ValueParser
{
    // Blank cells are the most common kind after numbers; they share one result each (the clean text is empty either way).
    private static readonly ParsedCell Blank = new(CellKind.Blank, 0, null, null, false, false, false, string.Empty);
    private static readonly ParsedCell BlankWithArtefact = new(CellKind.Blank, 0, null, null, false, false, true, string.Empty);

    /// <summary>The longest text still considered a value cell; longer text is prose or an annotation.</summary>
    private const int MaxValueLength = 20;

    /// <summary>Parses one cell, once.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>What it holds.</returns>
    public static ParsedCell Parse(Documents.SourceCell cell) => cell.ParsedValue ??= Parse(cell.Text);

    /// <summary>Parses one cell.</summary>
    /// <param name="raw">The cell text as published.</param>
    /// <returns>What it holds.</returns>
    public static ParsedCell Parse(string raw) => PlainCounts.TryGet(raw) ?? ParseInFull(raw);

    /// <summary>Parses one cell without the shared parse of plain counts (<see cref="PlainCounts"/>), which must give the same.</summary>
    /// <param name="raw">The cell text as published.</param>
    /// <returns>What it holds.</returns>
    internal static ParsedCell ParseInFull(string raw)
    {
        var text = TextNormalizer.RemoveArtefacts(raw, out var artefact);
        var reformatted = false;

        // Cleaned into a stack buffer; the text itself is kept when nothing changed (most cells: "0", "12").
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var changed = false;
        foreach (var c in text)
        {
            var mapped = c;
            if (TextNormalizer.IsLayoutSpace(c))
            {
                changed = true;
                continue;
            }

            if (c >= '０' && c <= '９')
            {
                mapped = (char)(c - '０' + '0');
                reformatted = true;
            }
            else if (c is '＋')
            {
                mapped = '+';
            }
            else if (c is '．')
            {
                mapped = '.';
                reformatted = true;
            }
            else if (c is '，' or '﹐')
            {
                mapped = ',';
            }

            changed |= mapped != c;
            buffer[length++] = mapped;
        }

        var clean = changed ? new string(buffer[..length]) : text;
        if (clean.Length == 0)
        {
            return artefact ? BlankWithArtefact : Blank;
        }

        if (IsDash(clean))
        {
            return new ParsedCell(CellKind.Dash, 0, null, null, false, false, artefact, clean);
        }

        if (clean.Length > MaxValueLength)
        {
            return new ParsedCell(CellKind.Text, 0, null, null, false, false, artefact, clean);
        }

        if (TryPlainNumber(clean, out var plain, out var plainSign))
        {
            return new ParsedCell(CellKind.Number, plain, null, plainSign, false, reformatted, artefact, clean);
        }

        var match = CouldBeNumber(clean) ? NumberRegex().Match(clean) : Match.Empty;
        if (match.Success)
        {
            var digits = match.Groups["num"].Value;
            if (digits.Contains(',', StringComparison.Ordinal))
            {
                if (!ThousandsRegex().IsMatch(digits))
                {
                    return new ParsedCell(CellKind.Unreadable, 0, null, null, false, false, artefact, clean);
                }

                digits = digits.Replace(",", string.Empty, StringComparison.Ordinal);
                reformatted = true;
            }

            if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return new ParsedCell(CellKind.Unreadable, 0, null, null, false, false, artefact, clean);
            }

            var signText = match.Groups["sign"].Value;
            char? sign = null;
            var signWord = false;
            switch (signText)
            {
                case "+":
                    sign = '+';
                    break;
                case "-" or "−" or "－" or "—" or "–":
                    sign = '-';
                    number = -number;
                    break;
                case "增" or "增加":
                    sign = '+';
                    signWord = true;
                    break;
                case "减" or "减少" or "減" or "減少":
                    sign = '-';
                    signWord = true;
                    number = -number;
                    break;
            }

            var unit = match.Groups["unit"].Success && match.Groups["unit"].Length > 0 ? match.Groups["unit"].Value : null;
            return new ParsedCell(CellKind.Number, number, unit, sign, signWord, reformatted, artefact, clean);
        }

        // Two or more ideographs (other than units and 增/减/约) make it text: a label such as "1.属于国家秘密".
        var ideographs = 0;
        var valueLike = false;
        foreach (var c in clean)
        {
            if ((c >= '0' && c <= '9') || c is '?' or '？' or '\uFFFD' or '□' or '■')
            {
                valueLike = true;
            }
            else if (TextNormalizer.IsIdeograph(c) && "万元件个项條条次起增减約约余多".IndexOf(c, StringComparison.Ordinal) < 0)
            {
                ideographs++;
            }
        }

        return valueLike && ideographs < 2
            ? new ParsedCell(CellKind.Unreadable, 0, null, null, false, false, artefact, clean)
            : new ParsedCell(CellKind.Text, 0, null, null, false, false, artefact, clean);
    }

    /// <summary>The common case without a regex: an optional ASCII sign, digits, an optional decimal part.</summary>
    private static bool TryPlainNumber(string clean, out decimal number, out char? sign)
    {
        number = 0;
        sign = null;
        var span = clean.AsSpan();
        if (span.Length > 0 && span[0] is '+' or '-')
        {
            sign = span[0];
            span = span[1..];
        }

        if (span.Length is 0 or > 18 || !char.IsAsciiDigit(span[0]) || !char.IsAsciiDigit(span[^1]))
        {
            return false;
        }

        var dot = false;
        foreach (var c in span)
        {
            if (c == '.' && !dot)
            {
                dot = true;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        if (!decimal.TryParse(span, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
        {
            return false;
        }

        if (sign == '-')
        {
            number = -number;
        }

        return true;
    }

    /// <summary>
    /// What <see cref="NumberRegex"/> needs at both ends (a sign, 增/减 or a digit first; a digit or a unit last), checked
    /// before running it: most short cells that are not plain numbers are labels, and the match allocated per label.
    /// </summary>
    private static bool CouldBeNumber(string clean)
    {
        var first = clean[0];
        var last = clean[^1];
        return (char.IsDigit(first) || first is '+' or '-' or '−' or '－' or '—' or '–' or '增' or '减' or '減')
            && (char.IsDigit(last) || last is '元' or '件' or '个' or '項' or '项' or '条' or '條' or '次' or '起');
    }

    private static bool IsDash(string clean) => clean switch
    {
        "无" or "無" or "-" or "--" or "/" or "／" or "—" or "——" or "–" or "―" or "－" or "−" or "_" or "\\" => true,
        _ => false,
    };

    [GeneratedRegex(@"^(?<sign>[+\-−－—–]|增加|减少|減少|增|减|減)?(?<num>\d[\d,]*(?:\.\d+)?)(?<unit>万元|元|件|个|項|项|条|條|次|起)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsRegex();
}
