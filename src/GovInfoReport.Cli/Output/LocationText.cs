using System;
using System.Globalization;
using System.Text.Json;
using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// A <see cref="SourceLocation"/> as its <see cref="SourceLocation.ToString"/> reads ("line 12, cell 3"), written
/// without building the string: an extraction result has a location per value, some 200 per report. The CLI's tests
/// pin the text to <see cref="SourceLocation.ToString"/> for every combination of parts.
/// </summary>
internal static class LocationText
{
    private const int Room = 160;

    /// <summary>Writes <paramref name="location"/> as the string value of <paramref name="name"/> (null when there is none).</summary>
    public static void Write(Utf8JsonWriter json, JsonEncodedText name, SourceLocation? location)
    {
        if (location is null)
        {
            json.WriteNull(name);
            return;
        }

        Span<char> text = stackalloc char[Room];
        if (TryFormat(location, text, out var length))
        {
            json.WriteString(name, text[..length]);
        }
        else
        {
            json.WriteString(name, location.ToString());
        }
    }

    /// <summary>Formats <paramref name="location"/> into <paramref name="destination"/>; false when it does not fit.</summary>
    public static bool TryFormat(SourceLocation location, Span<char> destination, out int length)
    {
        length = 0;
        var any = false;
        return Part(location.Page, "page ", destination, ref length, ref any)
            && Part(location.Line, "line ", destination, ref length, ref any)
            && Part(location.Cell, "cell ", destination, ref length, ref any)
            && Part(location.Table, "table ", destination, ref length, ref any)
            && Part(location.Row, "row ", destination, ref length, ref any)
            && Part(location.Column, "column ", destination, ref length, ref any)
            && Part(location.Paragraph, "paragraph ", destination, ref length, ref any)
            && Point(location, destination, ref length, ref any)
            && (any || Append("document", destination, ref length));
    }

    private static bool Part(int? value, string label, Span<char> destination, ref int length, ref bool any)
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

    private static bool Point(SourceLocation location, Span<char> destination, ref int length, ref bool any)
    {
        if (location.X is not { } x || location.Y is not { } y)
        {
            return true;
        }

        if (!Separate(destination, ref length, ref any) || !Append("at (", destination, ref length)
            || !x.TryFormat(destination[length..], out var written, "0.#", CultureInfo.InvariantCulture))
        {
            return false;
        }

        length += written;
        if (!Append(", ", destination, ref length) || !y.TryFormat(destination[length..], out written, "0.#", CultureInfo.InvariantCulture))
        {
            return false;
        }

        length += written;
        return Append(") pt", destination, ref length);
    }

    private static bool Separate(Span<char> destination, ref int length, ref bool any)
    {
        var first = !any;
        any = true;
        return first || Append(", ", destination, ref length);
    }

    private static bool Append(string text, Span<char> destination, ref int length)
    {
        if (!text.AsSpan().TryCopyTo(destination[length..]))
        {
            return false;
        }

        length += text.Length;
        return true;
    }
}
