using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GovInfoReport.SchemaLanguage.Naming;

/// <summary>
/// Turns schema names (which may hold anything: spaces, punctuation, digits first, keywords, control characters)
/// into valid C# identifiers. Only letters, digits and underscores survive, so a name can never smuggle code.
/// </summary>
public static class CSharpIdentifier
{
    private static readonly HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        "record", "required", "init", "value", "var", "dynamic", "global", "nameof", "when", "where", "yield",
        "async", "await", "file", "scoped", "partial", "add", "remove", "get", "set", "notnull", "unmanaged",
    };

    /// <summary>PascalCase of <paramref name="name"/>: words split at anything that is not a letter or digit.</summary>
    /// <param name="name">The schema name.</param>
    /// <param name="fallback">The name to use when nothing usable remains.</param>
    /// <returns>A valid C# identifier that is not a keyword.</returns>
    public static string ToPascalCase(string name, string fallback)
    {
        var builder = new StringBuilder(name.Length);
        var upperNext = true;
        foreach (var c in name)
        {
            if (!IsIdentifierPart(c))
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        if (builder.Length == 0)
        {
            builder.Append(fallback);
        }

        if (!IsIdentifierStart(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var result = builder.ToString();
        return Keywords.Contains(result) ? "@" + result : result;
    }

    /// <summary>Whether <paramref name="name"/> is already an ASCII C# identifier that is not a keyword.</summary>
    /// <param name="name">The name.</param>
    /// <returns>Whether it can be used as is.</returns>
    public static bool IsPlainIdentifier(string name)
    {
        if (name.Length == 0 || Keywords.Contains(name) || !(name[0] == '_' || (name[0] >= 'A' && name[0] <= 'Z') || (name[0] >= 'a' && name[0] <= 'z')))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIdentifierStart(char c) => c == '_' || IsLetter(char.GetUnicodeCategory(c));

    private static bool IsIdentifierPart(char c)
    {
        if (c == '_')
        {
            return true;
        }

        var category = char.GetUnicodeCategory(c);
        return IsLetter(category)
            || category == UnicodeCategory.DecimalDigitNumber
            || category == UnicodeCategory.NonSpacingMark
            || category == UnicodeCategory.SpacingCombiningMark;
    }

    // Format characters (Cf) are legal in C# identifiers but invisible: they are dropped so names read as they look.
    private static bool IsLetter(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
}
