using System;
using System.Collections.Generic;

namespace GovInfoReport.Schema.Validation;

/// <summary>Everything a validation found: all issues at once, never just the first.</summary>
public sealed class ValidationResult
{
    /// <summary>The result with no issues; shared, so a clean validation allocates nothing for it.</summary>
    public static ValidationResult Clean { get; } = new(Array.Empty<ValidationIssue>(), 0, 0, false);

    internal ValidationResult(IReadOnlyList<ValidationIssue> issues, int errorCount, int warningCount, bool isTruncated)
    {
        Issues = issues;
        ErrorCount = errorCount;
        WarningCount = warningCount;
        IsTruncated = isTruncated;
    }

    /// <summary>A result holding <paramref name="issues"/>, for tools that gather issues from several checks.</summary>
    /// <param name="issues">The issues.</param>
    /// <param name="isTruncated">Whether the list was cut at a limit.</param>
    /// <returns>The result; the shared clean result when there are no issues.</returns>
    public static ValidationResult FromIssues(IReadOnlyList<ValidationIssue> issues, bool isTruncated = false)
    {
        ArgumentNullException.ThrowIfNull(issues);
        if (issues.Count == 0 && !isTruncated)
        {
            return Clean;
        }

        var errors = 0;
        foreach (var issue in issues)
        {
            errors += issue.Severity == IssueSeverity.Error ? 1 : 0;
        }

        return new ValidationResult(issues, errors, issues.Count - errors, isTruncated);
    }

    /// <summary>Every issue, in payload order for structural ones, then rule issues in declaration order.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>How many issues are errors.</summary>
    public int ErrorCount { get; }

    /// <summary>How many issues are warnings.</summary>
    public int WarningCount { get; }

    /// <summary>Whether the issue limit cut the list (the last issue is then <see cref="IssueIds.Truncated"/>).</summary>
    public bool IsTruncated { get; }

    /// <summary>Whether there is no error (warnings allowed).</summary>
    public bool IsValid => ErrorCount == 0;
}
