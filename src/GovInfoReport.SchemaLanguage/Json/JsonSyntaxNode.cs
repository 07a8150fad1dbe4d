using System;
using System.Collections.Generic;
using System.Globalization;

namespace GovInfoReport.SchemaLanguage.Json;

/// <summary>
/// A JSON value with the location it was read from, so every diagnostic about a schema can point at its line and
/// column. Only the schema language uses this tree; payloads are read with <c>Utf8JsonReader</c>.
/// </summary>
public sealed class JsonSyntaxNode
{
    private static readonly IReadOnlyList<JsonSyntaxProperty> NoProperties = System.Array.Empty<JsonSyntaxProperty>();
    private static readonly IReadOnlyList<JsonSyntaxNode> NoItems = System.Array.Empty<JsonSyntaxNode>();

    private JsonSyntaxNode(JsonSyntaxKind kind, TextLocation location, string? text, IReadOnlyList<JsonSyntaxProperty>? properties, IReadOnlyList<JsonSyntaxNode>? items)
    {
        Kind = kind;
        Location = location;
        Text = text;
        Properties = properties ?? NoProperties;
        Items = items ?? NoItems;
    }

    /// <summary>The kind of value.</summary>
    public JsonSyntaxKind Kind { get; }

    /// <summary>Where the value stands in the source text.</summary>
    public TextLocation Location { get; }

    /// <summary>The unescaped string, the number's source text, <c>true</c>/<c>false</c>, or null for objects, arrays and <c>null</c>.</summary>
    public string? Text { get; }

    /// <summary>The properties of an object in source order (empty for other kinds).</summary>
    public IReadOnlyList<JsonSyntaxProperty> Properties { get; }

    /// <summary>The items of an array (empty for other kinds).</summary>
    public IReadOnlyList<JsonSyntaxNode> Items { get; }

    /// <summary>The value of a boolean node.</summary>
    public bool IsTrue => Kind == JsonSyntaxKind.Boolean && Text == "true";

    /// <summary>Creates an object node.</summary>
    /// <param name="location">Its location.</param>
    /// <param name="properties">Its properties, in source order.</param>
    /// <returns>The node.</returns>
    public static JsonSyntaxNode Object(TextLocation location, IReadOnlyList<JsonSyntaxProperty> properties) => new(JsonSyntaxKind.Object, location, null, properties, null);

    /// <summary>Creates an array node.</summary>
    /// <param name="location">Its location.</param>
    /// <param name="items">Its items.</param>
    /// <returns>The node.</returns>
    public static JsonSyntaxNode Array(TextLocation location, IReadOnlyList<JsonSyntaxNode> items) => new(JsonSyntaxKind.Array, location, null, null, items);

    /// <summary>Creates a scalar node.</summary>
    /// <param name="kind">String, Number, Boolean or Null.</param>
    /// <param name="location">Its location.</param>
    /// <param name="text">The unescaped string or the literal's source text.</param>
    /// <returns>The node.</returns>
    public static JsonSyntaxNode Scalar(JsonSyntaxKind kind, TextLocation location, string? text) => new(kind, location, text, null, null);

    /// <summary>Finds a property of an object by exact (ordinal) name; the first one wins when names repeat.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The property, or null when absent or when this is not an object.</returns>
    public JsonSyntaxProperty? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>Reads a number node as a decimal, if it is one and fits.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether the node is a number that fits a decimal.</returns>
    public bool TryGetDecimal(out decimal value)
    {
        value = 0;
        return Kind == JsonSyntaxKind.Number
            && decimal.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A short English name of the kind, for messages ("an object", "a string", …).</summary>
    public string KindDescription => Kind switch
    {
        JsonSyntaxKind.Object => "an object",
        JsonSyntaxKind.Array => "an array",
        JsonSyntaxKind.String => "a string",
        JsonSyntaxKind.Number => "a number",
        JsonSyntaxKind.Boolean => "a boolean",
        _ => "null",
    };
}
