namespace GovInfoReport.Schema.Validation;

/// <summary>One problem found in a payload, located by JSON Pointer, with both values and a message in two languages.</summary>
/// <param name="RuleId">The rule (<c>R1</c>…) or the structural check (<see cref="IssueIds"/>) that failed.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Pointer">The JSON Pointer (RFC 6901) of the offending value; empty for the whole payload.</param>
/// <param name="Expected">What was expected, as text (a number, a type, a list of values), or null.</param>
/// <param name="Actual">What was found, as text, or null.</param>
/// <param name="MessageZh">The message in Chinese.</param>
/// <param name="MessageEn">The message in English.</param>
public sealed record ValidationIssue(
    string RuleId,
    IssueSeverity Severity,
    string Pointer,
    string? Expected,
    string? Actual,
    string MessageZh,
    string MessageEn)
{
    /// <summary>For syntax problems, the one-based line of the payload; otherwise null.</summary>
    public long? Line { get; init; }

    /// <summary>For syntax problems, the zero-based byte offset in the line; otherwise null.</summary>
    public long? BytePositionInLine { get; init; }

    /// <summary>For structural issues, the JSON Schema keyword that failed (<c>minimum</c>, <c>type</c>…); otherwise null.</summary>
    public string? Keyword { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{(Severity == IssueSeverity.Error ? "error" : "warning")} {RuleId} at '{Pointer}': {MessageEn}";
}
