using System;
using System.Linq;
using GovInfoReport.Extraction.Readers;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// <see cref="FormatInput.LooksBinary"/> scans eight characters at a time by hand. The specification is the plain
/// definition written out here: a NUL makes text binary, and so do more than max(8, n/50) suspicious characters in the
/// first 65,536 (control characters other than \t \n \v \f \r, U+007F–U+009F, U+FFFD).
/// </summary>
public sealed class BinaryTextScanTests
{
    private static readonly char[] Alphabet = ['a', '报', '\t', '\n', '\v', '\f', '\r', '\u0001', '\u001F', ' ', '\u007E', '\u007F', '\u0090', '\u009F', '\u00A0', '\uFFFC', '\uFFFD', '\uFFFE', '\b', '\u000E'];

    [Fact]
    public void EveryCharacterIsClassedAsTheDefinitionSays()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(Specification((char)c) == FormatInput.IsSuspicious((ushort)c), $"U+{c:X4}");
        }
    }

    [Fact]
    public void RandomTextsAtEveryLengthAndPositionAreJudgedAsTheDefinitionSays()
    {
        var random = new Random(20261127);
        var judgedBinary = 0;
        for (var round = 0; round < 20_000; round++)
        {
            var length = random.Next(0, 80);

            // Mostly ordinary text, sometimes dense in suspicious characters, so that both verdicts occur.
            var dense = random.Next(3) == 0;
            var text = new string(Enumerable.Range(0, length).Select(_ => dense || random.Next(10) == 0 ? Alphabet[random.Next(Alphabet.Length)] : Alphabet[random.Next(2)]).ToArray());
            if (random.Next(20) == 0 && length > 0)
            {
                text = text.Remove(random.Next(length), 1).Insert(random.Next(length), "\0");
            }

            var expected = SpecificationLooksBinary(text);
            Assert.True(expected == FormatInput.LooksBinary(text), $"round {round}: {string.Join(" ", text.Select(c => ((int)c).ToString("X4")))}");
            judgedBinary += expected ? 1 : 0;
        }

        Assert.InRange(judgedBinary, 1_000, 19_000);
    }

    [Fact]
    public void OnlyTheFirst65536CharactersAreSampled()
    {
        var clean = new string('报', 65_536);
        Assert.False(FormatInput.LooksBinary(clean + new string('\u0001', 5_000)));
        Assert.True(FormatInput.LooksBinary(clean[..65_535] + "\0"));
        Assert.False(FormatInput.LooksBinary(clean + "\0"));

        // 1,310 suspicious characters in 65,536 is exactly n/50: not more, so not binary; one more is.
        Assert.False(FormatInput.LooksBinary(new string('\u0001', 1_310) + clean[1_310..]));
        Assert.True(FormatInput.LooksBinary(new string('\u0001', 1_311) + clean[1_311..]));
    }

    private static bool Specification(char c)
        => (c < ' ' && c is not ('\t' or '\n' or '\v' or '\f' or '\r')) || c is >= '\u007F' and <= '\u009F' || c == '\uFFFD';

    private static bool SpecificationLooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 65_536));
        if (sample.Contains('\0'))
        {
            return true;
        }

        var bad = 0;
        foreach (var c in sample)
        {
            bad += Specification(c) ? 1 : 0;
        }

        return sample.Length > 0 && bad > Math.Max(8, sample.Length / 50);
    }
}
