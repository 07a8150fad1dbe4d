using System;
using System.Collections.Generic;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
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
    /// <summary>The rows of table 二（一） R7 follows: name and label.</summary>
    internal static readonly (string Row, string Label)[] RegulationRows = [("departmentalRules", "规章"), ("normativeDocuments", "行政规范性文件")];

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
        var columns = Paths.ApplicantColumns;
        CarriedIn = new decimal?[columns.Length];
        CarriedOut = new decimal?[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            CarriedIn[c] = Value(extraction, payload, CarriedInPointer(c));
            CarriedOut[c] = ReportChecker.Number(payload, "/applications/carriedOverToNextYear/" + columns[c]);
        }

        CurrentlyValid = new decimal?[RegulationRows.Length];
        Issued = new decimal?[RegulationRows.Length];
        Repealed = new decimal?[RegulationRows.Length];
        for (var r = 0; r < RegulationRows.Length; r++)
        {
            var row = RegulationPointer(r);
            CurrentlyValid[r] = Value(extraction, payload, row + "/currentlyValid");
            Issued[r] = ReportChecker.Number(payload, row + "/issuedThisYear");
            Repealed[r] = ReportChecker.Number(payload, row + "/repealedThisYear");
        }
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

    internal static string CarriedInPointer(int column) => "/applications/carriedOverFromPreviousYear/" + Paths.ApplicantColumns[column];

    internal static string RegulationPointer(int row) => "/activeDisclosure/regulations/" + RegulationRows[row].Row;

    // A value the rules report on: its location is kept for the position in the source.
    private decimal? Value(ExtractionResult extraction, System.Text.Json.Nodes.JsonObject payload, string pointer)
    {
        if (extraction.FindProvenance(pointer)?.Location is { } location)
        {
            _locations[pointer] = location;
        }

        return ReportChecker.Number(payload, pointer);
    }
}
