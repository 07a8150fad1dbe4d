using System;
using System.Text.Json;

namespace GovInfoReport.Schema.Validation;

/// <summary>
/// Finds <c>templateVersion</c> among the top-level properties of a payload without reading the rest: payloads
/// usually put it first, so detection typically costs a few tokens, never more than one pass.
/// </summary>
internal static class TemplateVersionSniffer
{
    public enum Outcome
    {
        Found,
        NotAnObject,
        Missing,
        NotAString,
        Unreadable,
    }

    /// <summary>Looks for the version id; any JSON problem is left for the validator to report with its position.</summary>
    public static Outcome Sniff(ReadOnlySpan<byte> utf8Json, int maxDepth, out TemplateVersion version, out string? rawValue)
    {
        version = default;
        rawValue = null;
        if (utf8Json.StartsWith(ReportReadContext.Utf8ByteOrderMark))
        {
            utf8Json = utf8Json.Slice(ReportReadContext.Utf8ByteOrderMark.Length);
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            if (!reader.Read())
            {
                return Outcome.Unreadable;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return Outcome.NotAnObject;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("templateVersion"u8);
                reader.Read();
                if (!isVersion)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.String)
                {
                    reader.Skip();
                    return Outcome.NotAString;
                }

                if (reader.ValueTextEquals("2019"u8))
                {
                    version = TemplateVersion.V2019;
                    return Outcome.Found;
                }

                if (reader.ValueTextEquals("2021"u8))
                {
                    version = TemplateVersion.V2021;
                    return Outcome.Found;
                }

                rawValue = reader.GetString();
                return Outcome.Missing;
            }

            return Outcome.Missing;
        }
        catch (JsonException)
        {
            return Outcome.Unreadable;
        }
        catch (InvalidOperationException)
        {
            // GetString on a string the encoding check has not vetted yet.
            return Outcome.Unreadable;
        }
    }
}
