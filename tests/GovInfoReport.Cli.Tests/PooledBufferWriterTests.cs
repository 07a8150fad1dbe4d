using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovInfoReport.Cli.Buffers;
using GovInfoReport.Cli.Output;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>The pooled buffers results are rendered into.</summary>
public sealed class PooledBufferWriterTests
{
    [Fact]
    public void GrowingHandsOutSpaceInTheNewBufferAndKeepsWhatWasWritten()
    {
        // A defect found while writing it: the span came from the buffer just returned to the pool.
        var writer = new PooledBufferWriter(256);
        "head"u8.CopyTo(writer.GetSpan(4));
        writer.Advance(4);
        var span = writer.GetSpan(100_000);
        Assert.True(span.Length >= 100_000);
        span[..100_000].Fill((byte)'x');
        writer.Advance(100_000);

        var bytes = writer.WrittenSpan;
        Assert.Equal(100_004, bytes.Length);
        Assert.True(bytes.StartsWith("head"u8));
        Assert.Equal(100_000, bytes[4..].Count((byte)'x'));
    }

    [Fact]
    public void AJsonPieceLargerThanTheFirstBufferIsWhole()
    {
        var text = string.Concat(Enumerable.Repeat("政府信息公开 \"quoted\" ", 20_000));
        using var piece = JsonFragments.Write(1, text, static (writer, value) =>
        {
            writer.WriteStartObject();
            writer.WriteString("text", value);
            writer.WriteEndObject();
        });

        // Depth 1: every line after the first indented by two spaces, no line break before the value.
        var json = Encoding.UTF8.GetString(piece.Span);
        Assert.StartsWith("{\n    \"text\": \"政府信息公开 \\\"quoted\\\"", json, StringComparison.Ordinal);
        Assert.EndsWith("\n  }", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(text, document.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void PiecesAreCopiedOutOfTheThreadsBufferSoTheyOutliveTheNextOne()
    {
        using var first = JsonFragments.Write(0, "first", static (writer, value) => writer.WriteStringValue(value));
        using var second = JsonFragments.Write(0, "second", static (writer, value) => writer.WriteStringValue(value));

        Assert.Equal("\"first\"", Encoding.UTF8.GetString(first.Span));
        Assert.Equal("\"second\"", Encoding.UTF8.GetString(second.Span));
    }

    [Fact]
    public void APieceOfNoValuesIsEmpty()
    {
        using var piece = JsonFragments.Write(4, 0, static (_, _) => { });

        Assert.Equal(0, piece.Length);
    }
}
