using System.Text.Json.Serialization;

namespace GovInfoReport.Benchmarks;

// The typed path's baseline: the same shapes as the generated records, read by plain source-generated System.Text.Json.
// The benchmarks time it and GovInfoReport.Schema.Tests (TypedPathAllocationTests) bounds the typed path's allocation
// by it, so both link this one file.

/// <summary>The 2021 report's shape without the generated converter: the same nested records.</summary>
public sealed class PlainReport2021
{
    [JsonPropertyName("templateVersion")] public required string TemplateVersion { get; init; }
    [JsonPropertyName("agencyName")] public required string AgencyName { get; init; }
    [JsonPropertyName("reportYear")] public required int ReportYear { get; init; }
    [JsonPropertyName("publicationDate")] public string? PublicationDate { get; init; }
    [JsonPropertyName("overview")] public string? Overview { get; init; }
    [JsonPropertyName("activeDisclosure")] public required GovInfoReport.Schema.Templates.V2021.ActiveDisclosure ActiveDisclosure { get; init; }
    [JsonPropertyName("applications")] public required GovInfoReport.Schema.Templates.V2021.Applications Applications { get; init; }
    [JsonPropertyName("reviewAndLitigation")] public required GovInfoReport.Schema.Templates.V2021.ReviewAndLitigation ReviewAndLitigation { get; init; }
    [JsonPropertyName("problemsAndImprovements")] public string? ProblemsAndImprovements { get; init; }
    [JsonPropertyName("otherMatters")] public string? OtherMatters { get; init; }
}

/// <summary>The 2019 report's shape without the generated converter: the same nested records.</summary>
public sealed class PlainReport2019
{
    [JsonPropertyName("templateVersion")] public required string TemplateVersion { get; init; }
    [JsonPropertyName("agencyName")] public required string AgencyName { get; init; }
    [JsonPropertyName("reportYear")] public required int ReportYear { get; init; }
    [JsonPropertyName("publicationDate")] public string? PublicationDate { get; init; }
    [JsonPropertyName("overview")] public string? Overview { get; init; }
    [JsonPropertyName("activeDisclosure")] public required GovInfoReport.Schema.Templates.V2019.ActiveDisclosure ActiveDisclosure { get; init; }
    [JsonPropertyName("applications")] public required GovInfoReport.Schema.Templates.V2019.Applications Applications { get; init; }
    [JsonPropertyName("reviewAndLitigation")] public required GovInfoReport.Schema.Templates.V2019.ReviewAndLitigation ReviewAndLitigation { get; init; }
    [JsonPropertyName("problemsAndImprovements")] public string? ProblemsAndImprovements { get; init; }
    [JsonPropertyName("otherMatters")] public string? OtherMatters { get; init; }
}

/// <summary>Plain source-generated metadata for the 2021 baseline shape (one context per template: the nested record names repeat).</summary>
[JsonSerializable(typeof(PlainReport2021))]
public sealed partial class PlainReport2021Context : JsonSerializerContext
{
}

/// <summary>Plain source-generated metadata for the 2019 baseline shape.</summary>
[JsonSerializable(typeof(PlainReport2019))]
public sealed partial class PlainReport2019Context : JsonSerializerContext
{
}
