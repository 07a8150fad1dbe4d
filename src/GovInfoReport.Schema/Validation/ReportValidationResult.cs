using System.Collections.Generic;

namespace GovInfoReport.Schema.Validation;

/// <summary>The answer to "is this report payload valid, and if not, exactly where and why".</summary>
public sealed class ReportValidationResult
{
    /// <summary>Creates a result (tools that validate by other means, such as a draft-schema interpreter, report through it too).</summary>
    /// <param name="templateVersion">The template the payload declares, if known.</param>
    /// <param name="validation">The issues.</param>
    /// <param name="report">The typed report, if built.</param>
    public ReportValidationResult(TemplateVersion? templateVersion, ValidationResult validation, object? report)
    {
        TemplateVersion = templateVersion;
        Validation = validation;
        Report = report;
    }

    /// <summary>
    /// The result for a payload refused for its size before it is read (a service that sees an oversized
    /// Content-Length, say): one <see cref="IssueIds.JsonSize"/> issue, the same any entry point gives.
    /// </summary>
    /// <param name="payloadBytes">The payload's size when known; null when only "more than the limit" is known.</param>
    /// <param name="maxPayloadBytes">The limit.</param>
    /// <returns>The result.</returns>
    public static ReportValidationResult TooLarge(long? payloadBytes, int maxPayloadBytes)
        => new(null, new ValidationResult([PayloadIssues.TooLarge(payloadBytes, maxPayloadBytes)], 1, 0, false), null);

    /// <summary>The template the payload declares, when it declares a known one.</summary>
    public TemplateVersion? TemplateVersion { get; }

    /// <summary>The issues, with counts.</summary>
    public ValidationResult Validation { get; }

    /// <summary>Every issue found: structure and rules, all at once.</summary>
    public IReadOnlyList<ValidationIssue> Issues => Validation.Issues;

    /// <summary>Whether there is no error (warnings allowed).</summary>
    public bool IsValid => Validation.IsValid;

    /// <summary>
    /// The typed report (<see cref="Templates.V2019.Report2019"/> or <see cref="Templates.V2021.Report2021"/>) when the
    /// structure is valid and it was asked for (<see cref="ReportValidator.ValidateAndRead(System.ReadOnlySpan{byte}, ValidationOptions?)"/>
    /// or <see cref="ValidationOptions.ReadReport"/>); rule issues may still exist. Typed: <see cref="Report2019"/>,
    /// <see cref="Report2021"/>, <see cref="TryGetReport{TReport}(out TReport)"/>.
    /// </summary>
    public object? Report { get; }

    /// <summary>The 2019-template report, when the payload is one and it was read.</summary>
    public Templates.V2019.Report2019? Report2019 => Report as Templates.V2019.Report2019;

    /// <summary>The 2021-template report, when the payload is one and it was read.</summary>
    public Templates.V2021.Report2021? Report2021 => Report as Templates.V2021.Report2021;

    /// <summary>The typed report, when it was read and is a <typeparamref name="TReport"/>.</summary>
    /// <typeparam name="TReport">The report type expected, such as <see cref="Templates.V2021.Report2021"/>.</typeparam>
    /// <param name="report">The report, or null.</param>
    /// <returns>Whether there is a report of that type.</returns>
    public bool TryGetReport<TReport>([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TReport? report)
        where TReport : class
    {
        report = Report as TReport;
        return report is not null;
    }
}
