using System;
using System.Text.Json;
using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// A <see cref="SourceLocation"/> as a JSON string value, formatted on the stack by the library's one formatter
/// (<see cref="SourceLocation.TryFormat"/>) rather than as a string per location: an extraction result has a location
/// per value, some 200 per report (<see cref="JsonRunText.Location"/> writes those). LocationTextTests hold the text to
/// <see cref="SourceLocation.ToString"/>.
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

        Span<char> text = stackalloc char[Room];
        if (location.TryFormat(text, out var length))
        {
            json.WriteString(name, text[..length]);
        }
        else
        {
            json.WriteString(name, location.ToString());
        }
    }
}
