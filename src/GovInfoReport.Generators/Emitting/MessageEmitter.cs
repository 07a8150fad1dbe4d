using System.Collections.Generic;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Generators.Emitting;

/// <summary>Turns a parsed message template into a C# string concatenation; runs only when an issue is reported.</summary>
internal static class MessageEmitter
{
    /// <summary>The concatenation expression of <paramref name="parts"/>, with an expression for each placeholder kind.</summary>
    public static string Concatenation(EquatableArray<MessagePart> parts, IReadOnlyDictionary<MessagePartKind, string> placeholders)
    {
        var pieces = new List<string>();
        foreach (var part in parts)
        {
            if (part.Kind == MessagePartKind.Text)
            {
                pieces.Add(CSharpLiteral.String(part.Text));
            }
            else
            {
                pieces.Add(placeholders.TryGetValue(part.Kind, out var expression) ? "(" + expression + ")" : "\"\"");
            }
        }

        return pieces.Count == 0 ? "\"\"" : "string.Concat(new string[] { " + string.Join(", ", pieces) + " })";
    }
}
