using System;
using System.Buffers;
using System.IO;
using System.Threading.Tasks;
using GovInfoReport.Schema.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovInfoReport.Samples.ValidationService;

/// <summary>
/// A minimal report-validation API: <c>POST /reports/validate</c> answers 200 with a summary of a valid report, or
/// 422 (413 when too large) with RFC 9457 problem details carrying every issue. Bound to loopback by default.
/// </summary>
public static class ValidationServiceApp
{
    /// <summary>The validation limits of the service.</summary>
    public static ValidationOptions Options { get; } = new() { MaxPayloadBytes = 256 * 1024 };

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

        // Kestrel stops reading one byte past the validator's limit, so an oversized body is reported, not buffered.
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = Options.MaxPayloadBytes + 1L);
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        app.MapPost("/reports/validate", (HttpRequest request) => ValidateAsync(request));
        return app;
    }

    private static async Task<IResult> ValidateAsync(HttpRequest request)
    {
        var body = await ReadBodyAsync(request);
        var result = ReportValidator.Validate(body.Span, Options);
        if (result.IsValid)
        {
            return Results.Json(ReportSummary.From(result), ServiceJsonContext.Default.ReportSummary);
        }

        var tooLarge = result.Issues.Count > 0 && result.Issues[0].RuleId == IssueIds.JsonSize;
        var problem = new ValidationProblem
        {
            Type = "https://github.com/govinforeport/govinforeport/blob/main/docs/rules.md",
            Title = tooLarge ? "The report payload is too large." : "The report payload is invalid.",
            Status = tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity,
            Detail = $"{result.Validation.ErrorCount} error(s), {result.Validation.WarningCount} warning(s).",
            TemplateVersion = result.TemplateVersion is { } version ? ((int)version).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            Issues = result.Issues,
        };
        return Results.Json(problem, ServiceJsonContext.Default.ValidationProblem, "application/problem+json", problem.Status);
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request)
    {
        var limit = Options.MaxPayloadBytes + 1;
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (buffer.Length < limit)
            {
                int read;
                try
                {
                    read = await request.Body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)));
                }
                catch (Microsoft.AspNetCore.Http.BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    // Kestrel refused more than the limit: what was read already proves the payload is too large.
                    return new byte[limit];
                }

                if (read == 0)
                {
                    break;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
