using System;

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
    // A rule issue from generated code formats its messages on first read (most callers read only the verdict);
    // every other issue is built with its messages. Equality and hashing go through the properties, so an issue
    // equals its eagerly formatted twin.
    private readonly RuleFailure? _failure;
    private string? _messageZh = MessageZh;
    private string? _messageEn = MessageEn;

    internal ValidationIssue(string ruleId, IssueSeverity severity, string pointer, string? expected, string? actual, RuleFailure failure)
        : this(ruleId, severity, pointer, expected, actual, null!, null!)
    {
        _failure = failure;
    }

    /// <summary>The message in Chinese.</summary>
    public string MessageZh
    {
        get => _messageZh ?? Format(english: false);
        init => _messageZh = value;
    }

    /// <summary>The message in English.</summary>
    public string MessageEn
    {
        get => _messageEn ?? Format(english: true);
        init => _messageEn = value;
    }

    /// <summary>For syntax problems, the one-based line of the payload; otherwise null.</summary>
    public long? Line { get; init; }

    /// <summary>For syntax problems, the zero-based byte offset in the line; otherwise null.</summary>
    public long? BytePositionInLine { get; init; }

    /// <summary>For structural issues, the JSON Schema keyword that failed (<c>minimum</c>, <c>type</c>…); otherwise null.</summary>
    public string? Keyword { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{(Severity == IssueSeverity.Error ? "error" : "warning")} {RuleId} at '{Pointer}': {MessageEn}";

    /// <inheritdoc />
    public bool Equals(ValidationIssue? other)
        => other is not null && (ReferenceEquals(this, other)
            || (string.Equals(RuleId, other.RuleId, StringComparison.Ordinal)
                && Severity == other.Severity
                && string.Equals(Pointer, other.Pointer, StringComparison.Ordinal)
                && string.Equals(Expected, other.Expected, StringComparison.Ordinal)
                && string.Equals(Actual, other.Actual, StringComparison.Ordinal)
                && string.Equals(MessageZh, other.MessageZh, StringComparison.Ordinal)
                && string.Equals(MessageEn, other.MessageEn, StringComparison.Ordinal)
                && Line == other.Line
                && BytePositionInLine == other.BytePositionInLine
                && string.Equals(Keyword, other.Keyword, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(RuleId, StringComparer.Ordinal);
        hash.Add(Severity);
        hash.Add(Pointer, StringComparer.Ordinal);
        hash.Add(Expected, StringComparer.Ordinal);
        hash.Add(Actual, StringComparer.Ordinal);
        hash.Add(MessageZh, StringComparer.Ordinal);
        hash.Add(MessageEn, StringComparer.Ordinal);
        hash.Add(Line);
        hash.Add(BytePositionInLine);
        hash.Add(Keyword, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    private string Format(bool english)
    {
        if (_failure is null)
        {
            // Built with a null message by a caller that ignored the annotations: keep what it gave.
            return null!;
        }

        var text = _failure.Format(english);
        if (english)
        {
            _messageEn = text;
        }
        else
        {
            _messageZh = text;
        }

        return text;
    }
}
