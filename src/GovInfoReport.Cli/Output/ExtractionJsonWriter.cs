using System;
using System.Globalization;
using System.Text.Json;
using GovInfoReport.Cli.Buffers;
using GovInfoReport.Extraction;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// One extraction result as the JSON object <c>extract --format json</c> prints per file: source facts, sub-table
/// decisions, notes, provenance and payload, written as text by <see cref="JsonRunText"/> as
/// <see cref="Utf8JsonWriter"/> writes it with the same options (some 1,500 values a report, most of them in the notes
/// and provenance arrays, whose per-token work in the writer was a third of the time spent rendering a result). The
/// text becomes the rendered piece itself (<see cref="Render"/>). ExtractionJsonWriterTests (every option set and depth,
/// the text handed to a writer as one raw value) and BatchOutputEqualityTests hold it to the writer's.
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

    // Per thread (each batch worker renders its results on one thread).
    [ThreadStatic]
    private static ResultText? t_text;

    /// <summary>
    /// <paramref name="result"/> as the piece the JSON document prints for it (an object in the document's array,
    /// <see cref="JsonFragments.Options"/>), in a buffer of the rendered pieces' pool: the text itself, not a copy.
    /// </summary>
    public static PooledBytes Render(ExtractionResult result)
    {
        var text = ResultText.OfThisThread(JsonFragments.Options);
        text.Write(result, depth: 1);
        return text.Text.Detach();
    }

    /// <summary>A result as text (<see cref="JsonRunText"/>): this thread's text and the punctuation of its depths.</summary>
    internal sealed class ResultText(JsonWriterOptions options)
    {
        // The messages, which come in runs of one string instance (136 notes "空白单元格读作 0。" in a row), too long
        // for the texts kept by instance (JsonRunText.Shared): copied rather than transcoded and checked again.
        private readonly JsonRunText.LastWritten _lastZh = new();
        private readonly JsonRunText.LastWritten _lastEn = new();
        private Punctuation? _between;

        /// <summary>The text of the result last written.</summary>
        public JsonRunText Text { get; } = new(options);

        /// <summary>This thread's text for <paramref name="options"/> (each batch worker renders its results on one thread).</summary>
        public static ResultText OfThisThread(JsonWriterOptions options)
            => t_text is { } cached && cached.Text.Follows(options) ? cached : t_text = new ResultText(options);

        /// <summary>Writes <paramref name="result"/> as a new text: an object at <paramref name="depth"/>, on a line of its own when <paramref name="lineFirst"/>.</summary>
        public void Write(ExtractionResult result, int depth, bool lineFirst = false)
        {
            var text = Text;
            var between = Between(depth);
            text.Reset();
            if (lineFirst)
            {
                text.Line(depth);
            }

            text.Raw(between.ToSource);
            text.String(result.SourceName);
            text.Raw(between.ToFormat);
            text.String(EnumJsonText<Extraction.Documents.SourceFormat>.Name(result.Format));
            text.Raw(between.ToEncoding);
            text.String(result.Encoding);
            text.Raw(between.ToStatus);
            text.String(EnumJsonText<ExtractionStatus>.Name(result.Status));
            text.Raw(between.ToIsAnnualReport);
            text.Raw(result.IsAnnualReport ? "true"u8 : "false"u8);
            if (result.ReasonEn is null)
            {
                text.Raw(between.ToReason);
                text.Raw("null"u8);
            }
            else
            {
                text.Raw(between.ToReasonZh);
                text.String(result.ReasonZh);
                text.Raw(between.ToReasonEn);
                text.String(result.ReasonEn);
                text.Raw(between.ReasonEnd);
            }

            text.Raw(between.ToAgencyName);
            text.String(result.AgencyName);
            text.Raw(between.ToReportYear);
            if (result.ReportYear is { } year)
            {
                text.Number(year);
            }
            else
            {
                text.Raw("null"u8);
            }

            text.Raw(between.ToPublicationDate);
            if (result.PublicationDate is { } date)
            {
                Span<char> formatted = stackalloc char[16];
                text.String(date.TryFormat(formatted, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture) ? formatted[..length] : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Raw("null"u8);
            }

            text.Raw(between.ToTemplateVersion);
            text.TemplateVersion(result.TemplateVersion);
            text.Raw(between.ToSubTables);
            var tables = result.SubTables;
            for (var i = 0; i < tables.Count; i++)
            {
                var table = tables[i];
                text.Raw(i == 0 ? between.FirstTable : between.NextTable);
                text.String(table.Id);
                text.Raw(between.ToPointer);
                text.Shared(table.Pointer);
                text.Raw(between.ToFound);
                text.Raw(table.Found ? "true"u8 : "false"u8);
                text.Raw(between.ToVersion);
                text.TemplateVersion(table.Version);
                text.Raw(between.ToEvidence);
                text.String(table.Evidence);
                text.Raw(between.ToLocation);
                text.Location(table.Location);
                text.Raw(between.TableEnd);
            }

            text.Raw(tables.Count > 0 ? between.SubTablesEnd : "]"u8);
            text.Raw(between.ToNotes);
            WriteNotes(result.Notes, depth + 1);
            text.Raw(between.ToProvenance);
            WriteProvenance(result.Provenance, depth + 1);
            text.Raw(between.ToPayload);
            text.Node(result.Payload, depth + 1);

            text.Raw(between.ObjectEnd);
        }

        /// <summary>Writes <paramref name="notes"/> as the value of a property of an object at <paramref name="depth"/> - 1.</summary>
        public void WriteNotes(System.Collections.Generic.IReadOnlyList<ExtractionNote> notes, int depth)
        {
            var text = Text;
            var between = Between(depth - 1);
            text.Raw("["u8);
            for (var i = 0; i < notes.Count; i++)
            {
                var note = notes[i];
                text.Raw(i == 0 ? between.FirstNote : between.NextNote);
                text.Shared(note.Code);
                text.Raw(between.Severity);
                text.String(EnumJsonText<NoteSeverity>.LowerName(note.Severity));
                text.Raw(between.ToPointer);
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

            text.Raw(notes.Count > 0 ? between.ArrayEnd : "]"u8);
        }

        /// <summary>Writes <paramref name="provenance"/> as the value of a property of an object at <paramref name="depth"/> - 1.</summary>
        public void WriteProvenance(System.Collections.Generic.IReadOnlyList<ValueProvenance> provenance, int depth)
        {
            var text = Text;
            var between = Between(depth - 1);
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

            text.Raw(provenance.Count > 0 ? between.ArrayEnd : "]"u8);
        }

        // The punctuation of a result object at `depth`.
        private Punctuation Between(int depth) => _between is { } made && made.Depth == depth ? made : _between = new Punctuation(Text, depth);

        // Everything between two values of a result made once, one copy per gap: line breaks, indentation, braces and
        // property names. Levels count from the result object's depth: its properties at 1, a sub-table, note or
        // provenance entry at 2, their properties at 3, a note's message texts and a value's rules at 4.
        private sealed class Punctuation
        {
            public Punctuation(JsonRunText text, int depth)
            {
                byte[] Line(int level, bool comma = true) => text.LineBytes(depth + level, comma);
                byte[] Prefix(JsonEncodedText name) => JsonRunText.PropertyPrefix(text.Options, name);
                Depth = depth;
                ToSource = [(byte)'{', .. Line(1, comma: false), .. Prefix(Source)];
                ToFormat = [.. Line(1), .. Prefix(Format)];
                ToEncoding = [.. Line(1), .. Prefix(EncodingName)];
                ToStatus = [.. Line(1), .. Prefix(Status)];
                ToIsAnnualReport = [.. Line(1), .. Prefix(IsAnnualReport)];
                ToReason = [.. Line(1), .. Prefix(Reason)];
                ToReasonZh = [.. ToReason, (byte)'{', .. Line(2, comma: false), .. Prefix(ExtractionJsonWriter.Zh)];
                ToReasonEn = [.. Line(2), .. Prefix(ExtractionJsonWriter.En)];
                ReasonEnd = [.. Line(1, comma: false), (byte)'}'];
                ToAgencyName = [.. Line(1), .. Prefix(AgencyName)];
                ToReportYear = [.. Line(1), .. Prefix(ReportYear)];
                ToPublicationDate = [.. Line(1), .. Prefix(PublicationDate)];
                ToTemplateVersion = [.. Line(1), .. Prefix(TemplateVersion)];
                ToSubTables = [.. Line(1), .. Prefix(SubTables), (byte)'['];
                FirstTable = [.. Line(2, comma: false), (byte)'{', .. Line(3, comma: false), .. Prefix(Id)];
                NextTable = [.. Line(2), (byte)'{', .. Line(3, comma: false), .. Prefix(Id)];
                ToPointer = [.. Line(3), .. Prefix(Pointer)];
                ToFound = [.. Line(3), .. Prefix(Found)];
                ToVersion = [.. Line(3), .. Prefix(Version)];
                ToEvidence = [.. Line(3), .. Prefix(Evidence)];
                ToLocation = [.. Line(3), .. Prefix(Location)];
                TableEnd = [.. Line(2, comma: false), (byte)'}'];
                SubTablesEnd = [.. Line(1, comma: false), (byte)']'];
                ToNotes = [.. Line(1), .. Prefix(Notes)];
                ToProvenance = [.. Line(1), .. Prefix(Provenance)];
                ToPayload = [.. Line(1), .. Prefix(Payload)];
                ObjectEnd = [.. Line(0, comma: false), (byte)'}'];
                FirstNote = [.. Line(2, comma: false), (byte)'{', .. Line(3, comma: false), .. Prefix(Code)];
                NextNote = [.. Line(2), (byte)'{', .. Line(3, comma: false), .. Prefix(Code)];
                Severity = [.. Line(3), .. Prefix(ExtractionJsonWriter.Severity)];
                ToRawText = [.. Line(3), .. Prefix(RawText)];
                Zh = [.. Line(3), .. Prefix(Message), (byte)'{', .. Line(4, comma: false), .. Prefix(ExtractionJsonWriter.Zh)];
                En = [.. Line(4), .. Prefix(ExtractionJsonWriter.En)];
                NoteEnd = [.. Line(3, comma: false), (byte)'}', .. Line(2, comma: false), (byte)'}'];
                FirstValue = [.. Line(2, comma: false), (byte)'{', .. Line(3, comma: false), .. Prefix(Pointer)];
                NextValue = [.. Line(2), (byte)'{', .. Line(3, comma: false), .. Prefix(Pointer)];
                Derivation = [.. Line(3), .. Prefix(ExtractionJsonWriter.Derivation)];
                InferredWith = [.. Line(3), .. Prefix(ExtractionJsonWriter.InferredWith), (byte)'['];
                FirstRule = Line(4, comma: false);
                NextRule = Line(4);
                RulesEnd = [.. Line(3, comma: false), (byte)']'];
                ValueEnd = [.. Line(2, comma: false), (byte)'}'];
                ArrayEnd = [.. Line(1, comma: false), (byte)']'];
            }

            public int Depth { get; }

            public byte[] ToSource { get; }

            public byte[] ToFormat { get; }

            public byte[] ToEncoding { get; }

            public byte[] ToStatus { get; }

            public byte[] ToIsAnnualReport { get; }

            public byte[] ToReason { get; }

            public byte[] ToReasonZh { get; }

            public byte[] ToReasonEn { get; }

            public byte[] ReasonEnd { get; }

            public byte[] ToAgencyName { get; }

            public byte[] ToReportYear { get; }

            public byte[] ToPublicationDate { get; }

            public byte[] ToTemplateVersion { get; }

            public byte[] ToSubTables { get; }

            public byte[] FirstTable { get; }

            public byte[] NextTable { get; }

            public byte[] ToPointer { get; }

            public byte[] ToFound { get; }

            public byte[] ToVersion { get; }

            public byte[] ToEvidence { get; }

            public byte[] ToLocation { get; }

            public byte[] TableEnd { get; }

            public byte[] SubTablesEnd { get; }

            public byte[] ToNotes { get; }

            public byte[] ToProvenance { get; }

            public byte[] ToPayload { get; }

            public byte[] ObjectEnd { get; }

            public byte[] FirstNote { get; }

            public byte[] NextNote { get; }

            public byte[] Severity { get; }

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
