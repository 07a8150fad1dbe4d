using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GovInfoReport.Extraction.Tables;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// <see cref="Labels.SplitPrefix"/> scans a label's numbering by hand (it runs on every label cell; the regex it replaced
/// allocated a match and its groups per cell). The regex is kept here as the specification: every string of up to four
/// characters over an alphabet of numerals, brackets, separators, ideographs and other digits splits the same way.
/// </summary>
public sealed class NumberingPrefixTests
{
    private static readonly Regex Specification = new(
        @"^(?:(?<cn>[一二三四五六七八九十])[、.,:：]|\((?<pn>[一二三四五六七八九十]{1,2})\)|(?<an>[0-9]{1,2})(?:[.、,:：]|(?=[\u4E00-\u9FFF])))",
        RegexOptions.CultureInvariant);

    private const string Alphabet = "一十二九(),.、：:19规a꧑）";

    [Fact]
    public void Every_short_label_splits_as_the_numbering_pattern_says()
    {
        var checkedCount = 0;
        foreach (var text in Strings(4))
        {
            var expected = Expected(text, out var expectedKind, out var expectedNumber);
            var actual = Labels.SplitPrefix(text, out var kind, out var number);
            Assert.True(expected == actual && expectedKind == kind && expectedNumber == number,
                $"\"{text}\": expected (\"{expected}\", {expectedKind}, {expectedNumber}), got (\"{actual}\", {kind}, {number})");
            checkedCount++;
        }

        Assert.True(checkedCount > 50_000, checkedCount.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("（十一）其他", "其他", "Paren", 11)]
    [InlineData("(十一)其他", "其他", "Paren", 11)]
    [InlineData("(二十)其他", "其他", "Paren", 20)]
    [InlineData("三、本年度办理结果", "本年度办理结果", "Chinese", 3)]
    [InlineData("12.其他", "其他", "Arabic", 12)]
    [InlineData("1属于国家秘密", "属于国家秘密", "Arabic", 1)]
    [InlineData("123、其他", "123、其他", "None", 0)]
    [InlineData("(一其他", "(一其他", "None", 0)]
    public void Printed_numberings_split_as_expected(string label, string rest, string kind, int number)
    {
        // Labels arrive normalised (full-width brackets folded), as the table reader passes them.
        var normalized = label.Replace('（', '(').Replace('）', ')');

        Assert.Equal(rest.Replace('（', '(').Replace('）', ')'), Labels.SplitPrefix(normalized, out var actualKind, out var actualNumber));
        Assert.Equal(kind, actualKind.ToString());
        Assert.Equal(number, actualNumber);
    }

    private static string Expected(string text, out PrefixKind kind, out int number)
    {
        var match = Specification.Match(text);
        if (!match.Success)
        {
            kind = PrefixKind.None;
            number = 0;
            return text;
        }

        if (match.Groups["cn"].Success)
        {
            kind = PrefixKind.Chinese;
            number = Labels.ChineseDigit(match.Groups["cn"].Value);
        }
        else if (match.Groups["pn"].Success)
        {
            kind = PrefixKind.Paren;
            number = Labels.ChineseDigit(match.Groups["pn"].Value);
        }
        else
        {
            kind = PrefixKind.Arabic;
            number = int.Parse(match.Groups["an"].Value, CultureInfo.InvariantCulture);
        }

        return text[match.Length..];
    }

    private static IEnumerable<string> Strings(int maxLength)
    {
        var current = new List<string> { string.Empty };
        for (var length = 1; length <= maxLength; length++)
        {
            var next = new List<string>(current.Count * Alphabet.Length);
            foreach (var prefix in current)
            {
                foreach (var c in Alphabet)
                {
                    var text = new StringBuilder(prefix).Append(c).ToString();
                    next.Add(text);
                    yield return text;
                }
            }

            current = next;
        }
    }
}
