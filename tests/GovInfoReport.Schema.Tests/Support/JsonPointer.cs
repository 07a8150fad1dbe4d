using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace GovInfoReport.Schema.Tests.Support;

/// <summary>Minimal RFC 6901 JSON Pointer helpers over <see cref="JsonNode"/> trees.</summary>
internal static class JsonPointer
{
    public static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Unescape(string segment) => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    public static IReadOnlyList<string> Segments(string pointer) =>
        pointer.Length == 0 ? [] : pointer.Split('/').Skip(1).Select(Unescape).ToArray();

    /// <summary>The node at <paramref name="pointer"/>; throws when a segment is missing.</summary>
    public static JsonNode Get(JsonNode root, string pointer)
    {
        var current = root;
        foreach (var segment in Segments(pointer))
        {
            current = current[segment] ?? throw new KeyNotFoundException($"No value at '{segment}' of {pointer}.");
        }

        return current;
    }

    /// <summary>Sets (adds or replaces) the object member at <paramref name="pointer"/>.</summary>
    public static void Set(JsonNode root, string pointer, JsonNode? value)
    {
        var (parent, name) = Parent(root, pointer);
        parent[name] = value;
    }

    /// <summary>Removes the object member at <paramref name="pointer"/>; throws when it is absent.</summary>
    public static void Remove(JsonNode root, string pointer)
    {
        var (parent, name) = Parent(root, pointer);
        if (!parent.Remove(name))
        {
            throw new KeyNotFoundException($"Nothing to remove at {pointer}.");
        }
    }

    /// <summary>The path notation NJsonSchema 10.x uses in <c>ValidationError.Path</c>: <c>#/a.b.c</c>.</summary>
    public static string ToNJsonSchemaPath(string pointer) => "#/" + string.Join(".", Segments(pointer));

    private static (JsonObject Parent, string Name) Parent(JsonNode root, string pointer)
    {
        var segments = Segments(pointer);
        var parentPointer = string.Concat(segments.Take(segments.Count - 1).Select(s => "/" + Escape(s)));
        return (Get(root, parentPointer).AsObject(), segments[^1]);
    }
}
