using System.Text;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.SchemaTools;

/// <summary>Fills a parsed message template at run time: the interpreter's counterpart of the generator's concatenations.</summary>
internal static class MessageFormatter
{
    public static string Format(EquatableArray<MessagePart> parts, string actual, string expected, string difference, string label, string cell, string variable)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            builder.Append(part.Kind switch
            {
                MessagePartKind.Text => part.Text,
                MessagePartKind.Actual => actual,
                MessagePartKind.Expected => expected,
                MessagePartKind.Difference => difference,
                MessagePartKind.Label => label,
                MessagePartKind.Cell => cell,
                MessagePartKind.Variable => variable,
                _ => string.Empty,
            });
        }

        return builder.ToString();
    }
}
