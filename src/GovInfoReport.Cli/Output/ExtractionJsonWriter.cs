using System;
using System.Globalization;
using System.Text.Json;
using GovInfoReport.Extraction;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// One extraction result as the JSON object <c>extract --format json</c> prints per file: source facts, sub-table
/// decisions, notes, provenance and payload. Property names are encoded once; dates and numbers are formatted into
/// the writer without intermediate strings. The notes and provenance arrays (some 250 entries per report, most of the
/// result's tokens) are written as text by <see cref="JsonRunText"/> and given to the writer as raw values.
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

    // Per thread (each batch worker renders its results on one thread): the text of the notes and provenance arrays.
    [ThreadStatic]
    private static RunArrays? t_runs;

    /// <summary>Writes <paramref name="result"/> as one object.</summary>
    public static void Write(Utf8JsonWriter json, ExtractionResult result)
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
            json.WriteString(Id, table.Id);
            json.WriteString(Pointer, table.Pointer);
            json.WriteBoolean(Found, table.Found);
            WriteVersion(json, Version, table.Version is { } tv ? (int)tv : null);
            json.WriteString(Evidence, table.Evidence);
            LocationText.Write(json, Location, table.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var runs = RunArrays.OfThisThread(json.Options);
        json.WritePropertyName(Notes);
        runs.WriteNotes(json, result.Notes);
        json.WritePropertyName(Provenance);
        runs.WriteProvenance(json, result.Provenance);
        json.WritePropertyName(Payload);
        if (result.Payload is { } payload)
        {
            runs.WritePayload(json, payload);
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

    /// <summary>The notes and provenance arrays as text (<see cref="JsonRunText"/>), handed to the writer as raw values after their names.</summary>
    internal sealed class RunArrays(JsonWriterOptions options)
    {
        private readonly byte[] _code = Prefix(options, Code);
        private readonly byte[] _severity = Prefix(options, Severity);
        private readonly byte[] _pointer = Prefix(options, Pointer);
        private readonly byte[] _location = Prefix(options, Location);
        private readonly byte[] _rawText = Prefix(options, RawText);
        private readonly byte[] _message = Prefix(options, Message);
        private readonly byte[] _zh = Prefix(options, Zh);
        private readonly byte[] _en = Prefix(options, En);
        private readonly byte[] _derivation = Prefix(options, Derivation);
        private readonly byte[] _inferredWith = Prefix(options, InferredWith);

        // The fields whose values come in runs of one string instance (136 notes "空白单元格读作 0。" in a row, the
        // derivation "blank → 0" on most values): copied rather than transcoded and checked again.
        private readonly JsonRunText.LastWritten _lastCode = new();
        private readonly JsonRunText.LastWritten _lastZh = new();
        private readonly JsonRunText.LastWritten _lastEn = new();
        private readonly JsonRunText.LastWritten _lastDerivation = new();

        /// <summary>How many arrays and payloads have been written as text.</summary>
        public int Written { get; private set; }

        /// <summary>The text of the array or payload last written.</summary>
        public JsonRunText Text { get; } = new(options);

        /// <summary>This thread's arrays for <paramref name="options"/> (each batch worker renders its results on one thread).</summary>
        public static RunArrays OfThisThread(JsonWriterOptions options)
            => t_runs is { } cached && cached.Text.Follows(options) ? cached : t_runs = new RunArrays(options);

        /// <summary>Writes <paramref name="notes"/> as the value of the property name just written.</summary>
        public void WriteNotes(Utf8JsonWriter json, System.Collections.Generic.IReadOnlyList<ExtractionNote> notes)
        {
            // The writer stands after the array's name, at the depth of the object the name is in.
            var text = Text;
            var depth = json.CurrentDepth;
            text.Reset();
            text.Raw("["u8);
            for (var i = 0; i < notes.Count; i++)
            {
                var note = notes[i];
                text.Next(i == 0, depth + 1);
                text.Raw("{"u8);
                text.Line(depth + 2);
                text.Raw(_code);
                text.String(note.Code, _lastCode);
                text.Next(first: false, depth + 2);
                text.Raw(_severity);
                text.String(EnumJsonText<NoteSeverity>.LowerName(note.Severity));
                text.Next(first: false, depth + 2);
                text.Raw(_pointer);
                text.String(note.Pointer);
                text.Next(first: false, depth + 2);
                text.Raw(_location);
                text.Location(note.Location);
                text.Next(first: false, depth + 2);
                text.Raw(_rawText);
                text.String(note.RawText);
                text.Next(first: false, depth + 2);
                text.Raw(_message);
                text.Raw("{"u8);
                text.Line(depth + 3);
                text.Raw(_zh);
                text.String(note.MessageZh, _lastZh);
                text.Next(first: false, depth + 3);
                text.Raw(_en);
                text.String(note.MessageEn, _lastEn);
                text.Line(depth + 2);
                text.Raw("}"u8);
                text.Line(depth + 1);
                text.Raw("}"u8);
            }

            End(json, notes.Count, depth);
        }

        /// <summary>Writes <paramref name="provenance"/> as the value of the property name just written.</summary>
        public void WriteProvenance(Utf8JsonWriter json, System.Collections.Generic.IReadOnlyList<ValueProvenance> provenance)
        {
            // The writer stands after the array's name, at the depth of the object the name is in.
            var text = Text;
            var depth = json.CurrentDepth;
            text.Reset();
            text.Raw("["u8);
            for (var i = 0; i < provenance.Count; i++)
            {
                var value = provenance[i];
                text.Next(i == 0, depth + 1);
                text.Raw("{"u8);
                text.Line(depth + 2);
                text.Raw(_pointer);
                text.String(value.Pointer);
                text.Next(first: false, depth + 2);
                text.Raw(_location);
                text.Location(value.Location);
                text.Next(first: false, depth + 2);
                text.Raw(_rawText);
                text.String(value.RawText);
                text.Next(first: false, depth + 2);
                text.Raw(_derivation);
                text.String(value.Derivation, _lastDerivation);
                if (value.Inference is { } inference)
                {
                    // Inferred from run-together digits: the rules used are not assessable for this value.
                    text.Next(first: false, depth + 2);
                    text.Raw(_inferredWith);
                    text.Raw("["u8);
                    var rules = inference.Rules;
                    for (var r = 0; r < rules.Count; r++)
                    {
                        text.Next(r == 0, depth + 3);
                        text.String(rules[r]);
                    }

                    if (rules.Count > 0)
                    {
                        text.Line(depth + 2);
                    }

                    text.Raw("]"u8);
                }

                text.Line(depth + 1);
                text.Raw("}"u8);
            }

            End(json, provenance.Count, depth);
        }

        /// <summary>Writes <paramref name="payload"/> as the value of the property name just written.</summary>
        public void WritePayload(Utf8JsonWriter json, System.Text.Json.Nodes.JsonObject payload)
        {
            Text.Reset();
            Text.Node(payload, json.CurrentDepth);
            Give(json);
        }

        // An empty array is "[]"; a full one closes on a line of its own.
        private void End(Utf8JsonWriter json, int count, int depth)
        {
            if (count > 0)
            {
                Text.Line(depth);
            }

            Text.Raw("]"u8);
            Give(json);
        }

        private void Give(Utf8JsonWriter json)
        {
            json.WriteRawValue(Text.Written, skipInputValidation: true);
            Written++;
        }

        private static byte[] Prefix(JsonWriterOptions options, JsonEncodedText name) => JsonRunText.PropertyPrefix(options, name);
    }

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name, JsonFragments.Options.Encoder);
}
