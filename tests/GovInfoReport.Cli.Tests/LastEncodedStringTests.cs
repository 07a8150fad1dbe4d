using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using GovInfoReport.Cli.Output;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>
/// A string that repeats in a field is written from its encoded form from its second sighting on; the bytes must be
/// those the writer makes of the string itself, on every sighting, for every kind of text.
/// </summary>
public sealed class LastEncodedStringTests
{
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("value");

    public static TheoryData<string> Texts() => new()
    {
        "value.blank-as-zero",
        "空白单元格读作 0。",
        "blank → 0",
        "quoted \"行政规范性文件\" and a back\\slash",
        "line\nbreak\ttab\u0001control",
        "\u2028\uFFFF\uFDD0 \u0378 undefined and separators",
        "emoji 😀 outside the basic plane",
        "lone \uD800 surrogate",
        "\uDC00",
        string.Empty,
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void EverySightingIsWrittenAsTheWriterWritesTheString(string text)
    {
        var field = new LastEncodedString();
        var expected = Written(json => json.WriteString(Name, text));
        for (var sighting = 1; sighting <= 4; sighting++)
        {
            Assert.Equal(expected, Written(json => field.Write(json, Name, text)));
        }
    }

    [Fact]
    public void AlternatingAndEqualButDistinctStringsAreEachWrittenAsThemselves()
    {
        var field = new LastEncodedString();
        string[] texts = ["空白单元格读作 0。", "空白单元格读作 0。", "A blank cell read as 0.", new string("空白单元格读作 0。".AsSpan()), "空白单元格读作 0。", "lone \uD800", "lone \uD800", "A blank cell read as 0."];
        foreach (var text in texts)
        {
            Assert.Equal(Written(json => json.WriteString(Name, text)), Written(json => field.Write(json, Name, text)));
        }
    }

    [Fact]
    public void NullIsWrittenAsNullAndDoesNotDisturbARun()
    {
        var field = new LastEncodedString();
        const string text = "blank → 0";
        string?[] values = [text, text, null, text];
        foreach (var value in values)
        {
            Assert.Equal(Written(json => json.WriteString(Name, value)), Written(json => field.Write(json, Name, value)));
        }
    }

    private static string Written(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonFragments.Options))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
