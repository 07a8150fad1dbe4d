using System;
using System.IO;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Fuzz.Targets;

/// <summary>The payload validator: any bytes, through both public byte entry points.</summary>
public static class ValidatorTarget
{
    /// <summary>Validates the input as a payload and checks the result.</summary>
    /// <param name="input">The payload bytes.</param>
    public static void Run(byte[] input)
    {
        var fromSpan = ReportValidator.Validate(input);
        Check(fromSpan);

        // The stream overload reads into its own buffer; a host that streams a request body must get the same answer.
        var fromStream = ReportValidator.Validate(new MemoryStream(input, writable: false));
        InvariantViolation.Check(
            fromStream.Issues.Count == fromSpan.Issues.Count && fromStream.TemplateVersion == fromSpan.TemplateVersion,
            $"span and stream disagree: {fromSpan.Issues.Count} issues ({fromSpan.TemplateVersion}) vs {fromStream.Issues.Count} ({fromStream.TemplateVersion})");
        for (var i = 0; i < fromSpan.Issues.Count; i++)
        {
            InvariantViolation.Check(fromSpan.Issues[i] == fromStream.Issues[i], $"span and stream disagree at issue {i}: '{fromSpan.Issues[i]}' vs '{fromStream.Issues[i]}'");
        }

        // Reading the typed report must not change the verdict, and a valid payload must give one.
        var read = ReportValidator.ValidateAndRead(input);
        InvariantViolation.Check(read.IsValid == fromSpan.IsValid && read.Issues.Count == fromSpan.Issues.Count, "ValidateAndRead disagrees with Validate");
        InvariantViolation.Check(!read.IsValid || read.Report is not null, "valid without a typed report");
    }

    private static void Check(ReportValidationResult result)
    {
        InvariantViolation.Check(result.IsValid == (result.Validation.ErrorCount == 0), "IsValid does not match the error count");
        InvariantViolation.Check(result.IsValid || result.Issues.Count > 0, "invalid without an issue");
        foreach (var issue in result.Issues)
        {
            InvariantViolation.Check(!string.IsNullOrEmpty(issue.RuleId), "an issue without a rule id");
            InvariantViolation.Check(issue.Pointer.Length == 0 || issue.Pointer[0] == '/', $"an issue pointer that is not a JSON Pointer: '{issue.Pointer}'");
            InvariantViolation.Check(!string.IsNullOrWhiteSpace(issue.MessageEn) && !string.IsNullOrWhiteSpace(issue.MessageZh), $"an issue without a message: {issue.RuleId}");
            if (issue.RuleId is IssueIds.JsonSyntax or IssueIds.JsonDepth)
            {
                InvariantViolation.Check(issue.Line is >= 1 && issue.BytePositionInLine is >= 0, $"a {issue.RuleId} issue without a line and byte position");
            }
        }
    }
}
