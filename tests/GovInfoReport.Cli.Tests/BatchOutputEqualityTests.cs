using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovInfoReport.Cli.Output;
using GovInfoReport.Extraction;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>
/// The batch commands write each result as a piece on its worker (pooled buffers, encoded names, locations formatted
/// in place, indentation from the writer's depth) and join the pieces in input order. Their output must be the same
/// bytes as the whole document written in one go by one <see cref="Utf8JsonWriter"/> the plain way, which these
/// tests write independently of the pipeline.
/// </summary>
public sealed class BatchOutputEqualityTests
{
    private static readonly JsonWriterOptions Plain = new() { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Under(string folder) => Path.Combine(AppContext.BaseDirectory, folder);

    private static string[] Documents() =>
    [
        .. Directory.GetFiles(Under("Seeds")).Order(StringComparer.Ordinal),
        .. Directory.GetFiles(Under("Formats")).Order(StringComparer.Ordinal),
        .. Directory.GetFiles(Under("Layouts")).Order(StringComparer.Ordinal),
    ];

    [Fact]
    public void ExtractJsonIsTheDocumentWrittenInOneGo()
    {
        var files = Documents();
        Assert.True(files.Length >= 12, "the documents are copied next to the tests");
        var (exitCode, output, _) = Cli.Run(string.Empty, ["extract", .. files, "--format", "json"]);

        Assert.Equal(1, exitCode); // seed 003 is not an annual report
        Assert.Equal(Document(writer =>
        {
            writer.WriteStartArray();
            foreach (var file in files)
            {
                WriteExtraction(writer, ReportExtractor.ExtractBytes(File.ReadAllBytes(file), file));
            }

            writer.WriteEndArray();
        }), output);
    }

    [Fact]
    public void ExtractJsonOfNoInputsIsAnEmptyArray()
    {
        var (_, output, _) = Cli.Run(string.Empty, "extract", Path.Combine(Under("Seeds"), "missing.txt"), "--format", "json");

        Assert.Equal("[]\n", output);
    }

    [Fact]
    public void ValidateJsonIsTheIssueDocumentWrittenInOneGo()
    {
        var files = Directory.GetFiles(Under("Fixtures"), "seed-*.json").Order(StringComparer.Ordinal).ToArray();
        var (_, output, _) = Cli.Run(string.Empty, ["validate", .. files, "--format", "json"]);

        var options = new ValidationOptions { ReadReport = false };
        Assert.Equal(Document(writer => IssueJsonWriter.WriteDocument(writer, files.Select(f => ((string?)f, ReportValidator.Validate(File.ReadAllBytes(f), options))))), output);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void ValidateSarifIsTheLogWrittenInOneGo(string language)
    {
        var files = Directory.GetFiles(Under("Fixtures"), "seed-*.json").Order(StringComparer.Ordinal).ToArray();
        var (_, output, _) = Cli.Run(string.Empty, ["validate", .. files, "--format", "sarif", "--lang", language]);

        var options = new ValidationOptions { ReadReport = false };
        var rules = new Dictionary<string, IssueSeverity>(StringComparer.Ordinal);
        var order = new List<string>();
        Assert.Equal(Document(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            writer.WriteStartArray("results");
            foreach (var file in files)
            {
                var bytes = File.ReadAllBytes(file);
                var result = ReportValidator.Validate(bytes, options);
                var locate = SarifWriter.LocateInPayload(bytes, result);
                foreach (var issue in result.Issues)
                {
                    SarifWriter.WriteResult(writer, file, issue, locate(issue) ?? (1, 1), language == "en");
                    if (rules.TryAdd(issue.RuleId, issue.Severity))
                    {
                        order.Add(issue.RuleId);
                    }
                }
            }

            writer.WriteEndArray();
            writer.WritePropertyName("tool");
            SarifWriter.WriteTool(writer, order, rules);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }), output);
        Assert.NotEmpty(order);
    }

    private static string Document(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Plain))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    // The plain way: string names, ToString() for enums, locations, dates and versions.
    /// <summary>The provenance array as the plain writer writes it, token by token: the reference the text writer is held to.</summary>
    internal static void WriteProvenance(Utf8JsonWriter json, IEnumerable<ValueProvenance> provenance)
    {
        json.WriteStartArray("provenance");
        foreach (var value in provenance)
        {
            json.WriteStartObject();
            json.WriteString("pointer", value.Pointer);
            json.WriteString("location", value.Location.ToString());
            json.WriteString("rawText", value.RawText);
            json.WriteString("derivation", value.Derivation);
            if (value.Inference is { } inference)
            {
                json.WriteStartArray("inferredWith");
                foreach (var rule in inference.Rules)
                {
                    json.WriteStringValue(rule);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteExtraction(Utf8JsonWriter json, ExtractionResult result)
    {
        json.WriteStartObject();
        json.WriteString("source", result.SourceName);
        json.WriteString("format", result.Format.ToString());
        json.WriteString("encoding", result.Encoding);
        json.WriteString("status", result.Status.ToString());
        json.WriteBoolean("isAnnualReport", result.IsAnnualReport);
        if (result.ReasonEn is null)
        {
            json.WriteNull("reason");
        }
        else
        {
            json.WriteStartObject("reason");
            json.WriteString("zh", result.ReasonZh);
            json.WriteString("en", result.ReasonEn);
            json.WriteEndObject();
        }

        json.WriteString("agencyName", result.AgencyName);
        if (result.ReportYear is { } year)
        {
            json.WriteNumber("reportYear", year);
        }
        else
        {
            json.WriteNull("reportYear");
        }

        json.WriteString("publicationDate", result.PublicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("templateVersion", result.TemplateVersion is { } v ? ((int)v).ToString(CultureInfo.InvariantCulture) : null);
        json.WriteStartArray("subTables");
        foreach (var table in result.SubTables)
        {
            json.WriteStartObject();
            json.WriteString("id", table.Id);
            json.WriteString("pointer", table.Pointer);
            json.WriteBoolean("found", table.Found);
            json.WriteString("version", table.Version is { } tv ? ((int)tv).ToString(CultureInfo.InvariantCulture) : null);
            json.WriteString("evidence", table.Evidence);
            json.WriteString("location", table.Location?.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("notes");
        foreach (var note in result.Notes)
        {
            json.WriteStartObject();
            json.WriteString("code", note.Code);
            json.WriteString("severity", note.Severity.ToString().ToLowerInvariant());
            json.WriteString("pointer", note.Pointer);
            json.WriteString("location", note.Location?.ToString());
            json.WriteString("rawText", note.RawText);
            json.WriteStartObject("message");
            json.WriteString("zh", note.MessageZh);
            json.WriteString("en", note.MessageEn);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteProvenance(json, result.Provenance);
        json.WritePropertyName("payload");
        if (result.Payload is { } payload)
        {
            payload.WriteTo(json);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteEndObject();
    }
}
