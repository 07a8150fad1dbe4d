using System.Text;
using GovInfoReport.SchemaLanguage.Rules;

namespace GovInfoReport.Fuzz.Targets;

/// <summary>The rule expression parser on its own (cheaper per input than going through a whole schema).</summary>
public static class RuleTarget
{
    /// <summary>Parses the input as an assertion and as a path.</summary>
    /// <param name="input">The expression, as UTF-8.</param>
    public static void Run(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        Parse(text, () => RuleExpressionParser.ParseAssertion(text));
        Parse(text, () => RuleExpressionParser.ParsePath(text));
    }

    private static void Parse<T>(string text, System.Func<T> parse)
    {
        try
        {
            var syntax = parse();
            InvariantViolation.Check(syntax is not null, "a parse returned null");
        }
        catch (RuleSyntaxException exception)
        {
            // The offset is where the schema diagnostic will point; outside the expression it points at nothing.
            InvariantViolation.Check(exception.Offset >= 0 && exception.Offset <= text.Length, $"syntax error offset {exception.Offset} outside the expression of {text.Length} characters");
            InvariantViolation.Check(!string.IsNullOrWhiteSpace(exception.Message), "a syntax error without a message");
        }
    }
}
