using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// The content handed to the format readers: bytes of unknown format, or text the caller already decoded. Bytes are
/// decoded at most once, however many readers look at them as text.
/// </summary>
internal sealed class FormatInput
{
    private readonly byte[] bytes;
    private readonly string? givenText;

    private FormatInput(byte[] bytes, string? givenText)
    {
        this.bytes = bytes;
        this.givenText = givenText;
    }

    /// <summary>The bytes (empty when the caller gave text).</summary>
    public byte[] Bytes => bytes;

    /// <summary>How the bytes were decoded, once a reader asked for them as text; null before that or for given text.</summary>
    public DecodedText? Decoded { get; private set; }

    public static FormatInput OfBytes(byte[] content) => new(content, null);

    public static FormatInput OfText(string text) => new([], text);

    /// <summary>Whether the bytes are too many to be text within the limit (4 bytes a character at most).</summary>
    public bool TooLargeForText(ExtractionOptions options) => givenText is null && (long)bytes.Length > (long)options.MaxInputChars * 4;

    /// <summary>The content as text: null with a refusal when it is too large or its encoding cannot be decided.</summary>
    public string? AsText(ExtractionOptions options, out FormatRead? refusal)
    {
        refusal = null;
        var text = givenText;
        if (text is null)
        {
            if (TooLargeForText(options))
            {
                refusal = FormatRead.TooLarge(bytes.Length, options.MaxInputChars);
                return null;
            }

            Decoded ??= TextDecoding.Decode(bytes);
            if (Decoded.Text is not { } decoded)
            {
                var candidates = Decoded.Candidates.Count == 0 ? "none" : string.Join(", ", Decoded.Candidates);
                refusal = FormatRead.Refused(
                    $"无法确定输入的字符编码（{Decoded.How}；可无错解码的编码：{candidates}），未读取；不会用替换字符（U+FFFD）代替无法解码的字节。请将文件转换为 UTF-8。",
                    $"The character encoding of the input cannot be decided ({Decoded.How}; encodings that decode it without error: {candidates}); not read, and undecodable bytes are never replaced by U+FFFD. Convert the file to UTF-8.",
                    ExtractionNoteCodes.EncodingUndecidable);
                return null;
            }

            text = decoded;
        }

        if (text.Length > options.MaxInputChars)
        {
            refusal = FormatRead.TooLarge(text.Length, options.MaxInputChars);
            return null;
        }

        return text;
    }

    /// <summary>Text that holds many control characters or undecodable bytes is binary, not a report.</summary>
    public static bool LooksBinary(string text)
    {
        var sample = MemoryMarshal.Cast<char, ushort>(text.AsSpan(0, Math.Min(text.Length, 65536)));
        var bad = 0;
        var i = 0;

        // Eight characters at a time, and one by one only where a block holds a suspicious one: a text has none or
        // few. By hand rather than SearchValues, whose set (control characters, C1, U+FFFD) is not ASCII and would be
        // searched with a probabilistic map that ahead-of-time code of the baseline x64 level runs without vector
        // shuffles, at a seventh of a published tool's extraction time.
        if (Vector128.IsHardwareAccelerated)
        {
            ref var start = ref MemoryMarshal.GetReference(sample);
            for (; i <= sample.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                if (Suspicious(Vector128.LoadUnsafe(ref start, (nuint)i)) == Vector128<ushort>.Zero)
                {
                    continue;
                }

                for (var j = i; j < i + Vector128<ushort>.Count; j++)
                {
                    if (CountSuspicious(sample[j], ref bad))
                    {
                        return true;
                    }
                }
            }
        }

        for (; i < sample.Length; i++)
        {
            if (CountSuspicious(sample[i], ref bad))
            {
                return true;
            }
        }

        return sample.Length > 0 && bad > Math.Max(8, sample.Length / 50);
    }

    /// <summary>Counts a suspicious character; true for NUL, which no text holds.</summary>
    private static bool CountSuspicious(ushort c, ref int bad)
    {
        if (!IsSuspicious(c))
        {
            return false;
        }

        bad++;
        return c == 0;
    }

    /// <summary>A control character other than \t \n \v \f \r, U+007F–U+009F, or the replacement character U+FFFD.</summary>
    internal static bool IsSuspicious(ushort c) => (c < 0x20 && (ushort)(c - '\t') >= 5) || (ushort)(c - 0x7F) < 0x21 || c == 0xFFFD;

    private static Vector128<ushort> Suspicious(Vector128<ushort> c)
    {
        var control = Vector128.LessThan(c, Vector128.Create((ushort)0x20)) & ~Vector128.LessThan(c - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)5));
        var c1 = Vector128.LessThan(c - Vector128.Create((ushort)0x7F), Vector128.Create((ushort)0x21));
        return control | c1 | Vector128.Equals(c, Vector128.Create((ushort)0xFFFD));
    }
}
