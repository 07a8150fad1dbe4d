using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GovInfoReport.Schema.Templates.V2021;
using GovInfoReport.Schema.Tests.Runtime;
using Xunit;

namespace GovInfoReport.Schema.Tests.Json;

/// <summary>
/// The converter decodes escaped strings itself (issue 14, typed path): one pass from <c>\uXXXX</c> to UTF-16
/// instead of <see cref="Utf8JsonReader.GetString"/>'s unescape-to-UTF-8-then-transcode. It must decide exactly as
/// the reader does: the same string for text, and a <see cref="JsonException"/> for what the reader would refuse
/// (invalid UTF-8, an escaped lone surrogate).
/// </summary>
public sealed class ConverterStringDecodingTests
{
    private const string Marker = "河北省机关事务管理局";

    public static TheoryData<string> Bodies => new(
        "\\uD83D\\uDE00",
        "\\ud83d\\ude00 lower-case hex",
        "\\uD83D",
        "end \\uD83D",
        "\\uDE00 a low half first",
        "\\uD83Dx",
        "\\uD83D\\u0041",
        "\\uD83D\\uD83D\\uDE00",
        "😀\\uDE00",
        "\\uD83D😀",
        "\\u0000 \\u001F \\uFFFF \\uFEFF",
        "a\\\\u0041 an escaped backslash, then text",
        "\\/\\b\\f\\n\\r\\t\\\"\\\\",
        "河北 raw and \\u5317 escaped, é, 😀",
        "\\n");

    [Theory]
    [MemberData(nameof(Bodies))]
    public void EachEscapedStringDecodesAsTheReaderDecidesIt(string body)
        => AssertDecodesAsTheReader(Encoding.UTF8.GetBytes(body));

    [Fact]
    public void LongEscapedStringsDecodeAsTheReaderDecidesThem()
    {
        // Past 512 bytes the decoder works in a rented buffer: a lone half at its very end is found there too.
        var prose = new StringBuilder();
        for (var i = 0; i < 400; i++)
        {
            prose.Append("\\u").Append((0x4E00 + i).ToString("X4", CultureInfo.InvariantCulture));
        }

        var text = prose.ToString();
        AssertDecodesAsTheReader(Encoding.UTF8.GetBytes(text));
        AssertDecodesAsTheReader(Encoding.UTF8.GetBytes(text + "\\uD800"));
        AssertDecodesAsTheReader(Encoding.UTF8.GetBytes("\\uDC00" + text));
        AssertDecodesAsTheReader(Encoding.UTF8.GetBytes(text + "\\uD83D\\uDE00"));
    }

    [Fact]
    public void InvalidUtf8BetweenEscapesIsAJsonException()
    {
        // Raw bytes in an escaped string are transcoded by the decoder, not the reader: it must refuse them too.
        byte[][] bodies =
        [
            [.. "\\u6CB3"u8, 0xFF, .. "\\u5317"u8],
            [.. "\\u6CB3"u8, 0xE6, 0xB2], // a truncated sequence just before the closing quote
            [.. "\\u6CB3"u8, 0xE6, 0xB2, .. "\\u5317"u8], // … and just before an escape
            [.. "\\u6CB3"u8, 0xED, 0xA0, 0x80], // a surrogate encoded in UTF-8 is not UTF-8
            [.. "\\u6CB3"u8, 0xC0, 0xAF], // an overlong form
        ];

        foreach (var body in bodies)
        {
            Assert.Null(ReaderDecode(body));
            var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(PayloadWith(body), Report2021JsonContext.Default.Report2021));
            Assert.Contains("not valid Unicode", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RandomEscapedStringsDecodeAsTheReaderDecidesThem()
    {
        // Pieces chosen to meet at every boundary: raw runs of each UTF-8 width, every escape, halves of pairs alone and together.
        string[] pieces =
        [
            "a", "9", " ", "河", "é", "😀", "\\n", "\\t", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\r",
            "\\u6CB3", "\\u00e9", "\\u0041", "\\u0000", "\\uD83D", "\\uDE00", "\\udbff", "\\udfff", "\\uD83D\\uDE00",
        ];
        var random = new Random(20261127);
        var refused = 0;
        for (var i = 0; i < 400; i++)
        {
            var body = new StringBuilder();
            var count = random.Next(1, 12);
            for (var p = 0; p < count; p++)
            {
                body.Append(pieces[random.Next(pieces.Length)]);
            }

            refused += AssertDecodesAsTheReader(Encoding.UTF8.GetBytes(body.ToString())) ? 0 : 1;
        }

        // Both outcomes were exercised, so the comparison above could have failed either way.
        Assert.InRange(refused, 40, 360);
    }

    // Returns whether the body was text.
    private static bool AssertDecodesAsTheReader(byte[] body)
    {
        var expected = ReaderDecode(body);
        var payload = PayloadWith(body);
        if (expected is null)
        {
            var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(payload, Report2021JsonContext.Default.Report2021));
            Assert.Contains("not valid Unicode", exception.Message, StringComparison.Ordinal);
            return false;
        }

        Assert.Equal(expected, JsonSerializer.Deserialize(payload, Report2021JsonContext.Default.Report2021)!.AgencyName);
        return true;
    }

    // What System.Text.Json's own reader makes of the string, or null when it refuses it.
    private static string? ReaderDecode(byte[] body)
    {
        var json = new List<byte>(body.Length + 2) { (byte)'"' };
        json.AddRange(body);
        json.Add((byte)'"');
        var reader = new Utf8JsonReader(json.ToArray());
        Assert.True(reader.Read());
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static byte[] PayloadWith(byte[] agencyNameBody)
    {
        var text = Payload.Text(Payload.Fixture(Payload.CleanFixture));
        var bytes = Encoding.UTF8.GetBytes(text);
        var marker = Encoding.UTF8.GetBytes("\"" + Marker + "\"");
        var at = bytes.AsSpan().IndexOf(marker);
        Assert.True(at >= 0);
        return [.. bytes.AsSpan(0, at + 1), .. agencyNameBody, .. bytes.AsSpan(at + marker.Length - 1)];
    }
}
