using System;
using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using GovInfoReport.Cli.Output;
using GovInfoReport.Extraction.Documents;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>
/// The notes and provenance arrays are written as text (<see cref="JsonRunText"/>): every string must be the bytes
/// <see cref="Utf8JsonWriter"/> makes of it with the same options, for every kind of text, also when copied from its
/// last writing; lines must be the writer's line breaks and indentation.
/// </summary>
public sealed class JsonRunTextTests
{
    public static TheoryData<string> Texts() => new()
    {
        "value.blank-as-zero",
        "/applications/outcomes/notDisclosed/stateSecrets/naturalPersons",
        "空白单元格读作 0。",
        "blank → 0",
        "quoted \"行政规范性文件\" and a back\\slash",
        "line\nbreak\ttab\u0001control\u007F\u0085",
        "\u2028\uFFFF\uFDD0 \u0378 undefined and separators",
        "<html> & 'quotes' + `ticks`",
        "zero\u200Bwidth \uFEFF byte order mark",
        "emoji 😀 outside the basic plane",
        "lone \uD800 surrogate",
        "\uDC00",
        string.Empty,
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void EveryStringIsWrittenAsTheWriterWritesIt(string text)
    {
        var run = new JsonRunText(JsonFragments.Options);
        var last = new JsonRunText.LastWritten();
        var expected = WriterText(json => json.WriteStringValue(text));
        for (var sighting = 1; sighting <= 3; sighting++)
        {
            run.Reset();
            run.String(text);
            Assert.Equal(expected, Encoding.UTF8.GetString(run.Written));
            run.Reset();
            run.String(text, last);
            Assert.Equal(expected, Encoding.UTF8.GetString(run.Written));
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void ASharedStringIsWrittenAsTheWriterWritesItWhenFirstSeenAndWhenKept(string text)
    {
        var run = new JsonRunText(JsonFragments.Options);
        var expected = WriterText(json => json.WriteStringValue(text));
        for (var sighting = 1; sighting <= 3; sighting++)
        {
            run.Reset();
            run.Shared(text);
            Assert.Equal(expected, Encoding.UTF8.GetString(run.Written));
        }
    }

    [Fact]
    public void SharedStringsAndLocationsStayTheirOwnTextWhenTheyTakeEachOthersSlots()
    {
        // Far more instances than slots, equal texts in distinct instances, texts too long to keep, null: written in
        // rounds, so that later instances take the slots of earlier ones and every kind is written found and not found.
        var texts = new string?[6000];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = (i % 7) switch
            {
                0 => null,
                1 => new string('长', 60 + (i % 50)),
                2 => "/applications/outcomes/" + (i % 300),
                3 => new string("空白单元格读作 0。".AsSpan()),
                4 => "quoted \"" + i + "\"\n",
                _ => (i % 40).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        var locations = new SourceLocation[3000];
        for (var i = 0; i < locations.Length; i++)
        {
            locations[i] = i % 3 == 0 ? SourceLocation.AtLine(1 + (i % 2500)) : new SourceLocation(Line: i, Cell: i % 9);
        }

        // Kept only once old, as the layout's strings and the shared locations are.
        Age();
        var run = new JsonRunText(JsonFragments.Options);
        for (var round = 0; round < 3; round++)
        {
            foreach (var text in texts)
            {
                run.Reset();
                run.Shared(text);
                Assert.Equal(WriterText(json => json.WriteStringValue(text)), Encoding.UTF8.GetString(run.Written));
            }

            foreach (var location in locations)
            {
                run.Reset();
                run.Location(location);
                Assert.Equal(WriterText(json => json.WriteStringValue(location.ToString())), Encoding.UTF8.GetString(run.Written));
            }
        }
    }

    [Fact]
    public void AKeptTextIsFoundForItsOwnInstanceOnly()
    {
        var texts = new WrittenTexts();
        var pointer = new string("/applications/received".AsSpan());
        var text = Encoding.UTF8.GetBytes("\"/applications/received\"");

        // A young instance (a report's own) is not kept.
        texts.Keep(pointer, text);
        Assert.True(texts.Find(pointer).IsEmpty);

        var equal = new string(pointer.AsSpan());
        var location = new SourceLocation(Line: 3);
        var prose = new string('长', 200);
        Age();
        texts.Keep(pointer, text);
        Assert.Equal(text, texts.Find(pointer).ToArray());
        Assert.True(texts.Find(equal).IsEmpty);
        Assert.True(texts.Find(location).IsEmpty);
        texts.Keep(location, "\"line 3\""u8);
        Assert.Equal("\"line 3\""u8.ToArray(), texts.Find(location).ToArray());
        Assert.True(texts.Find(new SourceLocation(Line: 3)).IsEmpty);
        Assert.Equal(text, texts.Find(pointer).ToArray());

        // A literal (the layout's names, the codes) lies outside the collected generations and is kept at once.
        texts.Keep("blank → 0", "\"blank → 0\""u8);
        Assert.Equal("\"blank → 0\""u8.ToArray(), texts.Find("blank → 0").ToArray());

        // A text longer than a slot is left to be written anew.
        texts.Keep(prose, Encoding.UTF8.GetBytes("\"" + prose + "\""));
        Assert.True(texts.Find(prose).IsEmpty);
        GC.KeepAlive(equal);
    }

    [Fact]
    public void AlternatingEqualButDistinctAndNullStringsAreEachWrittenAsThemselves()
    {
        var run = new JsonRunText(JsonFragments.Options);
        var last = new JsonRunText.LastWritten();
        string?[] texts = ["空白单元格读作 0。", "空白单元格读作 0。", "A blank cell read as 0.", new string("空白单元格读作 0。".AsSpan()), null, null, "空白单元格读作 0。", "lone \uD800", "lone \uD800", "A blank cell read as 0.", new string('长', 400), new string('长', 400)];
        foreach (var text in texts)
        {
            run.Reset();
            run.String(text, last);
            Assert.Equal(WriterText(json => json.WriteStringValue(text)), Encoding.UTF8.GetString(run.Written));
        }
    }

    [Fact]
    public void LocationsAreTheirTextAsAJsonString()
    {
        var run = new JsonRunText(JsonFragments.Options);
        SourceLocation?[] locations = [new(Line: 14), new(Line: 3, Cell: 2), new(Page: 2, X: 56.25, Y: 701.04), new(), new(Line: int.MaxValue, Cell: int.MinValue, Page: 1, X: 1e300, Y: -1e300), null];
        foreach (var location in locations)
        {
            run.Reset();
            run.Location(location);
            Assert.Equal(WriterText(json => json.WriteStringValue(location?.ToString())), Encoding.UTF8.GetString(run.Written));
        }
    }

    [Theory]
    [InlineData(true, "\n", ' ', 2)]
    [InlineData(true, "\r\n", '\t', 1)]
    [InlineData(true, "\n", ' ', 4)]
    [InlineData(false, "\n", ' ', 2)]
    public void LinesAndPropertiesAreTheWritersAtEveryDepth(bool indented, string newLine, char indentCharacter, int indentSize)
    {
        var options = new JsonWriterOptions { Indented = indented, NewLine = newLine, IndentCharacter = indentCharacter, IndentSize = indentSize, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var name = JsonEncodedText.Encode("name", options.Encoder);
        for (var depth = 0; depth <= 20; depth++)
        {
            var buffer = new ArrayBufferWriter<byte>();
            var run = new JsonRunText(options);
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                for (var i = 0; i < depth; i++)
                {
                    json.WriteStartArray();
                }

                json.WriteStartObject();
                json.WritePropertyName("items");
                var d = json.CurrentDepth;

                // The text of [{"name": "a"}, {"name": "b"}] at the writer's depth, as the arrays of a result are made.
                run.Raw("["u8);
                foreach (var (item, first) in new[] { ("a", true), ("b", false) })
                {
                    run.Next(first, d + 1);
                    run.Raw("{"u8);
                    run.Line(d + 2);
                    run.Raw(JsonRunText.PropertyPrefix(options, name));
                    run.String(item);
                    run.Line(d + 1);
                    run.Raw("}"u8);
                }

                run.Line(d);
                run.Raw("]"u8);
                json.WriteRawValue(run.Written, skipInputValidation: true);
                json.WriteEndObject();
                for (var i = 0; i < depth; i++)
                {
                    json.WriteEndArray();
                }
            }

            var expected = new ArrayBufferWriter<byte>();
            using (var json = new Utf8JsonWriter(expected, options))
            {
                for (var i = 0; i < depth; i++)
                {
                    json.WriteStartArray();
                }

                json.WriteStartObject();
                json.WriteStartArray("items");
                foreach (var item in new[] { "a", "b" })
                {
                    json.WriteStartObject();
                    json.WriteString(name, item);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                for (var i = 0; i < depth; i++)
                {
                    json.WriteEndArray();
                }
            }

            Assert.Equal(Encoding.UTF8.GetString(expected.WrittenSpan), Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }

    [Fact]
    public void StringsWhoseEscapesAreAllAsciiAreEscapedHereAsTheWriterEscapesThemUnderEveryEncoder()
    {
        // Every ASCII character, alone and between Chinese text, and random mixtures with the characters encoders
        // escape outside ASCII (which the writer then escapes), long enough to grow the buffers.
        var random = new Random(20261128);
        var pieces = new[] { "政府信息公开", "line", "\n", "😀", "\u2028", "\uFFFF", "é", "\uD800", "\"", "\\", "<&>", "\u0001", "\t", "\u007F" };
        var texts = new System.Collections.Generic.List<string>();
        for (var c = 0; c < 128; c++)
        {
            texts.Add(((char)c).ToString());
            texts.Add($"本年{(char)c}新收{(char)c}{(char)c}");
        }

        for (var i = 0; i < 400; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 60); n > 0; n--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            texts.Add(text.ToString());
        }

        texts.Add(string.Concat(Enumerable.Repeat("第一段\n第二段“引号”与\"quotes\"。\r\n", 3000)));
        JavaScriptEncoder[] encoders = [JavaScriptEncoder.UnsafeRelaxedJsonEscaping, JavaScriptEncoder.Default, JavaScriptEncoder.Create(UnicodeRanges.All)];
        foreach (var encoder in encoders)
        {
            var run = new JsonRunText(new JsonWriterOptions { Encoder = encoder });
            foreach (var text in texts)
            {
                run.Reset();
                run.String(text);
                var buffer = new ArrayBufferWriter<byte>();
                using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
                {
                    json.WriteStringValue(text);
                }

                Assert.Equal(Encoding.UTF8.GetString(buffer.WrittenSpan), Encoding.UTF8.GetString(run.Written));
            }
        }

        // Prose with line breaks and quotes, the bulk of what needs escaping in a result, is not handed to the writer.
        var relaxed = new JsonRunText(JsonFragments.Options);
        relaxed.String("2022年，我局：\n（一）着力深化主动公开。\n\t“通知”与 \"quoted\" \\ path\r\u0001");
        relaxed.String("lone \uD800 surrogate");
        relaxed.String("separator \u2028 escaped outside ASCII");
        Assert.Equal(2, relaxed.EscapedByWriter);
    }

    [Fact]
    public void EveryKindOfNodeIsWrittenAsWriteToWritesItUnderAnyOptionsAtAnyDepth()
    {
        var parsed = JsonNode.Parse("""{"minusZero": -0, "fraction": 1.0, "exponent": 1e2, "big": 12345678901234567890, "text": "a\"b", "list": [1, {"x": null}, []], "nested": {"y": true}, "empty": {}}""")!.AsObject();
        var payload = new JsonObject
        {
            ["int"] = 7,
            ["negative"] = int.MinValue,
            ["long"] = 9_000_000_000L,
            ["decimal"] = 12.50m,
            ["decimalWhole"] = JsonValue.Create(0m),
            ["double"] = 0.1 + 0.2,
            ["float"] = 1.5f,
            ["string"] = "万元 \"引号\"\n\u0001😀",
            ["bool"] = false,
            ["null"] = null,
            ["array"] = new JsonArray(1, "two", null, new JsonObject { ["three"] = 3 }, new JsonArray()),
            ["名称 \"escaped\"\n"] = new JsonObject { ["amount"] = new JsonObject { ["value"] = 1.25m, ["unit"] = "yuan" } },
            ["empty"] = new JsonObject(),
            ["parsedValue"] = JsonNode.Parse("-0"),
            ["parsedObject"] = parsed,
            ["elementText"] = JsonValue.Create(JsonDocument.Parse("\"element \\u0022text\\u0022\"").RootElement),
        };

        JsonWriterOptions[] optionSets =
        [
            JsonFragments.Options,
            new() { Indented = true, NewLine = "\r\n", IndentCharacter = '\t', IndentSize = 1, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
            new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
        ];
        foreach (var options in optionSets)
        {
            var run = new JsonRunText(options);
            for (var depth = 0; depth <= 3; depth++)
            {
                var expected = Nested(options, depth, json => payload.WriteTo(json));
                var written = Nested(options, depth, json =>
                {
                    run.Reset();
                    run.Node(payload, json.CurrentDepth);
                    json.WriteRawValue(run.Written, skipInputValidation: true);
                });
                Assert.Equal(expected, written);
            }
        }
    }

    // Makes the instances alive now old (WrittenTexts keeps only those).
    private static void Age()
    {
        GC.Collect();
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    private static string Nested(JsonWriterOptions options, int depth, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            for (var i = 0; i < depth; i++)
            {
                json.WriteStartArray();
            }

            // As a result's payload is written: the value of a property.
            json.WriteStartObject();
            json.WritePropertyName("payload");
            write(json);
            json.WriteEndObject();
            for (var i = 0; i < depth; i++)
            {
                json.WriteEndArray();
            }
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string WriterText(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonFragments.Options))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
