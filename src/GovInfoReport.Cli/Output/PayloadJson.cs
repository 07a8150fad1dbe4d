using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// An extraction payload written as <see cref="JsonNode.WriteTo"/> writes it, without its per-node dispatch: the
/// payload is a tree of some 250 objects and numbers built by the extractor, its property names are mostly the
/// schema's own string instances (written from their encoded form once they repeat), and its numbers are written
/// directly. A node of any other kind (an array, a value read from JSON text) is written by its own WriteTo.
/// </summary>
internal static class PayloadJson
{
    /// <summary>Writes <paramref name="payload"/> as the current value.</summary>
    public static void Write(Utf8JsonWriter json, JsonObject payload, RecentEncodedStrings names)
    {
        json.WriteStartObject();
        for (var i = 0; i < payload.Count; i++)
        {
            var (name, value) = payload.GetAt(i);
            names.WritePropertyName(json, name);
            WriteValue(json, value, names);
        }

        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, JsonNode? node, RecentEncodedStrings names)
    {
        switch (node)
        {
            case null:
                json.WriteNullValue();
                break;
            case JsonObject child:
                Write(json, child, names);
                break;

            // A value read from JSON text holds a JsonElement and is written as that text is; only values made from a
            // .NET number are written here, as their converters write them.
            case JsonValue value when value.TryGetValue<JsonElement>(out _):
                node.WriteTo(json);
                break;
            case JsonValue value when value.TryGetValue<int>(out var number):
                json.WriteNumberValue(number);
                break;
            case JsonValue value when value.TryGetValue<long>(out var number):
                json.WriteNumberValue(number);
                break;
            case JsonValue value when value.TryGetValue<decimal>(out var number):
                json.WriteNumberValue(number);
                break;
            default:
                node.WriteTo(json);
                break;
        }
    }
}
