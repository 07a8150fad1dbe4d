using System.Collections.Generic;
using System.Text;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.SchemaLanguage.Rules;

/// <summary>
/// Parses rule messages: literal text with <c>{placeholder}</c>s; <c>{{</c> and <c>}}</c> stand for braces.
/// </summary>
public static class MessageTemplateParser
{
    /// <summary>Parses <paramref name="template"/>.</summary>
    /// <param name="template">The message text.</param>
    /// <param name="variableName">The for-each variable name, which is also a placeholder; null when none.</param>
    /// <param name="parts">The parsed parts.</param>
    /// <param name="error">What is wrong, when parsing fails.</param>
    /// <param name="unknownPlaceholder">The placeholder that names nothing, when that is what failed.</param>
    /// <returns>Whether the template is well-formed and every placeholder names something.</returns>
    public static bool TryParse(string template, string? variableName, out List<MessagePart> parts, out string? error, out string? unknownPlaceholder)
    {
        parts = new List<MessagePart>();
        error = null;
        unknownPlaceholder = null;
        var text = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '}')
            {
                if (i + 1 < template.Length && template[i + 1] == '}')
                {
                    text.Append('}');
                    i++;
                    continue;
                }

                error = "a lone '}' must be written '}}'";
                return false;
            }

            if (c != '{')
            {
                text.Append(c);
                continue;
            }

            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                text.Append('{');
                i++;
                continue;
            }

            var close = template.IndexOf('}', i + 1);
            if (close < 0)
            {
                error = "a '{' has no closing '}' (write '{{' for a literal brace)";
                return false;
            }

            var name = template.Substring(i + 1, close - i - 1);
            var kind = Classify(name, variableName);
            if (kind is null)
            {
                unknownPlaceholder = name;
                return false;
            }

            if (text.Length > 0)
            {
                parts.Add(new MessagePart(MessagePartKind.Text, text.ToString()));
                text.Clear();
            }

            parts.Add(new MessagePart(kind.Value, name));
            i = close;
        }

        if (text.Length > 0)
        {
            parts.Add(new MessagePart(MessagePartKind.Text, text.ToString()));
        }

        return true;
    }

    /// <summary>The placeholders a message may use, for diagnostics.</summary>
    /// <param name="variableName">The for-each variable, if any.</param>
    /// <returns>The names in braces, comma-separated.</returns>
    public static string KnownPlaceholders(string? variableName)
        => "{actual}, {expected}, {difference}, {label}, {cell}" + (variableName is null ? string.Empty : ", {" + variableName + "}");

    private static MessagePartKind? Classify(string name, string? variableName)
    {
        if (variableName is not null && name == variableName)
        {
            return MessagePartKind.Variable;
        }

        return name switch
        {
            "actual" => MessagePartKind.Actual,
            "expected" => MessagePartKind.Expected,
            "difference" => MessagePartKind.Difference,
            "label" => MessagePartKind.Label,
            "cell" => MessagePartKind.Cell,
            _ => null,
        };
    }
}
