using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Xunit;

namespace GovInfoReport.Extraction.Tests.Support;

/// <summary>Cell-for-cell comparison of an extracted payload with an expected one.</summary>
internal static class PayloadAssert
{
    /// <summary>Every leaf of <paramref name="expected"/> (numbers and units; strings compared after removing all white space) must be in <paramref name="actual"/> with the same value.</summary>
    /// <returns>The number of leaves compared.</returns>
    public static int Contains(JsonNode expected, JsonNode? actual, string path = "")
    {
        var differences = new List<string>();
        var count = Walk(expected, actual, path, differences);
        Assert.True(differences.Count == 0, $"{differences.Count} difference(s):\n" + string.Join("\n", differences.Take(40)));
        return count;
    }

    private static int Walk(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        if (expected is JsonObject e)
        {
            if (actual is not JsonObject a)
            {
                differences.Add($"{path}: expected an object, found {actual?.ToJsonString() ?? "nothing"}");
                return 0;
            }

            var n = 0;
            foreach (var (key, value) in e)
            {
                n += Walk(value, a[key], path + "/" + key, differences);
            }

            return n;
        }

        if (actual is null)
        {
            differences.Add($"{path}: expected {expected?.ToJsonString()}, absent");
            return 1;
        }

        var ev = expected!.AsValue();
        if (ev.TryGetValue<string>(out var es))
        {
            var text = actual is JsonValue av && av.TryGetValue<string>(out var s) ? s : actual.ToJsonString();
            if (WithoutSpace(es) != WithoutSpace(text))
            {
                differences.Add($"{path}: expected \"{Brief(es)}\", found \"{Brief(text)}\"");
            }

            return 1;
        }

        if (!TryNumber(actual, out var found) || found != Number(expected))
        {
            differences.Add($"{path}: expected {expected.ToJsonString()}, found {actual.ToJsonString()}");
        }

        return 1;
    }

    public static decimal Number(JsonNode node) => decimal.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    public static bool TryNumber(JsonNode node, out decimal value) => decimal.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>The node at a JSON Pointer, or null.</summary>
    public static JsonNode? At(JsonNode root, string pointer)
    {
        JsonNode? node = root;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(segment, out var child) ? child : null;
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    public static string WithoutSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not '\u3000' and not '\u00A0' and not '\u200B' and not '\uFEFF')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Brief(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
