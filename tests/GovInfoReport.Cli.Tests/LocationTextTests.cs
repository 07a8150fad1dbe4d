using System;
using System.Text;
using System.Text.Json;
using GovInfoReport.Cli.Output;
using GovInfoReport.Extraction.Documents;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>
/// The CLI writes locations without building strings (<see cref="JsonRunText.Location"/>, formatted on the stack, kept
/// for shared instances); the text must stay what <see cref="SourceLocation.ToString"/> says.
/// </summary>
public sealed class LocationTextTests
{
    private readonly JsonRunText _run = new(JsonFragments.Options);

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
    public void TheTextIsToStringsOverManyValuesFreshAndKept()
    {
        var random = new Random(20261128);
        int[] edges = [0, 1, 9, 10, 99, 100, -1, -10, 1_000_000, int.MaxValue, int.MinValue];
        double[] points = [0, 0.05, 0.04999, 0.95, 0.96, -0.04, -0.05, 1e15, 1.5e-7, -123.456, 841.89, double.NaN, double.PositiveInfinity];
        var run = new JsonRunText(JsonFragments.Options);
        for (var i = 0; i < 20_000; i++)
        {
            var mask = random.Next(1 << 9);
            int? Number(int bit) => (mask & (1 << bit)) == 0 ? null : random.Next(4) == 0 ? edges[random.Next(edges.Length)] : random.Next(1, 5000);
            double Coordinate() => random.Next(3) == 0 ? points[random.Next(points.Length)] : Math.Round((random.NextDouble() - 0.1) * 900, random.Next(4));
            var location = new SourceLocation(
                Line: Number(0),
                Cell: Number(1),
                Table: Number(2),
                Row: Number(3),
                Column: Number(4),
                Paragraph: Number(5),
                Page: Number(6),
                X: (mask & (1 << 7)) != 0 ? Coordinate() : null,
                Y: (mask & (1 << 8)) != 0 ? Coordinate() : null);

            Assert.Equal(location.ToString(), Written(location));
            run.Reset();
            run.Location(location);
            run.Location(location);
            Assert.Equal($"\"{location}\"\"{location}\"", Encoding.UTF8.GetString(run.Written));
        }
    }

    [Fact]
    public void ADestinationTooShortIsRefusedAtEveryLength()
    {
        // The text is formatted on the stack and falls back to ToString when the formatter refuses: it must refuse, not cut.
        var location = new SourceLocation(Line: 12, Cell: 3, Table: 1, Row: 40, Column: 7, Paragraph: 118, Page: 2, X: 56.25, Y: 701.04);
        var text = location.ToString();
        for (var room = 0; room < text.Length; room++)
        {
            Assert.False(location.TryFormat(new char[room], out _));
        }

        Assert.True(location.TryFormat(new char[text.Length], out var length));
        Assert.Equal(text.Length, length);
    }

    [Fact]
    public void ALocationIsItsTextAsAStringAndNoLocationIsNull()
    {
        // A location is ASCII, so its JSON string is its text between quotes.
        var run = new JsonRunText(JsonFragments.Options);
        run.Location(new SourceLocation(Page: 3, Line: 14, X: 56.25, Y: 701.04));
        run.Location(null);
        Assert.Equal("\"page 3, line 14, at (56.3, 701) pt\"null", Encoding.UTF8.GetString(run.Written));
    }

    private static int? Part(int mask, int bit, int value) => (mask & (1 << bit)) != 0 ? value : null;

    private string Written(SourceLocation location)
    {
        _run.Reset();
        _run.Location(location);
        return JsonDocument.Parse(_run.Written.ToArray()).RootElement.GetString()!;
    }
}
