using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Schema;

namespace GovInfoReport.Extraction;

/// <summary>What an extraction concluded about a document.</summary>
public enum ExtractionStatus
{
    /// <summary>An annual report: header facts, payload, provenance and notes are filled in.</summary>
    Extracted,

    /// <summary>Readable, but not a 政府信息公开工作年度报告 (e.g. a 政务公开工作要点 plan): see the reason.</summary>
    NotAnnualReport,

    /// <summary>Not readable as its format (binary, too large, a broken DOCX): see the reason.</summary>
    Unreadable,
}

/// <summary>
/// The result of reading one document: whether it is an annual report, its header facts, the payload of the template
/// version its tables follow, where every value came from, and what was normalised or left out.
/// </summary>
public sealed class ExtractionResult
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };
    // Built on the first lookup: most callers read the payload and the notes and never look a pointer up, and hashing
    // ~200 pointers per report was a measurable share of extraction.
    private Dictionary<string, ValueProvenance>? provenanceByPointer;
    private readonly List<ExtractionNote> notesList;

    internal ExtractionResult(
        string? sourceName,
        SourceFormat format,
        ExtractionStatus status,
        string? reasonZh,
        string? reasonEn,
        string? agencyName,
        int? reportYear,
        DateOnly? publicationDate,
        TemplateVersion? templateVersion,
        JsonObject? payload,
        IReadOnlyList<SubTableDecision> subTables,
        IReadOnlyList<ValueProvenance> provenance,
        IReadOnlyList<ExtractionNote> notes,
        ExtractedProse prose)
    {
        SourceName = sourceName;
        Format = format;
        Status = status;
        ReasonZh = reasonZh;
        ReasonEn = reasonEn;
        AgencyName = agencyName;
        ReportYear = reportYear;
        PublicationDate = publicationDate;
        TemplateVersion = templateVersion;
        Payload = payload;
        SubTables = subTables;
        Provenance = provenance;
        notesList = [.. notes];
        Prose = prose;
    }

    /// <summary>The name the caller gave the source (a file name, a URL), or null.</summary>
    public string? SourceName { get; }

    /// <summary>
    /// The character encoding the input bytes were decoded with ("utf-8", "gb18030", "big5", "utf-16le", "utf-16be"), and
    /// how it was chosen; null when the input was given as text or is a binary format (DOCX).
    /// </summary>
    public string? Encoding { get; internal set; }

    /// <summary>The input format.</summary>
    public SourceFormat Format { get; }

    /// <summary>Whether the document was read as an annual report, rejected as another kind of document, or unreadable.</summary>
    public ExtractionStatus Status { get; }

    /// <summary>Whether the document is an annual report.</summary>
    public bool IsAnnualReport => Status == ExtractionStatus.Extracted;

    /// <summary>Why the document was rejected or unreadable (Chinese); null when extracted.</summary>
    public string? ReasonZh { get; }

    /// <summary>Why the document was rejected or unreadable (English); null when extracted.</summary>
    public string? ReasonEn { get; }

    /// <summary>The agency named in the title, or null.</summary>
    public string? AgencyName { get; }

    /// <summary>The year the report covers, from the title, or null.</summary>
    public int? ReportYear { get; }

    /// <summary>The date printed at the end (or under the title), or null.</summary>
    public DateOnly? PublicationDate { get; }

    /// <summary>The template version of the payload (see <see cref="ReportExtractor"/> for the rule that chooses it).</summary>
    public TemplateVersion? TemplateVersion { get; }

    /// <summary>
    /// The payload, shaped as the JSON Schema of <see cref="TemplateVersion"/> defines it. A value that could not be read
    /// with confidence is absent (validation then reports it missing); nothing is guessed. Null when not extracted.
    /// </summary>
    public JsonObject? Payload { get; }

    /// <summary>Per statutory sub-table: found or not, and the version its layout follows.</summary>
    public IReadOnlyList<SubTableDecision> SubTables { get; }

    /// <summary>Where every payload value came from.</summary>
    public IReadOnlyList<ValueProvenance> Provenance { get; }

    /// <summary>Data-quality notes, in document order within each kind.</summary>
    public IReadOnlyList<ExtractionNote> Notes => notesList;

    /// <summary>The prose sections as extracted (also in the payload), with where each was found.</summary>
    public ExtractedProse Prose { get; }

    internal void AddNote(ExtractionNote note) => notesList.Add(note);

    /// <summary>Where the value at a JSON Pointer came from, or null.</summary>
    /// <param name="pointer">The JSON Pointer.</param>
    /// <returns>The provenance, or null.</returns>
    public ValueProvenance? FindProvenance(string pointer)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        return (provenanceByPointer ?? BuildProvenanceIndex()).TryGetValue(pointer, out var value) ? value : null;
    }

    /// <summary>The pointer index; a result read from several threads may build it more than once, each time the same.</summary>
    private Dictionary<string, ValueProvenance> BuildProvenanceIndex()
    {
        var index = new Dictionary<string, ValueProvenance>(Provenance.Count, StringComparer.Ordinal);
        foreach (var item in Provenance)
        {
            index[item.Pointer] = item;
        }

        provenanceByPointer = index;
        return index;
    }

    /// <summary>The payload as UTF-8 JSON (indented, CJK unescaped), or null when there is none.</summary>
    /// <returns>The bytes, or null.</returns>
    public byte[]? GetPayloadUtf8()
    {
        if (Payload is null)
        {
            return null;
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            Payload.WriteTo(writer);
        }

        return stream.ToArray();
    }

    /// <inheritdoc />
    public override string ToString() => Status switch
    {
        ExtractionStatus.Extracted => $"{SourceName}: {AgencyName} {ReportYear} ({(TemplateVersion is { } v ? ((int)v).ToString(System.Globalization.CultureInfo.InvariantCulture) : "?")} tables), {Provenance.Count} values, {Notes.Count} notes",
        _ => $"{SourceName}: {Status}: {ReasonEn}",
    };
}

/// <summary>The prose sections of a report.</summary>
/// <param name="Overview">一、总体情况, or null when not found.</param>
/// <param name="ProblemsAndImprovements">五、存在的主要问题及改进情况, or null.</param>
/// <param name="OtherMatters">六、其他需要报告的事项, or null.</param>
/// <param name="OverviewLocation">Where section 一 starts.</param>
/// <param name="ProblemsLocation">Where section 五 starts.</param>
/// <param name="OtherMattersLocation">Where section 六 starts.</param>
public sealed record ExtractedProse(
    string? Overview,
    string? ProblemsAndImprovements,
    string? OtherMatters,
    SourceLocation? OverviewLocation,
    SourceLocation? ProblemsLocation,
    SourceLocation? OtherMattersLocation)
{
    internal static ExtractedProse None { get; } = new(null, null, null, null, null, null);
}
