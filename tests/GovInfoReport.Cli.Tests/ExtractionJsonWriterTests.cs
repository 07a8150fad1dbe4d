using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovInfoReport.Cli.Output;
using GovInfoReport.Extraction;
using GovInfoReport.Extraction.Documents;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>
/// A result is written as text (<see cref="ExtractionJsonWriter.ResultText"/>), which becomes the printed piece itself
/// or is given to a writer raw: the whole result must read as the writer itself would have written it, under any
/// options and at any depth, and the piece the tool prints must be that text.
/// </summary>
public sealed class ExtractionJsonWriterTests
{
    private static readonly JsonWriterOptions[] OptionSets =
    [
        JsonFragments.Options,
        new() { Indented = true, NewLine = "\r\n", IndentCharacter = '\t', IndentSize = 1, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
        new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
        new() { Indented = true },
    ];

    public static TheoryData<string> Documents() => [.. SeedNames()];

    [Theory]
    [MemberData(nameof(Documents))]
    public void AResultIsWhatTheWriterWritesOfItsOwnTreeUnderAnyOptionsAtAnyDepth(string document)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Seeds", document);
        var result = ReportExtractor.ExtractBytes(File.ReadAllBytes(path), path);
        foreach (var options in OptionSets)
        {
            for (var depth = 0; depth <= 3; depth++)
            {
                var written = Written(options, depth, json => WriteThroughText(json, result));

                // The same tree written by the writer token by token: line breaks, indentation, separators and escaping.
                var tree = JsonNode.Parse(written)!;
                Assert.Equal(Encoding.UTF8.GetString(written), Encoding.UTF8.GetString(Written(options, 0, json => tree.WriteTo(json))));
            }
        }
    }

    [Fact]
    public void ThePrintedPieceIsTheTextAndHoldsEveryValue()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Seeds", SeedNames()[0]);
        var result = ReportExtractor.ExtractBytes(File.ReadAllBytes(path), path);
        Assert.NotEmpty(result.Provenance);
        Assert.NotEmpty(result.Notes);
        var text = ExtractionJsonWriter.ResultText.OfThisThread(JsonFragments.Options).Text;

        // The piece is the thread's text itself, handed over: the next result starts in another buffer.
        using var piece = ExtractionJsonWriter.Render(result);
        Assert.Equal(0, text.Written.Length);
        var written = Encoding.UTF8.GetString(Written(JsonFragments.Options, 1, json => WriteThroughText(json, result)));
        Assert.Equal("[\n  " + Encoding.UTF8.GetString(piece.Span) + "\n]", written);
        using (var again = ExtractionJsonWriter.Render(result))
        {
            Assert.Equal(Encoding.UTF8.GetString(piece.Span), Encoding.UTF8.GetString(again.Span));
        }

        var output = JsonNode.Parse(written)![0]!;
        Assert.True(JsonNode.DeepEquals(result.Payload, output["payload"]));
        var provenance = output["provenance"]!.AsArray();
        Assert.Equal(result.Provenance.Select(p => p.Pointer), provenance.Select(p => (string)p!["pointer"]!));
        Assert.Equal(result.Provenance.Select(p => p.Location.ToString()), provenance.Select(p => (string)p!["location"]!));
        Assert.Equal(result.Provenance.Select(p => p.RawText), provenance.Select(p => (string)p!["rawText"]!));
        Assert.Equal(result.Provenance.Select(p => p.Derivation), provenance.Select(p => (string?)p!["derivation"]));
        var notes = output["notes"]!.AsArray();
        Assert.Equal(result.Notes.Select(n => n.Code), notes.Select(n => (string)n!["code"]!));
        Assert.Equal(result.Notes.Select(n => n.MessageZh), notes.Select(n => (string)n!["message"]!["zh"]!));
        Assert.Equal(result.Notes.Select(n => n.MessageEn), notes.Select(n => (string)n!["message"]!["en"]!));
        Assert.Equal(result.Notes.Select(n => n.Location?.ToString()), notes.Select(n => (string?)n!["location"]));
        var tables = output["subTables"]!.AsArray();
        Assert.Equal(result.SubTables.Select(t => t.Id), tables.Select(t => (string)t!["id"]!));
        Assert.Equal(result.SubTables.Select(t => t.Location?.ToString()), tables.Select(t => (string?)t!["location"]));
        Assert.Equal(result.SourceName, (string?)output["source"]);
        Assert.Equal(result.AgencyName, (string?)output["agencyName"]);
        Assert.Equal(result.ReportYear, (int?)output["reportYear"]);
    }

    [Fact]
    public void InferredValuesAndEmptyArraysAreWrittenAsTheWriterWritesThem()
    {
        var location = SourceLocation.AtLine(7, 2);
        List<ValueProvenance> provenance =
        [
            new("/applications/newApplications/naturalPersons", location, "1234", "\"12 34\" → 12, 34", new CellInference("1234", ["R1", "R3 \"quoted\""])),
            new("/applications/newApplications/commercialEnterprises", location, "", null, new CellInference("", [])),
            new("/applications/newApplications/other", new SourceLocation(), "lone \uD800", "blank → 0"),
        ];

        foreach (var options in OptionSets)
        {
            var written = Written(options, 1, json =>
            {
                json.WriteStartObject();
                var text = ExtractionJsonWriter.ResultText.OfThisThread(options);
                json.WritePropertyName("provenance");
                text.Text.Reset();
                text.WriteProvenance(provenance, json.CurrentDepth);
                json.WriteRawValue(text.Text.Written, skipInputValidation: true);
                json.WritePropertyName("notes");
                text.Text.Reset();
                text.WriteNotes([], json.CurrentDepth);
                json.WriteRawValue(text.Text.Written, skipInputValidation: true);
                json.WriteEndObject();
            });
            var expected = Written(options, 1, json =>
            {
                json.WriteStartObject();
                BatchOutputEqualityTests.WriteProvenance(json, provenance);
                json.WriteStartArray("notes");
                json.WriteEndArray();
                json.WriteEndObject();
            });

            Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(written));
        }
    }

    // The result's text given to a writer as one raw value at the writer's depth: the writer puts a separator before a
    // raw value but not the line break and indentation of its depth.
    private static void WriteThroughText(Utf8JsonWriter json, ExtractionResult result)
    {
        var depth = json.CurrentDepth;
        var text = ExtractionJsonWriter.ResultText.OfThisThread(json.Options);
        text.Write(result, depth, lineFirst: depth > 0);
        json.WriteRawValue(text.Text.Written, skipInputValidation: true);
    }

    private static string[] SeedNames() => [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static byte[] Written(JsonWriterOptions options, int depth, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            for (var i = 0; i < depth; i++)
            {
                json.WriteStartArray();
            }

            write(json);
            for (var i = 0; i < depth; i++)
            {
                json.WriteEndArray();
            }
        }

        return buffer.WrittenSpan.ToArray();
    }
}
