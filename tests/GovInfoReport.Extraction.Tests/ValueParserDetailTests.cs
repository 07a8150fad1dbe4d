using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// What <see cref="ValueParser"/> reports besides kind and number: sign, sign word, reformatting, and the edges between
/// number, unreadable and text. Each case was a mutant Stryker.NET left alive (docs/testing.md): behaviour the
/// normalisation tests read past.
/// </summary>
public sealed class ValueParserDetailTests
{
    [Theory]
    [InlineData("０", 0)]
    [InlineData("９", 9)]
    [InlineData("１２", 12)]
    public void Full_width_digits_are_read_and_marked_reformatted(string raw, int number)
    {
        var parsed = ValueParser.Parse(raw);

        Assert.Equal(CellKind.Number, parsed.Kind);
        Assert.Equal(number, parsed.Number);
        Assert.True(parsed.Reformatted);
    }

    [Fact]
    public void Thousands_separators_mark_the_value_reformatted()
    {
        var parsed = ValueParser.Parse("15,166");

        Assert.Equal(15166, parsed.Number);
        Assert.True(parsed.Reformatted);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("+5")]
    public void A_plain_number_is_neither_reformatted_nor_signed_by_word(string raw)
    {
        var parsed = ValueParser.Parse(raw);

        Assert.Equal(CellKind.Number, parsed.Kind);
        Assert.False(parsed.Reformatted);
        Assert.False(parsed.SignWord);
    }

    [Theory]
    [InlineData("−5")] // U+2212 MINUS SIGN
    [InlineData("－5")] // FULLWIDTH HYPHEN-MINUS
    [InlineData("—5")] // EM DASH
    [InlineData("–5")] // EN DASH
    public void Every_printed_minus_makes_the_number_negative(string raw)
    {
        var parsed = ValueParser.Parse(raw);

        Assert.Equal(CellKind.Number, parsed.Kind);
        Assert.Equal(-5, parsed.Number);
        Assert.Equal('-', parsed.Sign);
        Assert.False(parsed.SignWord);
    }

    [Theory]
    [InlineData("增3", 3, '+')]
    [InlineData("增加3", 3, '+')]
    [InlineData("减4", -4, '-')]
    [InlineData("减少4", -4, '-')]
    public void A_sign_word_gives_the_sign_and_is_recorded_as_a_word(string raw, int number, char sign)
    {
        var parsed = ValueParser.Parse(raw);

        Assert.Equal(number, parsed.Number);
        Assert.Equal(sign, parsed.Sign);
        Assert.True(parsed.SignWord);
    }

    [Theory]
    [InlineData("无")]
    [InlineData("無")]
    [InlineData("-")]
    [InlineData("--")]
    [InlineData("/")]
    [InlineData("／")]
    [InlineData("—")]
    [InlineData("——")]
    [InlineData("–")]
    [InlineData("―")]
    [InlineData("－")]
    [InlineData("−")]
    [InlineData("_")]
    [InlineData("\\")]
    public void Every_mark_for_nothing_is_a_dash(string raw)
    {
        var parsed = ValueParser.Parse(raw);

        Assert.Equal(CellKind.Dash, parsed.Kind);
        Assert.False(parsed.Reformatted);
        Assert.False(parsed.SignWord);
    }

    [Theory]
    [InlineData("")]
    [InlineData("15,16")]
    [InlineData("???")]
    [InlineData("行政许可")]
    public void Cells_without_a_number_carry_no_sign_word_and_no_reformatting(string raw)
    {
        var parsed = ValueParser.Parse(raw);

        Assert.Null(parsed.Sign);
        Assert.False(parsed.SignWord);
        Assert.False(parsed.Reformatted);
    }

    [Fact]
    public void Twenty_characters_can_still_be_a_value_cell_twenty_one_cannot()
    {
        Assert.Equal(CellKind.Unreadable, ValueParser.Parse(new string('?', 20)).Kind);
        Assert.Equal(CellKind.Text, ValueParser.Parse(new string('?', 21)).Kind);
    }

    [Theory]
    [InlineData("0年")] // a digit and one ideograph: a garbled value, not a label
    [InlineData("9年")]
    [InlineData("约5万")] // 约 and 万 are value words, not label text
    [InlineData("1ab")] // Latin letters are not ideographs
    public void A_digit_with_at_most_one_label_ideograph_is_unreadable_not_text(string raw)
    {
        Assert.Equal(CellKind.Unreadable, ValueParser.Parse(raw).Kind);
    }

    [Fact]
    public void A_digit_between_two_label_ideographs_is_text()
    {
        Assert.Equal(CellKind.Text, ValueParser.Parse("第1页").Kind);
    }
}
