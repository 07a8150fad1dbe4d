using System.Globalization;
using System.Numerics;

namespace GovInfoReport.SchemaLanguage.Rules;

/// <summary>
/// Exact arithmetic on the numbers of rule expressions while binding: literals and their sums are kept as integers
/// scaled by 10^28, so a sum that <c>decimal</c> would round or overflow is found and reported instead of thrown.
/// </summary>
internal static class ExactDecimal
{
    /// <summary>The most decimal places a <c>decimal</c> holds.</summary>
    public const int MaxScale = 28;

    private static readonly BigInteger Unit = BigInteger.Pow(10, MaxScale);
    private static readonly BigInteger MantissaLimit = BigInteger.One << 96;

    /// <summary>Whether a literal of digits and at most one point is a <c>decimal</c> without rounding.</summary>
    /// <param name="literal">The literal as written.</param>
    /// <returns>Whether it is exact.</returns>
    public static bool IsExact(string literal)
    {
        var point = literal.IndexOf('.');
        var integer = point < 0 ? literal : literal.Substring(0, point);
        var fraction = point < 0 ? string.Empty : literal.Substring(point + 1).TrimEnd('0');
        if (fraction.Length > MaxScale)
        {
            return false;
        }

        var digits = (integer + fraction).TrimStart('0');
        return digits.Length == 0 || BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) < MantissaLimit;
    }

    /// <summary>A decimal as an integer count of 10^-28.</summary>
    public static BigInteger ToScaled(decimal value)
    {
        var bits = decimal.GetBits(value);
        var mantissa = (new BigInteger((uint)bits[2]) << 64) | (new BigInteger((uint)bits[1]) << 32) | new BigInteger((uint)bits[0]);
        var scale = (bits[3] >> 16) & 0xFF;
        var scaled = mantissa * BigInteger.Pow(10, MaxScale - scale);
        return bits[3] < 0 ? -scaled : scaled;
    }

    /// <summary>Converts back from a count of 10^-28, when the value is a <c>decimal</c> exactly.</summary>
    public static bool TryFromScaled(BigInteger scaled, out decimal value)
    {
        value = 0m;
        var negative = scaled.Sign < 0;
        var mantissa = BigInteger.Abs(scaled);
        var scale = MaxScale;
        while (scale > 0 && mantissa % 10 == 0 && !mantissa.IsZero)
        {
            mantissa /= 10;
            scale--;
        }

        if (mantissa.IsZero)
        {
            return true;
        }

        if (mantissa >= MantissaLimit)
        {
            return false;
        }

        var lo = (int)(uint)(mantissa & uint.MaxValue);
        var mid = (int)(uint)((mantissa >> 32) & uint.MaxValue);
        var hi = (int)(uint)(mantissa >> 64);
        value = new decimal(lo, mid, hi, negative, (byte)scale);
        return true;
    }

    /// <summary>Whether a scaled value is an integer.</summary>
    public static bool IsInteger(BigInteger scaled) => (scaled % Unit).IsZero;
}
