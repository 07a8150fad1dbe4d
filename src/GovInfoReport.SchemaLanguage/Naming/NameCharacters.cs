using System.Globalization;

namespace GovInfoReport.SchemaLanguage.Naming;

/// <summary>
/// Finds characters that make a property name look like another one: invisible characters (zero-width spaces and
/// joiners, direction marks, controls, fillers) and letters of scripts that copy Latin ones (Cyrillic а, Greek ο)
/// mixed into a Latin name. Either way the JSON name a payload must use is not the one a reader sees.
/// </summary>
public static class NameCharacters
{
    /// <summary>Describes the first such character of <paramref name="name"/>, or returns null when there is none.</summary>
    /// <param name="name">A JSON property or definition name.</param>
    /// <returns>The problem in words, or null.</returns>
    public static string? FindProblem(string name)
    {
        bool latin = false, cyrillic = false, greek = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                || (category == UnicodeCategory.Surrogate && !(char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(name[i - 1])))
                || c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800' or '\u00AD' or '\u034F')
            {
                return $"it holds the invisible character U+{(int)c:X4} at position {i + 1}";
            }

            latin |= c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
            cyrillic |= c is >= '\u0400' and <= '\u04FF';
            greek |= c is >= '\u0370' and <= '\u03FF';
        }

        if (latin && (cyrillic || greek))
        {
            return $"it mixes Latin letters with {(cyrillic ? "Cyrillic" : "Greek")} ones, which can look identical";
        }

        return null;
    }
}
