using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace GovInfoReport.Schema.Tests.Support;

/// <summary>A schema (sub)node with the JSON Pointer at which it sits in its schema document.</summary>
internal sealed record SchemaNode(string Pointer, JsonObject Schema)
{
    private string[] Segments => Pointer.Split('/');

    /// <summary>The property name when this node is the value of a <c>properties</c> entry, otherwise null.</summary>
    public string? PropertyName => Segments.Length >= 2 && Segments[^2] == "properties" ? JsonPointer.Unescape(Segments[^1]) : null;
}

/// <summary>Walks JSON Schema documents.</summary>
internal static class SchemaWalker
{
    private static readonly string[] SchemaMapKeywords = ["properties", "definitions", "patternProperties"];
    private static readonly string[] SchemaArrayKeywords = ["allOf", "anyOf", "oneOf"];
    private static readonly string[] SchemaValueKeywords = ["items", "additionalProperties", "not", "if", "then", "else"];

    /// <summary>Every subschema, following only JSON Schema applicator keywords (so it never enters
    /// <c>enum</c>, <c>x-govinfo-rules</c> or other annotation values). The root comes first, then document order.</summary>
    public static IEnumerable<SchemaNode> SchemaNodes(JsonObject root) => SchemaNodes(root, string.Empty);

    private static IEnumerable<SchemaNode> SchemaNodes(JsonObject schema, string pointer)
    {
        yield return new SchemaNode(pointer, schema);
        foreach (var (key, value) in schema)
        {
            if (SchemaMapKeywords.Contains(key) && value is JsonObject map)
            {
                foreach (var (name, child) in map)
                {
                    if (child is JsonObject childSchema)
                    {
                        foreach (var node in SchemaNodes(childSchema, $"{pointer}/{key}/{JsonPointer.Escape(name)}"))
                        {
                            yield return node;
                        }
                    }
                }
            }
            else if (SchemaArrayKeywords.Contains(key) && value is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonObject childSchema)
                    {
                        foreach (var node in SchemaNodes(childSchema, $"{pointer}/{key}/{i}"))
                        {
                            yield return node;
                        }
                    }
                }
            }
            else if (SchemaValueKeywords.Contains(key) && value is JsonObject childSchema)
            {
                foreach (var node in SchemaNodes(childSchema, $"{pointer}/{key}"))
                {
                    yield return node;
                }
            }
        }
    }

    /// <summary>Every JSON value of the document, objects and arrays included, with its pointer (document order).</summary>
    public static IEnumerable<(string Pointer, JsonNode? Node)> AllNodes(JsonNode? root) => AllNodes(root, string.Empty);

    private static IEnumerable<(string Pointer, JsonNode? Node)> AllNodes(JsonNode? node, string pointer)
    {
        yield return (pointer, node);
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                foreach (var item in AllNodes(value, $"{pointer}/{JsonPointer.Escape(key)}"))
                {
                    yield return item;
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                foreach (var item in AllNodes(array[i], $"{pointer}/{i}"))
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>The value of every property named <paramref name="keyword"/> anywhere in the document.</summary>
    public static IEnumerable<(string Pointer, JsonNode? Value)> KeywordValues(JsonNode root, string keyword) =>
        AllNodes(root)
            .Where(item => item.Node is JsonObject obj && obj.ContainsKey(keyword))
            .Select(item => ($"{item.Pointer}/{JsonPointer.Escape(keyword)}", ((JsonObject)item.Node!)[keyword]));

    /// <summary>The string values of a keyword on every subschema (e.g. all <c>title</c>s).</summary>
    public static IEnumerable<string> StringKeywordValues(JsonObject root, string keyword) =>
        SchemaNodes(root)
            .Select(node => node.Schema[keyword])
            .OfType<JsonValue>()
            .Select(value => value.GetValue<string>());

    /// <summary>The <c>$ref</c> a subschema points at, directly or through a single-entry <c>allOf</c>.</summary>
    public static string? ReferenceOf(JsonObject schema)
    {
        if (schema["$ref"] is JsonValue direct)
        {
            return direct.GetValue<string>();
        }

        return schema["allOf"] is JsonArray { Count: 1 } allOf && allOf[0] is JsonObject only && only["$ref"] is JsonValue wrapped
            ? wrapped.GetValue<string>()
            : null;
    }

    /// <summary>Resolves a local reference such as <c>#/definitions/applicantCounts</c>.</summary>
    public static JsonObject ResolveLocal(JsonObject root, string reference)
    {
        JsonNode? current = root;
        foreach (var segment in reference.TrimStart('#').Split('/').Skip(1))
        {
            current = current?[JsonPointer.Unescape(segment)];
        }

        return current as JsonObject ?? throw new KeyNotFoundException($"Reference {reference} does not resolve to a schema object.");
    }
}
