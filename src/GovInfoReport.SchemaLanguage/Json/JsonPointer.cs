using System.Collections.Generic;

namespace GovInfoReport.SchemaLanguage.Json;

/// <summary>RFC 6901 JSON Pointer tokens: escaping property names into pointers and reading them back.</summary>
public static class JsonPointer
{
    /// <summary>Escapes a property name as a pointer token (<c>~</c> → <c>~0</c>, <c>/</c> → <c>~1</c>).</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The token.</returns>
    public static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");

    /// <summary>The property names a pointer walks through, unescaped; none for the empty pointer (the whole document).</summary>
    /// <param name="pointer">The pointer.</param>
    /// <returns>The names, outermost first.</returns>
    public static IEnumerable<string> Segments(string pointer)
    {
        if (pointer.Length == 0)
        {
            yield break;
        }

        foreach (var token in pointer.Substring(1).Split('/'))
        {
            yield return token.Replace("~1", "/").Replace("~0", "~");
        }
    }
}
