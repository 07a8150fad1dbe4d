using System.Text.Json.Serialization;

namespace GovInfoReport.Benchmarks;

// The typed path's baseline: the same shapes as the generated records, read by plain source-generated System.Text.Json.
// The benchmarks time it and GovInfoReport.Schema.Tests (TypedPathAllocationTests) bounds the typed path's allocation
// by it, so both link this one file.

/// <summary>
/// A report's shape without the generated converter: the same nested records, the template's own
/// (<typeparamref name="TActive"/>, <typeparamref name="TApplications"/>, <typeparamref name="TReview"/>).
/// </summary>
public sealed class PlainReport<TActive, TApplications, TReview>
{
    [JsonPropertyName("templateVersion")] public required string TemplateVersion { get; init; }
    [JsonPropertyName("agencyName")] public required string AgencyName { get; init; }
    [JsonPropertyName("reportYear")] public required int ReportYear { get; init; }
    [JsonPropertyName("publicationDate")] public string? PublicationDate { get; init; }
    [JsonPropertyName("overview")] public string? Overview { get; init; }
    [JsonPropertyName("activeDisclosure")] public required TActive ActiveDisclosure { get; init; }
    [JsonPropertyName("applications")] public required TApplications Applications { get; init; }
    [JsonPropertyName("reviewAndLitigation")] public required TReview ReviewAndLitigation { get; init; }
    [JsonPropertyName("problemsAndImprovements")] public string? ProblemsAndImprovements { get; init; }
    [JsonPropertyName("otherMatters")] public string? OtherMatters { get; init; }
}

/// <summary>Plain source-generated metadata for the 2021 baseline shape (one context per template: the nested record names repeat).</summary>
[JsonSerializable(typeof(PlainReport<GovInfoReport.Schema.Templates.V2021.ActiveDisclosure, GovInfoReport.Schema.Templates.V2021.Applications, GovInfoReport.Schema.Templates.V2021.ReviewAndLitigation>), TypeInfoPropertyName = "Report")]
public sealed partial class PlainReport2021Context : JsonSerializerContext
{
}

/// <summary>Plain source-generated metadata for the 2019 baseline shape.</summary>
[JsonSerializable(typeof(PlainReport<GovInfoReport.Schema.Templates.V2019.ActiveDisclosure, GovInfoReport.Schema.Templates.V2019.Applications, GovInfoReport.Schema.Templates.V2019.ReviewAndLitigation>), TypeInfoPropertyName = "Report")]
public sealed partial class PlainReport2019Context : JsonSerializerContext
{
}
