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
/// A result's notes and provenance arrays are written as text (<see cref="ExtractionJsonWriter.RunArrays"/>) and
/// given to the writer raw: the whole result must read as the writer itself would have written it, under any options
/// and at any depth, and the arrays must really be written that way.
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
                var written = Written(options, depth, json => ExtractionJsonWriter.Write(json, result));

                // The same tree written by the writer token by token: line breaks, indentation, separators and escaping.
                var tree = JsonNode.Parse(written)!;
                Assert.Equal(Encoding.UTF8.GetString(written), Encoding.UTF8.GetString(Written(options, 0, json => tree.WriteTo(json))));
            }
        }
    }

    [Fact]
    public void TheArraysAndThePayloadAreWrittenAsTextAndHoldEveryValue()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Seeds", SeedNames()[0]);
        var result = ReportExtractor.ExtractBytes(File.ReadAllBytes(path), path);
        Assert.NotEmpty(result.Provenance);
        Assert.NotEmpty(result.Notes);
        var runs = ExtractionJsonWriter.RunArrays.OfThisThread(JsonFragments.Options);
        var before = runs.Written;
        var written = Encoding.UTF8.GetString(Written(JsonFragments.Options, 1, json => ExtractionJsonWriter.Write(json, result)));

        // Notes, provenance and payload went through the text; the payload, last, is in the output as it is.
        Assert.Equal(before + 3, runs.Written);
        var text = Encoding.UTF8.GetString(runs.Text.Written);
        Assert.EndsWith("\"payload\": " + text + "\n  }\n]", written, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(result.Payload, JsonNode.Parse(text)));

        var output = JsonNode.Parse(written)![0]!;
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
                json.WritePropertyName("provenance");
                ExtractionJsonWriter.RunArrays.OfThisThread(options).WriteProvenance(json, provenance);
                json.WritePropertyName("notes");
                ExtractionJsonWriter.RunArrays.OfThisThread(options).WriteNotes(json, []);
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
