using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading.Tasks;
using GovInfoReport.Schema.Validation;
using Microsoft.AspNetCore.Http;

namespace GovInfoReport.Samples.ValidationService;

/// <summary>
/// Writes every answer of the service straight to the response: problem details (RFC 9457) and summaries, with the
/// issues in the documented <c>govinfo-report/issues@1</c> shape (<see cref="IssueJsonWriter"/>). Chinese stays
/// readable (no <c>\uXXXX</c>), and the answer is bounded whatever the request held.
/// </summary>
public static class ResponseWriter
{
    /// <summary>The longest text written for one issue field; longer text (an echoed 200 KB key) is cut with "…".</summary>
    public const int MaxFieldChars = 256;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Every BMP script unescaped; the encoder still escapes HTML-significant and control characters.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Writes a problem, with the validation result (an issues@1 document's members) when there is one.</summary>
    /// <param name="context">The request.</param>
    /// <param name="problem">The problem.</param>
    /// <param name="detail">What happened, for people.</param>
    /// <param name="result">The validation result, if the body was validated.</param>
    /// <returns>The write.</returns>
    public static async Task WriteProblemAsync(HttpContext context, ServiceProblem problem, string detail, ReportValidationResult? result = null)
    {
        var response = context.Response;
        response.StatusCode = problem.Status;
        response.ContentType = "application/problem+json; charset=utf-8";
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type", problem.Type);
            writer.WriteString("title", problem.Title);
            writer.WriteNumber("status", problem.Status);
            writer.WriteString("detail", Bounded(detail));
            writer.WriteString("instance", context.Request.Path.HasValue ? Bounded(context.Request.Path.Value!) : "/");
            writer.WriteString("traceId", context.TraceIdentifier);
            if (result is not null)
            {
                WriteIssuesDocumentMembers(writer, result);
            }

            writer.WriteEndObject();
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Writes the answer for a valid report: its summary and the issues@1 result (warnings only).</summary>
    /// <param name="context">The request.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="result">The result.</param>
    /// <returns>The write.</returns>
    public static async Task WriteSummaryAsync(HttpContext context, ReportSummary summary, ReportValidationResult result)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("summary");
            summary.WriteTo(writer);
            writer.WriteEndObject();
            WriteIssuesDocumentMembers(writer, result);
            writer.WriteEndObject();
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    // The members of an issues@1 document (format, results), so the answer is one too, with extra members.
    private static void WriteIssuesDocumentMembers(Utf8JsonWriter writer, ReportValidationResult result)
    {
        writer.WriteString("format", IssueJsonWriter.FormatId);
        writer.WriteStartArray("results");
        var bounded = new ReportValidationResult(result.TemplateVersion, ValidationResult.FromIssues(Array.ConvertAll([.. result.Issues], Bounded), result.Validation.IsTruncated), null);
        IssueJsonWriter.WriteResult(writer, bounded, "request");
        writer.WriteEndArray();
    }

    private static ValidationIssue Bounded(ValidationIssue issue) => issue with
    {
        Pointer = Bounded(issue.Pointer),
        Expected = issue.Expected is null ? null : Bounded(issue.Expected),
        Actual = issue.Actual is null ? null : Bounded(issue.Actual),
        MessageZh = Bounded(issue.MessageZh),
        MessageEn = Bounded(issue.MessageEn),
    };

    private static string Bounded(string text)
        => text.Length <= MaxFieldChars ? text : string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[MaxFieldChars - 1]) ? MaxFieldChars - 1 : MaxFieldChars), "…");
}
