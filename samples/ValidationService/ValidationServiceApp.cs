using System;
using System.Threading.Tasks;
using GovInfoReport.Schema.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace GovInfoReport.Samples.ValidationService;

/// <summary>
/// A minimal report-validation API: <c>POST /reports/validate</c> with a JSON body answers 200 with a summary of a
/// valid report, or RFC 9457 problem details (422 invalid, 413 too large, 415 not JSON, …) carrying the issues in
/// the <c>govinfo-report/issues@1</c> shape. Bound to loopback by default.
/// </summary>
public static class ValidationServiceApp
{
    /// <summary>The validation limits of the service: 256 KiB, and at most 100 issues per answer.</summary>
    public static ValidationOptions Options { get; } = new() { MaxPayloadBytes = 256 * 1024, MaxIssues = 100 };

    /// <summary>Builds the app; <c>--urls</c> chooses the address (default http://127.0.0.1:5080).</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>The app, not yet started.</returns>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        if (builder.Configuration["urls"] is null)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }

        builder.Services.Configure<KestrelServerOptions>(kestrel =>
        {
            // A second guard behind ValidateAsync, which never reads past the limit plus one byte.
            kestrel.Limits.MaxRequestBodySize = Options.MaxPayloadBytes + 1L;
            // The service enforces the header limit itself (ProblemBoundary), so that it can answer in problem details.
            kestrel.Limits.MaxRequestHeadersTotalSize = 1024 * 1024;
            kestrel.AddServerHeader = false;
        });
        var app = builder.Build();
        app.UseMiddleware<ProblemBoundary>();
        app.MapPost("/reports/validate", ValidateAsync);
        return app;
    }

    private static async Task ValidateAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsJsonInUtf8(request.ContentType))
        {
            await ResponseWriter.WriteProblemAsync(context, ServiceProblem.UnsupportedMediaType, $"The body is declared as '{request.ContentType}'; send application/json in UTF-8.");
            return;
        }

        // A declared size over the limit is refused unread, and the answer says the size that was declared.
        if (request.ContentLength is { } declared && declared > Options.MaxPayloadBytes)
        {
            await ResponseWriter.WriteProblemAsync(context, ServiceProblem.PayloadTooLarge, $"The body declares {declared} bytes; the limit is {Options.MaxPayloadBytes}.",
                ReportValidationResult.TooLarge(declared, Options.MaxPayloadBytes));
            return;
        }

        ReportValidationResult result;
        try
        {
            result = await ReportValidator.ValidateAndReadAsync(request.Body, Options, context.RequestAborted);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's guard tripped first (a body of unknown length): it is too large, its size is not known.
            result = ReportValidationResult.TooLarge(null, Options.MaxPayloadBytes);
        }

        if (result.IsValid && ReportSummary.From(result) is { } summary)
        {
            await ResponseWriter.WriteSummaryAsync(context, summary, result);
            return;
        }

        var tooLarge = result.Issues.Count > 0 && result.Issues[0].RuleId == IssueIds.JsonSize;
        var problem = tooLarge ? ServiceProblem.PayloadTooLarge : ServiceProblem.InvalidReport;
        var detail = tooLarge
            ? $"The body is larger than the limit of {Options.MaxPayloadBytes} bytes."
            : $"{result.Validation.ErrorCount} error(s), {result.Validation.WarningCount} warning(s){(result.Validation.IsTruncated ? ", list cut at the limit" : string.Empty)}.";
        await ResponseWriter.WriteProblemAsync(context, problem, detail, result);
    }

    /// <summary>Whether a Content-Type declares JSON in UTF-8; no Content-Type at all is taken as JSON.</summary>
    private static bool IsJsonInUtf8(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType.Value is not { } type)
        {
            return false;
        }

        var isJson = type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        var charset = media.Charset.Value;
        return isJson && (charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
    }
}
