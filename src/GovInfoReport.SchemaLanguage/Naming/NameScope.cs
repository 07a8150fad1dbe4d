using System;
using System.Collections.Generic;
using System.Globalization;

namespace GovInfoReport.SchemaLanguage.Naming;

/// <summary>The names taken in one C# scope; hands out unique names, renaming collisions deterministically.</summary>
public sealed class NameScope
{
    // C# compares identifiers ordinally, but generated files are named after types and some file systems ignore
    // case, so names that differ only in case are kept apart too.
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a scope in which <paramref name="reserved"/> are already taken.</summary>
    /// <param name="reserved">Names the scope must not hand out.</param>
    public NameScope(IEnumerable<string> reserved)
    {
        foreach (var name in reserved)
        {
            _taken.Add(name);
        }
    }

    /// <summary>Takes <paramref name="candidate"/>, or the first free of <paramref name="alternative"/>, then numbered variants.</summary>
    /// <param name="candidate">The preferred name.</param>
    /// <param name="alternative">A second choice, or null.</param>
    /// <returns>The name taken.</returns>
    public string Take(string candidate, string? alternative = null)
    {
        if (_taken.Add(candidate))
        {
            return candidate;
        }

        if (alternative is not null && _taken.Add(alternative))
        {
            return alternative;
        }

        var stem = alternative ?? candidate;
        for (var i = 2; ; i++)
        {
            var numbered = stem + i.ToString(CultureInfo.InvariantCulture);
            if (_taken.Add(numbered))
            {
                return numbered;
            }
        }
    }
}
