using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using GovInfoReport.Cli.Output;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>
/// A string that repeats is written from its encoded form from its second sighting on; the bytes must be those the
/// writer makes of the string itself, on every sighting, for every kind of text, and a repeated string must be taken
/// from the table (else the table is bypassed and saves nothing).
/// </summary>
public sealed class RecentEncodedStringsTests
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
        var field = new RecentEncodedStrings();
        var expected = Written(json => json.WriteString(Name, text));
        for (var sighting = 1; sighting <= 4; sighting++)
        {
            Assert.Equal(expected, Written(json => field.Write(json, Name, text)));
        }
    }

    [Fact]
    public void AlternatingAndEqualButDistinctStringsAreEachWrittenAsThemselves()
    {
        var field = new RecentEncodedStrings();
        string[] texts = ["空白单元格读作 0。", "空白单元格读作 0。", "A blank cell read as 0.", new string("空白单元格读作 0。".AsSpan()), "空白单元格读作 0。", "lone \uD800", "lone \uD800", "A blank cell read as 0."];
        foreach (var text in texts)
        {
            Assert.Equal(Written(json => json.WriteString(Name, text)), Written(json => field.Write(json, Name, text)));
        }
    }

    [Fact]
    public void NullIsWrittenAsNullAndDoesNotDisturbARun()
    {
        var field = new RecentEncodedStrings();
        const string text = "blank → 0";
        string?[] values = [text, text, null, text];
        foreach (var value in values)
        {
            Assert.Equal(Written(json => json.WriteString(Name, value)), Written(json => field.Write(json, Name, value)));
        }
    }

    [Fact]
    public void AStringSeenTwiceIsHeldEncodedAndATextSeenOnceIsNot()
    {
        var recent = new RecentEncodedStrings();
        var pointer = "/applications/outcomes/notDisclosed/stateSecrets/naturalPersons";
        var once = new string(pointer.AsSpan());

        _ = Written(json => recent.Write(json, Name, pointer));
        Assert.False(recent.IsEncoded(pointer));
        _ = Written(json => recent.Write(json, Name, pointer));
        Assert.True(recent.IsEncoded(pointer));

        // Equal text in another instance is another string to the table: it is not taken for the encoded one.
        Assert.False(recent.IsEncoded(once));
        Assert.False(recent.IsEncoded("lone \uD800"));
    }

    [Fact]
    public void ThousandsOfStringsInRotationAreEachWrittenAsThemselvesAndMostAreHeld()
    {
        var recent = new RecentEncodedStrings();
        var texts = new string[400];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = i % 3 == 0 ? $"/applications/outcomes/row{i}/naturalPersons" : i % 3 == 1 ? $"第{i}行 \"引号\"\n换行" : $"blank → {i}";
        }

        for (var round = 0; round < 3; round++)
        {
            foreach (var text in texts)
            {
                Assert.Equal(Written(json => json.WriteString(Name, text)), Written(json => recent.Write(json, Name, text)));
                Assert.Equal(Written(json => { json.WritePropertyName(text); json.WriteNullValue(); }), Written(json => { recent.WritePropertyName(json, text); json.WriteNullValue(); }));
            }
        }

        // Strings that share a slot push each other out; the rest (in a table five times their number) are held.
        var held = 0;
        foreach (var text in texts)
        {
            held += recent.IsEncoded(text) ? 1 : 0;
        }

        Assert.True(held >= texts.Length * 3 / 4, $"{held} of {texts.Length} held");
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
