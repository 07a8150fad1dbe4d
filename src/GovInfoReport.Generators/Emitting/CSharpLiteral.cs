using System.Globalization;
using System.Text;

namespace GovInfoReport.Generators.Emitting;

/// <summary>Escapes schema text into C# literals; every character outside printable ASCII is written as an escape.</summary>
internal static class CSharpLiteral
{
    /// <summary>A regular string literal with quotes.</summary>
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    // Characters that can change how code reads (controls, line separators, bidi overrides, lone
                    // surrogates, BOM) become \uXXXX; other text, Chinese labels included, stays readable.
                    if (MustEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool MustEscape(char c) => c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
        || c == '\uFEFF' || char.IsSurrogate(c);

    /// <summary>A UTF-8 literal (<c>"…"u8</c>) when the text is valid UTF-16, else a plain string literal.</summary>
    public static string Utf8OrString(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return String(value);
            }
        }

        return String(value) + "u8";
    }

    /// <summary>A decimal literal (<c>12.5m</c>).</summary>
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    /// <summary>A long literal (<c>12L</c>).</summary>
    public static string Long(decimal value) => decimal.ToInt64(value).ToString(CultureInfo.InvariantCulture) + "L";

    /// <summary>An <c>Int128</c> operand (<c>12L</c>, or a constructor call beyond the range of <c>long</c>).</summary>
    public static string Int128(decimal value)
    {
        // An integer-valued decimal below 2^96: its mantissa (scale 0 after truncation) is the value.
        var bits = decimal.GetBits(decimal.Truncate(System.Math.Abs(value)));
        var lower = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        var upper = (ulong)(uint)bits[2];
        var magnitude = upper == 0 && lower <= long.MaxValue
            ? lower.ToString(CultureInfo.InvariantCulture) + "L"
            : "new global::System.Int128(" + upper.ToString(CultureInfo.InvariantCulture) + "UL, " + lower.ToString(CultureInfo.InvariantCulture) + "UL)";
        return value < 0 ? "-" + magnitude : magnitude;
    }

    /// <summary>An <c>int</c> literal.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
