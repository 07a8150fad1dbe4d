using System.Collections.Generic;
using System.Text.Json.Serialization;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Samples.ValidationService;

/// <summary>RFC 9457 problem details with the validation issues as an extension member.</summary>
public sealed class ValidationProblem
{
    /// <summary>A URI identifying the problem type.</summary>
    public string? Type { get; init; }

    /// <summary>A short summary.</summary>
    public string? Title { get; init; }

    /// <summary>The HTTP status code.</summary>
    public int Status { get; init; }

    /// <summary>A human-readable explanation.</summary>
    public string? Detail { get; init; }

    /// <summary>The template the payload declared, if known.</summary>
    public string? TemplateVersion { get; init; }

    /// <summary>Every issue found.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; init; } = [];
}

/// <summary>Source-generated JSON metadata for the service's answers (trim-safe).</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ValidationProblem))]
[JsonSerializable(typeof(ReportSummary))]
internal sealed partial class ServiceJsonContext : JsonSerializerContext
{
}
