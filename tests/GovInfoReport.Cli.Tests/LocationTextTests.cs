using System;
using System.IO;
using System.Text;
using System.Text.Json;
using GovInfoReport.Cli.Output;
using GovInfoReport.Extraction.Documents;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>The CLI writes locations without building strings; the text must stay what <see cref="SourceLocation.ToString"/> says.</summary>
public sealed class LocationTextTests
{
    [Theory]
    [InlineData(3.0, 7.0)]
    [InlineData(56.25, 701.04)]
    [InlineData(0.04, -12.96)]
    [InlineData(123456.75, 0.5)]
    public void EveryCombinationOfPartsReadsAsToString(double x, double y)
    {
        for (var mask = 0; mask < 1 << 9; mask++)
        {
            var location = new SourceLocation(
                Line: Part(mask, 0, 12),
                Cell: Part(mask, 1, 3),
                Table: Part(mask, 2, 1),
                Row: Part(mask, 3, 40),
                Column: Part(mask, 4, 7),
                Paragraph: Part(mask, 5, 118),
                Page: Part(mask, 6, 2),
                X: (mask & (1 << 7)) != 0 ? x : null,
                Y: (mask & (1 << 8)) != 0 ? y : null);

            Assert.Equal(location.ToString(), Written(location));
        }
    }

    [Fact]
    public void ExtremeValuesThatDoNotFitTheStackBufferFallBackToToString()
    {
        var location = new SourceLocation(Line: int.MaxValue, Cell: int.MinValue, Page: 1, X: 1e300, Y: -1e300);

        Assert.False(location.TryFormat(new char[160], out _));
        Assert.Equal(location.ToString(), Written(location));
    }

    [Fact]
    public void NoLocationIsNull()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            LocationText.Write(writer, JsonEncodedText.Encode("location"), null);
            writer.WriteEndObject();
        }

        Assert.Equal("{\"location\":null}", Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static int? Part(int mask, int bit, int value) => (mask & (1 << bit)) != 0 ? value : null;

    private static string Written(SourceLocation location)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonFragments.Options))
        {
            writer.WriteStartObject();
            LocationText.Write(writer, JsonEncodedText.Encode("location"), location);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.GetProperty("location").GetString()!;
    }
}
