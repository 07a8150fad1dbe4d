using System;
using System.Globalization;
using System.Text.Json;
using GovInfoReport.Extraction;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// One extraction result as the JSON object <c>extract --format json</c> prints per file: source facts, sub-table
/// decisions, notes, provenance and payload. Property names are encoded once; strings that repeat (pointers, codes,
/// messages, derivations, payload names) are written from their encoded form (<see cref="RecentEncodedStrings"/>);
/// locations, dates and numbers are formatted into the writer without intermediate strings, since a report has some
/// 200 provenance entries.
/// </summary>
internal static class ExtractionJsonWriter
{
    private static readonly JsonEncodedText Source = Name("source");
    private static readonly JsonEncodedText Format = Name("format");
    private static readonly JsonEncodedText EncodingName = Name("encoding");
    private static readonly JsonEncodedText Status = Name("status");
    private static readonly JsonEncodedText IsAnnualReport = Name("isAnnualReport");
    private static readonly JsonEncodedText Reason = Name("reason");
    private static readonly JsonEncodedText Zh = Name("zh");
    private static readonly JsonEncodedText En = Name("en");
    private static readonly JsonEncodedText AgencyName = Name("agencyName");
    private static readonly JsonEncodedText ReportYear = Name("reportYear");
    private static readonly JsonEncodedText PublicationDate = Name("publicationDate");
    private static readonly JsonEncodedText TemplateVersion = Name("templateVersion");
    private static readonly JsonEncodedText SubTables = Name("subTables");
    private static readonly JsonEncodedText Id = Name("id");
    private static readonly JsonEncodedText Pointer = Name("pointer");
    private static readonly JsonEncodedText Found = Name("found");
    private static readonly JsonEncodedText Version = Name("version");
    private static readonly JsonEncodedText Evidence = Name("evidence");
    private static readonly JsonEncodedText Location = Name("location");
    private static readonly JsonEncodedText Notes = Name("notes");
    private static readonly JsonEncodedText Code = Name("code");
    private static readonly JsonEncodedText Severity = Name("severity");
    private static readonly JsonEncodedText RawText = Name("rawText");
    private static readonly JsonEncodedText Message = Name("message");
    private static readonly JsonEncodedText Provenance = Name("provenance");
    private static readonly JsonEncodedText Derivation = Name("derivation");
    private static readonly JsonEncodedText InferredWith = Name("inferredWith");
    private static readonly JsonEncodedText Payload = Name("payload");

    // Per thread (each batch worker renders its results on one thread): the strings that repeat within and across results.
    [ThreadStatic]
    private static RecentEncodedStrings? t_recent;

    /// <summary>Writes <paramref name="result"/> as one object.</summary>
    public static void Write(Utf8JsonWriter json, ExtractionResult result) => Write(json, result, t_recent ??= new RecentEncodedStrings());

    /// <summary>Writes <paramref name="result"/> as one object, with <paramref name="recent"/> holding the strings that repeat.</summary>
    internal static void Write(Utf8JsonWriter json, ExtractionResult result, RecentEncodedStrings recent)
    {
        json.WriteStartObject();
        json.WriteString(Source, result.SourceName);
        json.WriteString(Format, EnumJsonText<Extraction.Documents.SourceFormat>.Name(result.Format));
        json.WriteString(EncodingName, result.Encoding);
        json.WriteString(Status, EnumJsonText<ExtractionStatus>.Name(result.Status));
        json.WriteBoolean(IsAnnualReport, result.IsAnnualReport);
        if (result.ReasonEn is null)
        {
            json.WriteNull(Reason);
        }
        else
        {
            json.WriteStartObject(Reason);
            json.WriteString(Zh, result.ReasonZh);
            json.WriteString(En, result.ReasonEn);
            json.WriteEndObject();
        }

        json.WriteString(AgencyName, result.AgencyName);
        if (result.ReportYear is { } year)
        {
            json.WriteNumber(ReportYear, year);
        }
        else
        {
            json.WriteNull(ReportYear);
        }

        if (result.PublicationDate is { } date)
        {
            Span<char> text = stackalloc char[16];
            json.WriteString(PublicationDate, date.TryFormat(text, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture) ? text[..length] : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(PublicationDate);
        }

        WriteVersion(json, TemplateVersion, result.TemplateVersion is { } v ? (int)v : null);
        json.WriteStartArray(SubTables);
        foreach (var table in result.SubTables)
        {
            json.WriteStartObject();
            recent.Write(json, Id, table.Id);
            recent.Write(json, Pointer, table.Pointer);
            json.WriteBoolean(Found, table.Found);
            WriteVersion(json, Version, table.Version is { } tv ? (int)tv : null);
            recent.Write(json, Evidence, table.Evidence);
            LocationText.Write(json, Location, table.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray(Notes);
        foreach (var note in result.Notes)
        {
            json.WriteStartObject();
            recent.Write(json, Code, note.Code);
            json.WriteString(Severity, EnumJsonText<NoteSeverity>.LowerName(note.Severity));
            recent.Write(json, Pointer, note.Pointer);
            LocationText.Write(json, Location, note.Location);
            json.WriteString(RawText, note.RawText);
            json.WriteStartObject(Message);
            recent.Write(json, Zh, note.MessageZh);
            recent.Write(json, En, note.MessageEn);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray(Provenance);
        foreach (var value in result.Provenance)
        {
            json.WriteStartObject();
            recent.Write(json, Pointer, value.Pointer);
            LocationText.Write(json, Location, value.Location);
            json.WriteString(RawText, value.RawText);
            recent.Write(json, Derivation, value.Derivation);
            if (value.Inference is { } inference)
            {
                // Inferred from run-together digits: the rules used are not assessable for this value.
                json.WriteStartArray(InferredWith);
                foreach (var rule in inference.Rules)
                {
                    json.WriteStringValue(rule);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName(Payload);
        if (result.Payload is { } payload)
        {
            PayloadJson.Write(json, payload, recent);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteEndObject();
    }

    // A template version is printed as a string ("2021").
    private static void WriteVersion(Utf8JsonWriter json, JsonEncodedText name, int? version)
    {
        if (version is not { } number)
        {
            json.WriteNull(name);
            return;
        }

        Span<char> text = stackalloc char[11];
        number.TryFormat(text, out var length, default, CultureInfo.InvariantCulture);
        json.WriteString(name, text[..length]);
    }

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name, JsonFragments.Options.Encoder);
}
