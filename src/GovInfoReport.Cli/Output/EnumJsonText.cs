using System;
using System.Collections.Generic;
using System.Text.Json;

namespace GovInfoReport.Cli.Output;

/// <summary>An enum's names (as <see cref="Enum.ToString()"/> gives them, or in lower case), encoded once for every result that prints them.</summary>
internal static class EnumJsonText<T>
    where T : struct, Enum
{
    private static readonly Dictionary<T, JsonEncodedText> Names = Build(lower: false);
    private static readonly Dictionary<T, JsonEncodedText> LowerNames = Build(lower: true);

    /// <summary>The value's name.</summary>
    public static JsonEncodedText Name(T value) => Names.TryGetValue(value, out var text) ? text : Encode(value, lower: false);

    /// <summary>The value's name in lower case.</summary>
    public static JsonEncodedText LowerName(T value) => LowerNames.TryGetValue(value, out var text) ? text : Encode(value, lower: true);

    private static Dictionary<T, JsonEncodedText> Build(bool lower)
    {
        var names = new Dictionary<T, JsonEncodedText>();
        foreach (var value in Enum.GetValues<T>())
        {
            names.TryAdd(value, Encode(value, lower));
        }

        return names;
    }

    private static JsonEncodedText Encode(T value, bool lower)
        => JsonEncodedText.Encode(lower ? value.ToString().ToLowerInvariant() : value.ToString(), JsonFragments.Options.Encoder);
}
