using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;
using GovInfoReport.Schema;

namespace GovInfoReport.Extraction.Checks;

/// <summary>
/// What the rules across reports (R6 carry-over, R7 documents in force) compare of one report, kept apart from its
/// extraction: a batch can check thousands of reports against each other while holding a few hundred bytes of each
/// instead of the whole extraction (some 70 KB). Made by <see cref="Of"/>, compared by <see cref="ReportChecker.CrossCheck"/>.
/// </summary>
public sealed class CrossReportFacts
{
    /// <summary>The rows of table 二（一） R7 follows.</summary>
    internal static readonly RowKey[] RegulationRows = [RowKey.Rules, RowKey.Normative];

    /// <summary>Their statutory labels, for messages (<see cref="Paths.Label"/>).</summary>
    internal static readonly string[] RegulationLabels = [.. RegulationRows.Select(Paths.Label)];

    // The cells compared, per applicant column and per regulation row: pointers of the statutory layout.
    internal static readonly string[] CarriedInPointers = Row(RowKey.AppCarriedIn).CellPointersOf(Paths.ApplicantColumns);
    internal static readonly string[] CurrentlyValidPointers = RegulationCells("currentlyValid");
    private static readonly string[] CarriedOutPointers = Row(RowKey.AppCarriedOut).CellPointersOf(Paths.ApplicantColumns);
    private static readonly string[] IssuedPointers = RegulationCells("issuedThisYear");
    private static readonly string[] RepealedPointers = RegulationCells("repealedThisYear");

    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    private CrossReportFacts(ExtractionResult extraction)
    {
        SourceName = extraction.SourceName;
        ReportYear = extraction.ReportYear;
        TemplateVersion = extraction.TemplateVersion;
        if (!extraction.IsAnnualReport || extraction.AgencyName is null || extraction.ReportYear is null || extraction.Payload is not { } payload)
        {
            return;
        }

        AgencyKey = TextNormalizer.Key(TextNormalizer.Normalize(extraction.AgencyName, out _));
        CarriedIn = Values(extraction, payload, CarriedInPointers, locate: true);
        CarriedOut = Values(extraction, payload, CarriedOutPointers, locate: false);
        CurrentlyValid = Values(extraction, payload, CurrentlyValidPointers, locate: true);
        Issued = Values(extraction, payload, IssuedPointers, locate: false);
        Repealed = Values(extraction, payload, RepealedPointers, locate: false);
    }

    /// <summary>The report's source name.</summary>
    public string? SourceName { get; }

    /// <summary>The report's year.</summary>
    public int? ReportYear { get; }

    /// <summary>The report's template version.</summary>
    public TemplateVersion? TemplateVersion { get; }

    /// <summary>The agency as compared (normalised), or null when the report takes no part in the rules across reports.</summary>
    internal string? AgencyKey { get; }

    internal decimal?[] CarriedIn { get; } = [];

    internal decimal?[] CarriedOut { get; } = [];

    internal decimal?[] CurrentlyValid { get; } = [];

    internal decimal?[] Issued { get; } = [];

    internal decimal?[] Repealed { get; } = [];

    /// <summary>The facts of <paramref name="extraction"/>.</summary>
    /// <param name="extraction">An extraction.</param>
    /// <returns>Its facts; a document that is not a report, or lacks its agency, year or payload, takes no part.</returns>
    public static CrossReportFacts Of(ExtractionResult extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        return new CrossReportFacts(extraction);
    }

    /// <summary>Where the value at <paramref name="pointer"/> was read, for the values on which the rules across reports report (null for any other pointer, or when it was not read from the source).</summary>
    /// <param name="pointer">A JSON Pointer into the payload.</param>
    /// <returns>The location, or null.</returns>
    public SourceLocation? LocationOf(string pointer)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        return _locations.GetValueOrDefault(pointer);
    }

    private static StatutoryRow Row(RowKey key) => StatutoryLayout.Row(Paths.Row(key, GovInfoReport.Schema.TemplateVersion.V2021));

    // One column's cell of each regulation row.
    private static string[] RegulationCells(string column) => [.. RegulationRows.Select(key =>
    {
        var row = Row(key);
        var index = Array.IndexOf(row.ColumnNames, column);
        return index >= 0 ? row.CellPointers[index] : throw new KeyNotFoundException($"No column {column} in {row.Pointer}");
    })];

    // The values at the pointers; where the rules report on them (locate), where each was read, for the position.
    private decimal?[] Values(ExtractionResult extraction, JsonObject payload, string[] pointers, bool locate)
    {
        var values = new decimal?[pointers.Length];
        for (var i = 0; i < pointers.Length; i++)
        {
            values[i] = ReportChecker.Number(payload, pointers[i]);
            if (locate && extraction.FindProvenance(pointers[i])?.Location is { } location)
            {
                _locations[pointers[i]] = location;
            }
        }

        return values;
    }
}
