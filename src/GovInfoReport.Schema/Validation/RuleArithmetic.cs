using System;
using System.ComponentModel;
using System.Globalization;
using System.Numerics;

namespace GovInfoReport.Schema.Validation;

/// <summary>
/// The arithmetic of rule assertions, shared by generated validators and the rule interpreter so that both compute
/// the same values the same way: decimal sums are exact or reported as uncomputable, never rounded, never thrown;
/// texts and differences are exact at any magnitude. Infrastructure for generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RuleArithmetic
{
    private const int MaxScale = 28;
    private static readonly UInt128 MantissaLimit = UInt128.One << 96;
    private static readonly UInt128[] PowersOfTen = BuildPowersOfTen();

    /// <summary>Adds <paramref name="value"/> to <paramref name="sum"/> when the result is a <c>decimal</c> exactly.</summary>
    /// <param name="sum">The running sum; unchanged when this returns false.</param>
    /// <param name="value">The value to add.</param>
    /// <returns>False when the exact sum is beyond <c>decimal</c> (it would overflow, or lose digits to rounding).</returns>
    public static bool TryAdd(ref decimal sum, decimal value)
    {
        var (leftMantissa, leftScale, leftNegative) = Split(sum);
        var (rightMantissa, rightScale, rightNegative) = Split(value);
        var wantedScale = Math.Max(leftScale, rightScale);

        // Trailing zeros carry no value; without them, one side's last digit is non-zero, which bounds the result.
        Strip(ref leftMantissa, ref leftScale);
        Strip(ref rightMantissa, ref rightScale);
        var scale = Math.Max(leftScale, rightScale);
        if (!TryAlign(leftMantissa, scale - leftScale, out var left) || !TryAlign(rightMantissa, scale - rightScale, out var right))
        {
            return false;
        }

        var exact = (leftNegative ? -(Int128)left : (Int128)left) + (rightNegative ? -(Int128)right : (Int128)right);
        var negative = exact < 0;
        var magnitude = (UInt128)(negative ? -exact : exact);
        while (magnitude >= MantissaLimit && scale > 0 && magnitude % 10 == 0)
        {
            magnitude /= 10;
            scale--;
        }

        if (magnitude >= MantissaLimit)
        {
            return false;
        }

        // Keep the scale plain decimal addition would give (1.50 + 1.50 is 3.00), as far as it fits.
        while (scale < wantedScale && magnitude * 10 < MantissaLimit)
        {
            magnitude *= 10;
            scale++;
        }

        sum = new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative && magnitude != 0, (byte)scale);
        return true;
    }

    /// <summary>Subtracts <paramref name="value"/> from <paramref name="sum"/> when the result is a <c>decimal</c> exactly.</summary>
    /// <param name="sum">The running sum; unchanged when this returns false.</param>
    /// <param name="value">The value to subtract.</param>
    /// <returns>False when the exact difference is beyond <c>decimal</c>.</returns>
    public static bool TrySubtract(ref decimal sum, decimal value) => TryAdd(ref sum, -value);

    /// <summary>A value as text, invariant.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A value as text, invariant.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Format(Int128 value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A value as text, invariant.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>actual − expected as text, exact (a 64-bit difference can exceed 64 bits).</summary>
    /// <param name="actual">The left side.</param>
    /// <param name="expected">The right side.</param>
    /// <returns>The text.</returns>
    public static string Difference(long actual, long expected) => Format((Int128)actual - expected);

    /// <summary>actual − expected as text, exact (sides are far below the Int128 range, so this cannot wrap).</summary>
    /// <param name="actual">The left side.</param>
    /// <param name="expected">The right side.</param>
    /// <returns>The text.</returns>
    public static string Difference(Int128 actual, Int128 expected) => Format(actual - expected);

    /// <summary>actual − expected as text, exact even when the difference is beyond <c>decimal</c>.</summary>
    /// <param name="actual">The left side.</param>
    /// <param name="expected">The right side.</param>
    /// <returns>The text.</returns>
    public static string Difference(decimal actual, decimal expected)
    {
        var difference = actual;
        if (TrySubtract(ref difference, expected))
        {
            return Format(difference);
        }

        // Only on a failure path, so the allocation does not matter: compute in units of 10^-28 and print.
        var scaled = Scaled(actual) - Scaled(expected);
        var digits = BigInteger.Abs(scaled).ToString(CultureInfo.InvariantCulture).PadLeft(MaxScale + 1, '0');
        var integer = digits[..^MaxScale];
        var fraction = digits[^MaxScale..].TrimEnd('0');
        return (scaled.Sign < 0 ? "-" : string.Empty) + integer + (fraction.Length == 0 ? string.Empty : "." + fraction);
    }

    /// <summary>Reports that a rule could not be computed on this payload: its sums leave exact decimal arithmetic.</summary>
    /// <param name="context">The read context.</param>
    /// <param name="ruleId">The rule.</param>
    /// <param name="atCell">The cell the rule points at, or -1.</param>
    /// <param name="atObject">The object the rule points at when <paramref name="atCell"/> is -1.</param>
    public static void ReportUncomputable(ref ReportReadContext context, string ruleId, int atCell, int atObject)
    {
        var pointer = atCell >= 0 ? context.CellPointer(atCell) : context.ObjectPointer(atObject);
        context.ReportRule(IssueIds.Uncomputable, IssueSeverity.Error, pointer, null, null,
            $"规则 {ruleId} 无法核对：其加减结果超出精确小数运算的范围（绝对值至多 79228162514264337593543950335，小数至多 28 位）。",
            $"Rule {ruleId} cannot be checked: its sums leave the range of exact decimal arithmetic (magnitude up to 79228162514264337593543950335, at most 28 decimal places).");
    }

    private static (UInt128 Mantissa, int Scale, bool Negative) Split(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        return (mantissa, (bits[3] >> 16) & 0xFF, bits[3] < 0);
    }

    private static void Strip(ref UInt128 mantissa, ref int scale)
    {
        if (mantissa == 0)
        {
            // A zero written 0.000… has no digits to keep; its scale would only push the other side out of range.
            scale = 0;
            return;
        }

        while (scale > 0 && mantissa != 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }
    }

    // Below 2^126 both aligned sides and their sum fit Int128; a side beyond that makes the result unrepresentable
    // (the other side's non-zero last digit keeps it from shrinking back under 2^96).
    private static bool TryAlign(UInt128 mantissa, int shift, out UInt128 aligned)
    {
        aligned = mantissa;
        if (shift == 0 || mantissa == 0)
        {
            return true;
        }

        var power = PowersOfTen[shift];
        if (mantissa > (UInt128.One << 126) / power)
        {
            return false;
        }

        aligned = mantissa * power;
        return true;
    }

    private static BigInteger Scaled(decimal value)
    {
        var (mantissa, scale, negative) = Split(value);
        var scaled = (BigInteger)mantissa * BigInteger.Pow(10, MaxScale - scale);
        return negative ? -scaled : scaled;
    }

    private static UInt128[] BuildPowersOfTen()
    {
        var powers = new UInt128[MaxScale + 1];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
