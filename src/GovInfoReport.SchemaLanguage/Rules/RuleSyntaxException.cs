using System;

namespace GovInfoReport.SchemaLanguage.Rules;

/// <summary>A syntax error in a rule expression, at a character offset of the expression.</summary>
/// <param name="message">What is wrong.</param>
/// <param name="offset">Where, as an offset in the expression text.</param>
public sealed class RuleSyntaxException(string message, int offset) : Exception(message)
{
    /// <summary>Offset of the error in the expression text.</summary>
    public int Offset { get; } = offset;
}
