using Microsoft.AspNetCore.Http;

namespace GovInfoReport.Samples.ValidationService;

/// <summary>
/// The problems the service answers, each with a stable RFC 9457 <c>type</c> URI (documented in the sample's
/// README), its status and a fixed title. Clients switch on <c>type</c>, never on the title or detail text.
/// </summary>
public sealed record ServiceProblem(string Slug, int Status, string Title)
{
    /// <summary>Where the problem types are documented; each type is this plus <c>#</c> and the slug.</summary>
    public const string TypeBase = "https://github.com/govinforeport/govinforeport/blob/main/samples/ValidationService/README.md";

    /// <summary>The report payload breaks the schema or its rules (422).</summary>
    public static ServiceProblem InvalidReport { get; } = new("invalid-report", StatusCodes.Status422UnprocessableEntity, "The report payload is invalid.");

    /// <summary>The body is larger than the limit (413).</summary>
    public static ServiceProblem PayloadTooLarge { get; } = new("payload-too-large", StatusCodes.Status413PayloadTooLarge, "The report payload is too large.");

    /// <summary>The body is not declared as JSON in UTF-8 (415).</summary>
    public static ServiceProblem UnsupportedMediaType { get; } = new("unsupported-media-type", StatusCodes.Status415UnsupportedMediaType, "The body must be JSON (application/json, UTF-8).");

    /// <summary>The request is malformed at the HTTP level (400).</summary>
    public static ServiceProblem BadRequest { get; } = new("bad-request", StatusCodes.Status400BadRequest, "The HTTP request is malformed.");

    /// <summary>No resource at this path (404).</summary>
    public static ServiceProblem NotFound { get; } = new("not-found", StatusCodes.Status404NotFound, "There is no resource at this path.");

    /// <summary>The path exists but not for this method (405).</summary>
    public static ServiceProblem MethodNotAllowed { get; } = new("method-not-allowed", StatusCodes.Status405MethodNotAllowed, "This path does not accept this method.");

    /// <summary>The client sent the body too slowly (408).</summary>
    public static ServiceProblem RequestTimeout { get; } = new("request-timeout", StatusCodes.Status408RequestTimeout, "The request body arrived too slowly.");

    /// <summary>The request headers are larger than the limit (431).</summary>
    public static ServiceProblem HeadersTooLarge { get; } = new("headers-too-large", StatusCodes.Status431RequestHeaderFieldsTooLarge, "The request headers are too large.");

    /// <summary>A fault of the service itself (500).</summary>
    public static ServiceProblem InternalError { get; } = new("internal-error", StatusCodes.Status500InternalServerError, "The service failed; the request may be retried.");

    /// <summary>The type URI.</summary>
    public string Type => TypeBase + "#" + Slug;

    /// <summary>The problem for a status the server or the framework chose (one of the above, or a generic one).</summary>
    /// <param name="status">The HTTP status.</param>
    /// <returns>The problem.</returns>
    public static ServiceProblem ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => BadRequest,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status408RequestTimeout => RequestTimeout,
        StatusCodes.Status413PayloadTooLarge => PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status422UnprocessableEntity => InvalidReport,
        StatusCodes.Status431RequestHeaderFieldsTooLarge => HeadersTooLarge,
        >= 500 => InternalError,
        _ => new("http-" + status.ToString(System.Globalization.CultureInfo.InvariantCulture), status, "The request failed."),
    };
}
