using System;
using System.Globalization;

namespace GovInfoReport.Schema.Validation;

/// <summary>
/// The exact value of a JSON number as printed: sign, significant digits and a power of ten. The reader's
/// <c>TryGetDecimal</c> rounds (<c>1e-400</c> becomes 0, <c>1016.7200000000000000000000000001</c> loses its last
/// digit, <c>-1e-400</c> loses its sign), so integer-ness and decimal exactness are decided on the text itself.
/// </summary>
internal readonly ref struct ExactNumber
{
    private ExactNumber(bool isNegative, ReadOnlySpan<byte> integerDigits, ReadOnlySpan<byte> fractionDigits, long exponent)
    {
        IsNegative = isNegative;
        _integerDigits = integerDigits;
        _fractionDigits = fractionDigits;
        _exponent = exponent;
    }

    private readonly ReadOnlySpan<byte> _integerDigits;
    private readonly ReadOnlySpan<byte> _fractionDigits;
    private readonly long _exponent;

    /// <summary>Whether a minus sign was printed (a tiny negative number stays negative).</summary>
    public bool IsNegative { get; }

    /// <summary>Whether every digit is zero.</summary>
    public bool IsZero => _integerDigits.IndexOfAnyExcept((byte)'0') < 0 && _fractionDigits.IndexOfAnyExcept((byte)'0') < 0;

    /// <summary>Whether the value is a whole number: no non-zero digit is left behind the point by the exponent.</summary>
    public bool IsInteger => IsZero || Power >= 0;

    /// <summary>The power of ten of the last non-zero digit (the value is its significant digits times ten to it).</summary>
    private long Power
    {
        get
        {
            var fractionLast = _fractionDigits.LastIndexOfAnyExcept((byte)'0');
            var trailingZeros = fractionLast >= 0
                ? _fractionDigits.Length - 1 - fractionLast
                : _fractionDigits.Length + (_integerDigits.Length - 1 - _integerDigits.LastIndexOfAnyExcept((byte)'0'));
            return _exponent - _fractionDigits.Length + trailingZeros;
        }
    }

    /// <summary>Parses a number token the reader has already checked for JSON number grammar.</summary>
    /// <param name="text">The token's bytes.</param>
    /// <returns>The parts.</returns>
    public static ExactNumber Parse(ReadOnlySpan<byte> text)
    {
        var negative = text.Length > 0 && text[0] == (byte)'-';
        var rest = negative ? text.Slice(1) : text;
        var end = rest.IndexOfAny((byte)'e', (byte)'E');
        long exponent = 0;
        if (end >= 0)
        {
            var expText = rest.Slice(end + 1);
            var expNegative = expText.Length > 0 && expText[0] == (byte)'-';
            if (expText.Length > 0 && (expText[0] == (byte)'-' || expText[0] == (byte)'+'))
            {
                expText = expText.Slice(1);
            }

            // Saturate: any exponent this large already decides every question asked here.
            foreach (var digit in expText)
            {
                exponent = Math.Min(exponent * 10 + (digit - '0'), 1_000_000_000L);
            }

            exponent = expNegative ? -exponent : exponent;
            rest = rest.Slice(0, end);
        }

        var point = rest.IndexOf((byte)'.');
        return point < 0
            ? new ExactNumber(negative, rest, ReadOnlySpan<byte>.Empty, exponent)
            : new ExactNumber(negative, rest.Slice(0, point), rest.Slice(point + 1), exponent);
    }

    /// <summary>Whether <paramref name="value"/> (the reader's rounded decimal) is exactly this number.</summary>
    /// <param name="value">The decimal read from the same token.</param>
    /// <returns>Whether nothing was rounded away and no sign was lost.</returns>
    public bool Equals(decimal value)
    {
        if (IsZero)
        {
            return value == 0m;
        }

        if (value == 0m || (value < 0m) != IsNegative)
        {
            return false;
        }

        // Compare significant digits and the power of ten of both, each without leading or trailing zeros.
        Span<byte> decimalText = stackalloc byte[64];
        value.TryFormat(decimalText, out var written, default, CultureInfo.InvariantCulture);
        var other = Parse(decimalText.Slice(0, written));
        Span<byte> mine = stackalloc byte[32];
        Span<byte> theirs = stackalloc byte[32];
        return Power == other.Power && TrySignificand(mine, out var a) && other.TrySignificand(theirs, out var b) && mine.Slice(0, a).SequenceEqual(theirs.Slice(0, b));
    }

    /// <summary>The significant digits, if they fit (a decimal never has more than 29).</summary>
    private bool TrySignificand(Span<byte> buffer, out int length)
    {
        length = 0;
        var integer = _integerDigits.TrimStart((byte)'0');
        var fraction = integer.IsEmpty ? _fractionDigits.TrimStart((byte)'0') : _fractionDigits;
        fraction = fraction.TrimEnd((byte)'0');
        if (fraction.IsEmpty)
        {
            integer = integer.TrimEnd((byte)'0');
        }

        if (integer.Length + fraction.Length > buffer.Length)
        {
            return false;
        }

        integer.CopyTo(buffer);
        fraction.CopyTo(buffer.Slice(integer.Length));
        length = integer.Length + fraction.Length;
        return true;
    }
}
