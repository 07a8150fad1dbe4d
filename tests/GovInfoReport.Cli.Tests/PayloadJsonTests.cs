using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovInfoReport.Cli.Output;
using GovInfoReport.Extraction;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>
/// extract writes the payload with its own walk of the tree (names from <see cref="RecentEncodedStrings"/>, numbers
/// written directly); the bytes must be those <see cref="JsonNode.WriteTo"/> writes, for the extractor's payloads and
/// for every kind of node.
/// </summary>
public sealed class PayloadJsonTests
{
    [Fact]
    public void TheDocumentsPayloadsAreWrittenAsWriteToWritesThem()
    {
        var recent = new RecentEncodedStrings();
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds")).Order(StringComparer.Ordinal).ToArray();
        var payloads = 0;
        foreach (var file in files)
        {
            if (ReportExtractor.ExtractBytes(File.ReadAllBytes(file), file).Payload is not { } payload)
            {
                continue;
            }

            payloads++;

            // Twice: the second time the schema's names are written from their encoded form.
            for (var pass = 0; pass < 2; pass++)
            {
                Assert.Equal(Written(json => payload.WriteTo(json)), Written(json => PayloadJson.Write(json, payload, recent)));
            }
        }

        Assert.True(payloads >= 3, $"{payloads} payloads");
    }

    [Fact]
    public void EveryKindOfNodeIsWrittenAsWriteToWritesIt()
    {
        var parsed = JsonNode.Parse("""{"minusZero": -0, "fraction": 1.0, "exponent": 1e2, "big": 12345678901234567890, "text": "a\"b", "list": [1, {"x": null}], "nested": {"y": true}}""")!.AsObject();
        var payload = new JsonObject
        {
            ["int"] = 7,
            ["negative"] = -2147483648,
            ["long"] = 9_000_000_000L,
            ["decimal"] = 12.50m,
            ["decimalWhole"] = JsonValue.Create(0m),
            ["double"] = 0.1 + 0.2,
            ["float"] = 1.5f,
            ["string"] = "万元 \"引号\"\n\u0001😀",
            ["bool"] = false,
            ["null"] = null,
            ["array"] = new JsonArray(1, "two", null, new JsonObject { ["three"] = 3 }),
            ["名称 \"escaped\"\n"] = new JsonObject { ["amount"] = new JsonObject { ["value"] = 1.25m, ["unit"] = "yuan" } },
            ["empty"] = new JsonObject(),
            ["parsedValue"] = JsonNode.Parse("-0"),
            ["parsedObject"] = parsed,
        };

        var recent = new RecentEncodedStrings();
        for (var pass = 0; pass < 2; pass++)
        {
            Assert.Equal(Written(json => payload.WriteTo(json)), Written(json => PayloadJson.Write(json, payload, recent)));
        }
    }

    private static string Written(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonFragments.Options))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
