using System;
using System.Buffers;

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

    // Control characters other than \t \n \v \f \r, U+007F–U+009F, and the replacement character U+FFFD.
    private static readonly SearchValues<char> SuspiciousCharacters = SearchValues.Create(BuildSuspicious());

    /// <summary>Text that holds many control characters or undecodable bytes is binary, not a report.</summary>
    public static bool LooksBinary(string text)
    {
        var sample = Math.Min(text.Length, 65536);
        var bad = 0;

        // Jumps from one suspicious character to the next with a vectorised search: a text has none or few of them.
        var rest = text.AsSpan(0, sample);
        int next;
        while ((next = rest.IndexOfAny(SuspiciousCharacters)) >= 0)
        {
            if (rest[next] == '\0')
            {
                return true;
            }

            bad++;
            rest = rest[(next + 1)..];
        }

        return sample > 0 && bad > Math.Max(8, sample / 50);
    }

    private static string BuildSuspicious()
    {
        var characters = new System.Text.StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
            {
                characters.Append(c);
            }
        }

        for (var c = '\u007F'; c < '\u00A0'; c++)
        {
            characters.Append(c);
        }

        return characters.Append('\uFFFD').ToString();
    }
}
