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
        // The messages, which come in runs of one string instance (136 notes "空白单元格读作 0。" in a row), too long
        // for the texts kept by instance (JsonRunText.Shared): copied rather than transcoded and checked again.
        private readonly JsonRunText.LastWritten _lastZh = new();
        private readonly JsonRunText.LastWritten _lastEn = new();
        private Punctuation? _between;

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
            var text = Text;
            var between = Between(json.CurrentDepth);
            text.Reset();
            text.Raw("["u8);
            for (var i = 0; i < notes.Count; i++)
            {
                var note = notes[i];
                text.Raw(i == 0 ? between.FirstNote : between.NextNote);
                text.Shared(note.Code);
                text.Raw(between.Severity);
                text.String(EnumJsonText<NoteSeverity>.LowerName(note.Severity));
                text.Raw(between.NotePointer);
                text.Shared(note.Pointer);
                text.Raw(between.ToLocation);
                text.Location(note.Location);
                text.Raw(between.ToRawText);
                text.Shared(note.RawText);
                text.Raw(between.Zh);
                text.String(note.MessageZh, _lastZh);
                text.Raw(between.En);
                text.String(note.MessageEn, _lastEn);
                text.Raw(between.NoteEnd);
            }

            End(json, notes.Count, between);
        }

        /// <summary>Writes <paramref name="provenance"/> as the value of the property name just written.</summary>
        public void WriteProvenance(Utf8JsonWriter json, System.Collections.Generic.IReadOnlyList<ValueProvenance> provenance)
        {
            var text = Text;
            var between = Between(json.CurrentDepth);
            text.Reset();
            text.Raw("["u8);
            for (var i = 0; i < provenance.Count; i++)
            {
                var value = provenance[i];
                text.Raw(i == 0 ? between.FirstValue : between.NextValue);
                text.Shared(value.Pointer);
                text.Raw(between.ToLocation);
                text.Location(value.Location);
                text.Raw(between.ToRawText);
                text.Shared(value.RawText);
                text.Raw(between.Derivation);
                text.Shared(value.Derivation);
                if (value.Inference is { } inference)
                {
                    // Inferred from run-together digits: the rules used are not assessable for this value.
                    text.Raw(between.InferredWith);
                    var rules = inference.Rules;
                    for (var r = 0; r < rules.Count; r++)
                    {
                        text.Raw(r == 0 ? between.FirstRule : between.NextRule);
                        text.Shared(rules[r]);
                    }

                    text.Raw(rules.Count > 0 ? between.RulesEnd : "]"u8);
                }

                text.Raw(between.ValueEnd);
            }

            End(json, provenance.Count, between);
        }

        /// <summary>Writes <paramref name="payload"/> as the value of the property name just written.</summary>
        public void WritePayload(Utf8JsonWriter json, System.Text.Json.Nodes.JsonObject payload)
        {
            Text.Reset();
            Text.Node(payload, json.CurrentDepth);
            Give(json);
        }

        // An empty array is "[]"; a full one closes on a line of its own.
        private void End(Utf8JsonWriter json, int count, Punctuation between)
        {
            Text.Raw(count > 0 ? between.ArrayEnd : "]"u8);
            Give(json);
        }

        // The punctuation between the values for arrays at `depth` (the writer's depth after the array's name).
        private Punctuation Between(int depth) => _between is { } made && made.Depth == depth ? made : _between = new Punctuation(Text, depth);

        private void Give(Utf8JsonWriter json)
        {
            json.WriteRawValue(Text.Written, skipInputValidation: true);
            Written++;
        }

        // Everything between two values of an entry made once, one copy per gap: an entry's line breaks, indentation,
        // braces and property names.
        private sealed class Punctuation
        {
            public Punctuation(JsonRunText text, int depth)
            {
                byte[] Line(int level, bool comma = true) => text.LineBytes(depth + level, comma);
                byte[] Prefix(JsonEncodedText name) => JsonRunText.PropertyPrefix(text.Options, name);
                Depth = depth;
                FirstNote = [.. Line(1, comma: false), (byte)'{', .. Line(2, comma: false), .. Prefix(ExtractionJsonWriter.Code)];
                NextNote = [.. Line(1), (byte)'{', .. Line(2, comma: false), .. Prefix(ExtractionJsonWriter.Code)];
                Severity = [.. Line(2), .. Prefix(ExtractionJsonWriter.Severity)];
                NotePointer = [.. Line(2), .. Prefix(ExtractionJsonWriter.Pointer)];
                ToLocation = [.. Line(2), .. Prefix(ExtractionJsonWriter.Location)];
                ToRawText = [.. Line(2), .. Prefix(ExtractionJsonWriter.RawText)];
                Zh = [.. Line(2), .. Prefix(ExtractionJsonWriter.Message), (byte)'{', .. Line(3, comma: false), .. Prefix(ExtractionJsonWriter.Zh)];
                En = [.. Line(3), .. Prefix(ExtractionJsonWriter.En)];
                NoteEnd = [.. Line(2, comma: false), (byte)'}', .. Line(1, comma: false), (byte)'}'];
                FirstValue = [.. Line(1, comma: false), (byte)'{', .. Line(2, comma: false), .. Prefix(ExtractionJsonWriter.Pointer)];
                NextValue = [.. Line(1), (byte)'{', .. Line(2, comma: false), .. Prefix(ExtractionJsonWriter.Pointer)];
                Derivation = [.. Line(2), .. Prefix(ExtractionJsonWriter.Derivation)];
                InferredWith = [.. Line(2), .. Prefix(ExtractionJsonWriter.InferredWith), (byte)'['];
                FirstRule = Line(3, comma: false);
                NextRule = Line(3);
                RulesEnd = [.. Line(2, comma: false), (byte)']'];
                ValueEnd = [.. Line(1, comma: false), (byte)'}'];
                ArrayEnd = [.. Line(0, comma: false), (byte)']'];
            }

            public int Depth { get; }

            public byte[] FirstNote { get; }

            public byte[] NextNote { get; }

            public byte[] Severity { get; }

            public byte[] NotePointer { get; }

            public byte[] ToLocation { get; }

            public byte[] ToRawText { get; }

            public byte[] Zh { get; }

            public byte[] En { get; }

            public byte[] NoteEnd { get; }

            public byte[] FirstValue { get; }

            public byte[] NextValue { get; }

            public byte[] Derivation { get; }

            public byte[] InferredWith { get; }

            public byte[] FirstRule { get; }

            public byte[] NextRule { get; }

            public byte[] RulesEnd { get; }

            public byte[] ValueEnd { get; }

            public byte[] ArrayEnd { get; }
        }
    }

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name, JsonFragments.Options.Encoder);
}
