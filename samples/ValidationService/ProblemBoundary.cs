using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GovInfoReport.Samples.ValidationService;

/// <summary>
/// The outermost middleware: every error status leaves as problem details, client faults (a slow or vanished
/// client, a malformed request, oversized headers) are logged quietly, and only the service's own faults are
/// logged as errors with their stack trace.
/// </summary>
public sealed partial class ProblemBoundary(RequestDelegate next, ILogger<ProblemBoundary> logger)
{
    /// <summary>The largest request headers accepted (Kestrel's own default; Kestrel itself is set far higher so the
    /// answer past this one is problem details rather than Kestrel's empty 431).</summary>
    public const int MaxRequestHeaderBytes = 32 * 1024;

    /// <summary>Runs the request inside the boundary.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The work.</returns>
    public async Task InvokeAsync(HttpContext context)
    {
        if (HeaderBytes(context.Request) > MaxRequestHeaderBytes)
        {
            LogClientFault(logger, StatusCodes.Status431RequestHeaderFieldsTooLarge, "request headers over " + MaxRequestHeaderBytes + " bytes");
            await ResponseWriter.WriteProblemAsync(context, ServiceProblem.HeadersTooLarge, $"The request headers exceed {MaxRequestHeaderBytes} bytes.").ConfigureAwait(false);
            return;
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel's verdict on the client: a body too slow (408), malformed framing (400), too large (413).
            LogClientFault(logger, exception.StatusCode, exception.Message);
            if (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                await TryWriteAsync(context, ServiceProblem.ForStatus(exception.StatusCode), exception.Message).ConfigureAwait(false);
            }

            return;
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            LogClientGone(logger, exception.GetType().Name);
            return;
        }
        catch (Exception exception)
        {
            LogServiceFault(logger, exception);
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await TryWriteAsync(context, ServiceProblem.InternalError, "An unexpected error occurred; it has been logged with trace id " + context.TraceIdentifier + ".").ConfigureAwait(false);
            }

            return;
        }

        // Statuses the framework set without a body (405 from routing, 404): answered as problem details too.
        var response = context.Response;
        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentType is null && response.ContentLength is null)
        {
            var problem = ServiceProblem.ForStatus(response.StatusCode);
            await ResponseWriter.WriteProblemAsync(context, problem, $"{context.Request.Method} {context.Request.Path} is not served.").ConfigureAwait(false);
        }
    }

    private static async Task TryWriteAsync(HttpContext context, ServiceProblem problem, string detail)
    {
        try
        {
            await ResponseWriter.WriteProblemAsync(context, problem, detail).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or InvalidOperationException)
        {
            // The connection is already being torn down; there is no one left to answer.
        }
    }

    private static long HeaderBytes(HttpRequest request)
    {
        long total = 0;
        foreach (var header in request.Headers)
        {
            total += header.Key.Length + 4;
            foreach (var value in header.Value)
            {
                total += value?.Length ?? 0;
            }
        }

        return total;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Client fault, answered {Status}: {Reason}")]
    private static partial void LogClientFault(ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "The client went away ({Kind})")]
    private static partial void LogClientGone(ILogger logger, string kind);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "The service failed")]
    private static partial void LogServiceFault(ILogger logger, Exception exception);
}
