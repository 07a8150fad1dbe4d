using System.Linq;
using GovInfoReport.Extraction.Values;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// Edges of <see cref="ValueParser"/> that the second Stryker.NET run (after <see cref="ValueParserDetailTests"/>)
/// still found untested: the full-width sign, point and comma, the flags of a long text cell, Latin text, unit
/// ideographs in an unreadable value, and the two derived properties the table readers rely on (docs/testing.md).
/// </summary>
public sealed class ValueParserEdgeTests
{
    [Fact]
    public void A_full_width_plus_is_a_plus_sign()
    {
        var parsed = ValueParser.Parse("＋3");

        Assert.Equal(CellKind.Number, parsed.Kind);
        Assert.Equal(3, parsed.Number);
        Assert.Equal('+', parsed.Sign);
    }

    [Fact]
    public void A_full_width_point_is_a_decimal_point_and_marks_the_value_reformatted()
    {
        var parsed = ValueParser.Parse("3．5");

        Assert.Equal(CellKind.Number, parsed.Kind);
        Assert.Equal(3.5m, parsed.Number);
        Assert.True(parsed.Reformatted);
    }

    [Theory]
    [InlineData("1，024")] // FULLWIDTH COMMA
    [InlineData("1﹐024")] // SMALL COMMA
    public void A_full_width_or_small_comma_is_a_thousands_separator(string raw)
    {
        var parsed = ValueParser.Parse(raw);

        Assert.Equal(CellKind.Number, parsed.Kind);
        Assert.Equal(1024, parsed.Number);
        Assert.True(parsed.Reformatted);
    }

    [Fact]
    public void A_text_cell_longer_than_a_value_reports_no_reformatting_or_sign_word()
    {
        // 21 full-width digits: reformatted while cleaning, but as text the cell has no value whose format could be noted.
        var parsed = ValueParser.Parse(new string('１', 21));

        Assert.Equal(CellKind.Text, parsed.Kind);
        Assert.False(parsed.Reformatted);
        Assert.False(parsed.SignWord);
        Assert.Null(parsed.Sign);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("N/A")]
    public void Latin_text_without_digits_is_text_not_an_unreadable_value(string raw)
        => Assert.Equal(CellKind.Text, ValueParser.Parse(raw).Kind);

    [Theory]
    [InlineData("1万万")] // 万 is a unit ideograph: it does not make a value-looking cell a label
    [InlineData("万元?")]
    public void Unit_ideographs_do_not_turn_a_value_looking_cell_into_text(string raw)
        => Assert.Equal(CellKind.Unreadable, ValueParser.Parse(raw).Kind);

    [Theory]
    [InlineData("3", true)]
    [InlineData("无", true)]
    [InlineData("", true)]
    [InlineData("3?", true)]
    [InlineData("规范性文件", false)]
    public void Only_text_is_not_value_like(string raw, bool valueLike)
        => Assert.Equal(valueLike, ValueParser.Parse(raw).IsValueLike);

    [Theory]
    [InlineData("3.5", true)]
    [InlineData("-0.5", true)]
    [InlineData("3", false)]
    [InlineData("3.0", false)]
    [InlineData("-7", false)]
    public void A_number_is_fractional_exactly_when_it_has_a_non_zero_decimal_part(string raw, bool fractional)
        => Assert.Equal(fractional, ValueParser.Parse(raw).IsFractional);

    [Fact]
    public void The_shared_parse_of_plain_counts_is_the_full_parse()
    {
        // Every count the shortcut may take, twice (the second from the shared table), and texts next to its edges
        // that it must leave to the full parse.
        string[] edges = ["07", "00", "1000", "９", "７", " 7", "7 ", "-0", "+5", "5.0", "1,000", "", "a1"];
        foreach (var text in System.Linq.Enumerable.Range(0, 1000).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Concat(edges))
        {
            var full = ValueParser.ParseInFull(text);
            Assert.Equal(full, ValueParser.Parse(text));
            Assert.Equal(full, ValueParser.Parse(new string(System.MemoryExtensions.AsSpan(text))));
        }

        Assert.Null(PlainCounts.TryGet("07"));
        Assert.NotNull(PlainCounts.TryGet("999"));
    }
}
