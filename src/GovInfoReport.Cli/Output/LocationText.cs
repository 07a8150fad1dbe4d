using System;
using System.Globalization;
using System.Text.Json;
using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// A <see cref="SourceLocation"/> as a JSON string value, formatted on the stack straight into UTF-8: an extraction
/// result has a location per value, some 200 per report, and formatting them as UTF-16
/// (<see cref="SourceLocation.TryFormat"/>) cost the writer a transcoding pass per location. The text is the one
/// <see cref="SourceLocation.ToString"/> gives, part for part (LocationTextTests hold the two together).
/// </summary>
internal static class LocationText
{
    /// <summary>Room for any location but one with extreme coordinates (those are written from ToString).</summary>
    internal const int Room = 160;

    /// <summary>Writes <paramref name="location"/> as the string value of <paramref name="name"/> (null when there is none).</summary>
    public static void Write(Utf8JsonWriter json, JsonEncodedText name, SourceLocation? location)
    {
        if (location is null)
        {
            json.WriteNull(name);
            return;
        }

        Span<byte> text = stackalloc byte[Room];
        if (TryFormatUtf8(location, text, out var length))
        {
            json.WriteString(name, text[..length]);
        }
        else
        {
            json.WriteString(name, location.ToString());
        }
    }

    /// <summary>Writes the location as <see cref="SourceLocation.ToString"/> reads it, in UTF-8 (ASCII: labels and numbers).</summary>
    /// <returns>False when <paramref name="destination"/> is too short.</returns>
    internal static bool TryFormatUtf8(SourceLocation location, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        var any = false;
        return Part(location.Page, "page "u8, destination, ref bytesWritten, ref any)
            && Part(location.Line, "line "u8, destination, ref bytesWritten, ref any)
            && Part(location.Cell, "cell "u8, destination, ref bytesWritten, ref any)
            && Part(location.Table, "table "u8, destination, ref bytesWritten, ref any)
            && Part(location.Row, "row "u8, destination, ref bytesWritten, ref any)
            && Part(location.Column, "column "u8, destination, ref bytesWritten, ref any)
            && Part(location.Paragraph, "paragraph "u8, destination, ref bytesWritten, ref any)
            && Point(location, destination, ref bytesWritten, ref any)
            && (any || Append("document"u8, destination, ref bytesWritten));
    }

    private static bool Part(int? value, ReadOnlySpan<byte> label, Span<byte> destination, ref int length, ref bool any)
    {
        if (value is not { } number)
        {
            return true;
        }

        if (!Separate(destination, ref length, ref any) || !Append(label, destination, ref length)
            || !number.TryFormat(destination[length..], out var written, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        length += written;
        return true;
    }

    private static bool Point(SourceLocation location, Span<byte> destination, ref int length, ref bool any)
    {
        if (location.X is not { } x || location.Y is not { } y)
        {
            return true;
        }

        if (!Separate(destination, ref length, ref any) || !Append("at ("u8, destination, ref length)
            || !x.TryFormat(destination[length..], out var written, "0.#", CultureInfo.InvariantCulture))
        {
            return false;
        }

        length += written;
        if (!Append(", "u8, destination, ref length) || !y.TryFormat(destination[length..], out written, "0.#", CultureInfo.InvariantCulture))
        {
            return false;
        }

        length += written;
        return Append(") pt"u8, destination, ref length);
    }

    private static bool Separate(Span<byte> destination, ref int length, ref bool any)
    {
        var first = !any;
        any = true;
        return first || Append(", "u8, destination, ref length);
    }

    private static bool Append(ReadOnlySpan<byte> text, Span<byte> destination, ref int length)
    {
        if (!text.TryCopyTo(destination[length..]))
        {
            return false;
        }

        length += text.Length;
        return true;
    }
}
