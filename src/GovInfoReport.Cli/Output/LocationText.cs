using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// A <see cref="SourceLocation"/> as a JSON string value, formatted on the stack and handed over as UTF-8: an
/// extraction result has a location per value, some 200 per report, and as a string each cost the writer its escape
/// check and a transcoding pass. The text is the one <see cref="SourceLocation.ToString"/> gives (LocationTextTests
/// hold the two together).
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

    /// <summary>
    /// Writes the location as <see cref="SourceLocation.ToString"/> reads it, in UTF-8: the library's own formatter
    /// (<see cref="SourceLocation.TryFormat"/>, so the text is written once), then narrowed, since a location's text
    /// is ASCII (labels, digits, and the invariant culture's "NaN" and "Infinity").
    /// </summary>
    /// <returns>False when <paramref name="destination"/> is too short (or the text were not ASCII).</returns>
    internal static bool TryFormatUtf8(SourceLocation location, Span<byte> destination, out int bytesWritten)
    {
        Span<char> text = stackalloc char[Room];
        if (!location.TryFormat(text, out var length) || length > destination.Length)
        {
            bytesWritten = 0;
            return false;
        }

        return Ascii.FromUtf16(text[..length], destination, out bytesWritten) == OperationStatus.Done;
    }
}
