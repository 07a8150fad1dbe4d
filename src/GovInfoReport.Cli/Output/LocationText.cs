using System;
using System.Text.Json;
using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// A <see cref="SourceLocation"/> as a JSON string value, formatted on the stack through
/// <see cref="SourceLocation.TryFormat"/>: an extraction result has a location per value, some 200 per report.
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
