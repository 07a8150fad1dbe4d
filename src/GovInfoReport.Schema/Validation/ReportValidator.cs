using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using GovInfoReport.Schema.Templates.V2019;
using GovInfoReport.Schema.Templates.V2021;

namespace GovInfoReport.Schema.Validation;

/// <summary>
/// Validates report payloads of either template: detects the version the payload declares, checks structure and
/// every rule, and returns all issues at once. <c>Validate</c> gives the verdict (the fast call: a clean payload
/// allocates only the result); <c>ValidateAndRead</c> also builds the typed report. Never throws for bad input:
/// every problem is an issue.
/// </summary>
public static class ReportValidator
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly ValidationOptions DefaultReading = new() { ReadReport = true };

    /// <summary>Validates a UTF-8 JSON payload: the verdict and every issue (the typed report only if <see cref="ValidationOptions.ReadReport"/> is on).</summary>
    /// <param name="utf8Json">The payload bytes (a leading UTF-8 byte order mark is skipped).</param>
    /// <param name="options">Limits; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The template version and every issue.</returns>
    public static ReportValidationResult Validate(ReadOnlySpan<byte> utf8Json, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        TemplateVersion version = default;
        string? raw = null;
        var outcome = utf8Json.Length > options.MaxPayloadBytes
            ? TemplateVersionSniffer.Outcome.Unreadable
            : TemplateVersionSniffer.Sniff(utf8Json, options.MaxDepth, out version, out raw);
        if (outcome == TemplateVersionSniffer.Outcome.Found && version == TemplateVersion.V2019)
        {
            Report2019? report = null;
            var result = options.ReadReport ? Report2019Validator.Validate(utf8Json, out report, options) : Report2019Validator.Validate(utf8Json, options);
            return new ReportValidationResult(TemplateVersion.V2019, result, report);
        }

        if (outcome == TemplateVersionSniffer.Outcome.Found)
        {
            Report2021? report = null;
            var result = options.ReadReport ? Report2021Validator.Validate(utf8Json, out report, options) : Report2021Validator.Validate(utf8Json, options);
            return new ReportValidationResult(TemplateVersion.V2021, result, report);
        }

        // Not readable as JSON (size, encoding, syntax): reported, located, before any structure is read. Checked
        // for every outcome: the sniffer stops at a non-object root or at the version value and never sees the rest.
        return new ReportValidationResult(null, JsonLevelIssues(utf8Json, options) ?? VersionIssue(outcome, raw), null);
    }

    /// <summary>Validates a UTF-8 JSON payload and, when its structure is valid, reads it into the typed report
    /// (<see cref="ReportValidationResult.Report2019"/>, <see cref="ReportValidationResult.Report2021"/>).</summary>
    /// <param name="utf8Json">The payload bytes (a leading UTF-8 byte order mark is skipped).</param>
    /// <param name="options">Limits; <see cref="ValidationOptions.Default"/> when null. The report is read whatever <see cref="ValidationOptions.ReadReport"/> says.</param>
    /// <returns>The template version, every issue, and the typed report when the structure is valid.</returns>
    public static ReportValidationResult ValidateAndRead(ReadOnlySpan<byte> utf8Json, ValidationOptions? options = null)
        => Validate(utf8Json, Reading(options));

    /// <summary>Validates a JSON payload given as text.</summary>
    /// <param name="json">The payload (a leading byte order mark, U+FEFF, is skipped).</param>
    /// <param name="options">Limits; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The template version and every issue (the typed report only if <see cref="ValidationOptions.ReadReport"/> is on).</returns>
    public static ReportValidationResult Validate(string json, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= ValidationOptions.Default;
        // Every character is at least one UTF-8 byte: a text longer than the limit is too large without encoding it.
        if (json.Length > options.MaxPayloadBytes)
        {
            return new ReportValidationResult(null, Single(PayloadIssues.TooLarge(Encoding.UTF8.GetByteCount(json), options.MaxPayloadBytes)), null);
        }

        int byteCount;
        try
        {
            // The exact size, not GetMaxByteCount: three bytes per character overflows int for long texts.
            byteCount = StrictUtf8.GetByteCount(json);
        }
        catch (EncoderFallbackException exception)
        {
            var (zh, en) = StructuralMessages.LoneSurrogateInText(exception.Index);
            return new ReportValidationResult(null, Single(new ValidationIssue(IssueIds.JsonEncoding, IssueSeverity.Error, string.Empty, "UTF-16 text", "a lone surrogate", zh, en)), null);
        }

        if (byteCount > options.MaxPayloadBytes)
        {
            return new ReportValidationResult(null, Single(PayloadIssues.TooLarge(byteCount, options.MaxPayloadBytes)), null);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(byteCount);
        try
        {
            var length = StrictUtf8.GetBytes(json, buffer);
            return Validate(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Validates a JSON payload given as text and reads the typed report when its structure is valid.</summary>
    /// <param name="json">The payload.</param>
    /// <param name="options">Limits; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The template version, every issue, and the typed report when the structure is valid.</returns>
    public static ReportValidationResult ValidateAndRead(string json, ValidationOptions? options = null)
        => Validate(json, Reading(options));

    /// <summary>Reads a payload from a stream (up to the size limit) and validates it.</summary>
    /// <param name="utf8Json">The stream; read to its end or to one byte past the limit, never further.</param>
    /// <param name="options">Limits; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The template version and every issue (the typed report only if <see cref="ValidationOptions.ReadReport"/> is on).</returns>
    public static ReportValidationResult Validate(Stream utf8Json, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= ValidationOptions.Default;
        using var payload = new PayloadBuffer(utf8Json, options.MaxPayloadBytes);
        while (payload.ReadMore(utf8Json.Read(payload.FreeSpace.Span)))
        {
        }

        return payload.IsOverLimit ? ReportValidationResult.TooLarge(payload.KnownLength, options.MaxPayloadBytes) : Validate(payload.Written, options);
    }

    /// <summary>Reads a payload from a stream (up to the size limit) and validates it and reads the typed report.</summary>
    /// <param name="utf8Json">The stream; read to its end or to one byte past the limit, never further.</param>
    /// <param name="options">Limits; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The template version, every issue, and the typed report when the structure is valid.</returns>
    public static ReportValidationResult ValidateAndRead(Stream utf8Json, ValidationOptions? options = null)
        => Validate(utf8Json, Reading(options));

    /// <summary>
    /// Reads a payload from a stream asynchronously (an HTTP request body: at most <see cref="ValidationOptions.MaxPayloadBytes"/>
    /// + 1 bytes, into one pooled buffer) and validates it.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The template version and every issue.</returns>
    public static ValueTask<ReportValidationResult> ValidateAsync(Stream utf8Json, CancellationToken cancellationToken = default)
        => ValidateAsync(utf8Json, null, cancellationToken);

    /// <summary>
    /// Reads a payload from a stream asynchronously (at most <see cref="ValidationOptions.MaxPayloadBytes"/> + 1 bytes,
    /// into one pooled buffer) and validates it; <see cref="ValidationOptions.ReadReport"/> asks for the typed report.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The template version, every issue, and the typed report when asked for and the structure is valid.</returns>
    public static async ValueTask<ReportValidationResult> ValidateAsync(Stream utf8Json, ValidationOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= ValidationOptions.Default;
        using var payload = new PayloadBuffer(utf8Json, options.MaxPayloadBytes);
        while (payload.ReadMore(await utf8Json.ReadAsync(payload.FreeSpace, cancellationToken).ConfigureAwait(false)))
        {
        }

        return payload.IsOverLimit ? ReportValidationResult.TooLarge(payload.KnownLength, options.MaxPayloadBytes) : Validate(payload.Written, options);
    }

    /// <summary>Like <see cref="ValidateAsync(Stream, ValidationOptions?, CancellationToken)"/>, and always reads the typed report.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The template version, every issue, and the typed report when the structure is valid.</returns>
    public static ValueTask<ReportValidationResult> ValidateAndReadAsync(Stream utf8Json, ValidationOptions? options = null, CancellationToken cancellationToken = default)
        => ValidateAsync(utf8Json, Reading(options), cancellationToken);

    private static ValidationOptions Reading(ValidationOptions? options) => options switch
    {
        null => DefaultReading,
        { ReadReport: true } => options,
        _ => new ValidationOptions { MaxPayloadBytes = options.MaxPayloadBytes, MaxDepth = options.MaxDepth, MaxIssues = options.MaxIssues, ReadReport = true },
    };

    private static ValidationResult? JsonLevelIssues(ReadOnlySpan<byte> utf8Json, ValidationOptions options)
    {
        // Run with the smaller template's validator only for its payload-level checks; a syntax error found after
        // some structure would otherwise drag in structural issues of a guessed template, so keep only JSON issues.
        var result = Report2021Validator.Validate(utf8Json, options);
        var payloadIssues = new System.Collections.Generic.List<ValidationIssue>();
        foreach (var issue in result.Issues)
        {
            if (issue.RuleId.StartsWith("json.", StringComparison.Ordinal) || issue.RuleId == IssueIds.Truncated)
            {
                payloadIssues.Add(issue);
            }
        }

        return payloadIssues.Count == 0
            ? null
            : new ValidationResult(payloadIssues, payloadIssues.Count, 0, result.IsTruncated);
    }

    private static ValidationResult VersionIssue(TemplateVersionSniffer.Outcome outcome, string? raw) => outcome switch
    {
        TemplateVersionSniffer.Outcome.NotAnObject => Single(NotAnObject()),
        TemplateVersionSniffer.Outcome.NotAString => Single(VersionIssueOf("a non-string value")),
        _ => Single(VersionIssueOf(raw)),
    };

    private static ValidationIssue NotAnObject()
        => new(IssueIds.Type, IssueSeverity.Error, string.Empty, "an object", "another JSON value",
            "报告应为 JSON 对象。", "A report payload must be a JSON object.") { Keyword = "type" };

    private static ValidationIssue VersionIssueOf(string? raw) => new(
        IssueIds.TemplateVersion, IssueSeverity.Error, "/templateVersion", "\"2019\" or \"2021\"", raw is null ? null : "\"" + raw + "\"",
        raw is null ? "缺少模板版本 templateVersion（应为 \"2019\" 或 \"2021\"），无法确定按哪一版表格校验。" : $"未知的模板版本 {raw}（应为 \"2019\" 或 \"2021\"）。",
        raw is null ? "The payload has no templateVersion (\"2019\" or \"2021\"), so it cannot be checked against a template." : $"Unknown template version {raw}; expected \"2019\" or \"2021\".")
    { Keyword = "enum" };

    private static ValidationResult Single(ValidationIssue issue) => new([issue], 1, 0, false);
}
