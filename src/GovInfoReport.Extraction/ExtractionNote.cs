using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Extraction;

/// <summary>How much a data-quality note matters.</summary>
public enum NoteSeverity
{
    /// <summary>A normalisation that loses nothing (a blank read as 0, "+5" read as 5, a known label typo).</summary>
    Info,

    /// <summary>Something a reviewer should look at (a wrong label recognised by position, a shifted row, an unreadable cell, a missing table).</summary>
    Warning,
}

/// <summary>
/// One data-quality note of an extraction: what was normalised, recognised or left out, where, and why. Codes are
/// stable (<see cref="ExtractionNoteCodes"/>); messages are for people.
/// </summary>
/// <param name="Code">The stable code (<see cref="ExtractionNoteCodes"/>).</param>
/// <param name="Severity">Info or warning.</param>
/// <param name="Pointer">The JSON Pointer of the payload value concerned, when there is one.</param>
/// <param name="Location">Where in the source, when known.</param>
/// <param name="RawText">The source text concerned, as published, when useful.</param>
/// <param name="MessageZh">The message in Chinese.</param>
/// <param name="MessageEn">The message in English.</param>
public sealed record ExtractionNote(
    string Code,
    NoteSeverity Severity,
    string? Pointer,
    SourceLocation? Location,
    string? RawText,
    string MessageZh,
    string MessageEn)
{
    /// <inheritdoc />
    public override string ToString() => $"{(Severity == NoteSeverity.Warning ? "warning" : "info")} {Code}{(Pointer is null ? string.Empty : " at '" + Pointer + "'")}{(Location is null ? string.Empty : " (" + Location + ")")}: {MessageEn}";
}
