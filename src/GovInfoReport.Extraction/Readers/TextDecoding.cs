using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace GovInfoReport.Extraction.Readers;

/// <summary>The outcome of decoding bytes to text: the text and the encoding used, or why no encoding could be chosen.</summary>
/// <param name="Text">The decoded text, or null when undecidable.</param>
/// <param name="EncodingName">The encoding used ("utf-8", "gb18030", "utf-16le"…), or null.</param>
/// <param name="How">How the encoding was chosen (BOM, declared charset, the only valid decoding…).</param>
/// <param name="Candidates">When undecidable: the encodings that decode the bytes without error (empty when none does).</param>
internal sealed record DecodedText(string? Text, string? EncodingName, string How, IReadOnlyList<string> Candidates);

/// <summary>
/// Decodes document bytes without ever substituting U+FFFD: a byte-order mark decides; then an HTML/XML charset
/// declaration (honoured when the bytes decode under it); then strict UTF-8; then the legacy encodings Chinese sites
/// still serve (GB18030, which covers GBK and GB2312, and Big5) and BOM-less UTF-16 — each decoded strictly, and kept
/// only if exactly one of them yields text of an annual report (its key words). Anything else is undecidable and
/// reported as such.
/// </summary>
internal static partial class TextDecoding
{
    private static readonly string[] KeyWords = ["信息公开", "信息公開", "資訊公開", "年度报告", "年度報告", "申请", "申請", "行政复议", "行政復議"];

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Strict(bytes[3..], new UTF8Encoding(false, true), "utf-8", "byte-order mark (UTF-8)");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Strict(bytes[2..], new UnicodeEncoding(false, false, true), "utf-16le", "byte-order mark (UTF-16LE)");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Strict(bytes[2..], new UnicodeEncoding(true, false, true), "utf-16be", "byte-order mark (UTF-16BE)");
        }

        var misfit = string.Empty;
        if (DeclaredCharset(bytes) is { } declared && Get(declared) is { } declaredEncoding)
        {
            var decoded = Strict(bytes, declaredEncoding.Encoding, declaredEncoding.Name, $"declared charset \"{declared}\"");
            if (decoded.Text is not null)
            {
                return decoded;
            }

            misfit = $"the declared charset \"{declared}\" does not fit the bytes; ";
        }

        var utf8 = TryDecode(bytes, new UTF8Encoding(false, true));
        if (utf8 is not null)
        {
            return new DecodedText(utf8, "utf-8", misfit + "valid UTF-8", []);
        }

        // Legacy and BOM-less encodings: every strict decoding that succeeds is a candidate; the key words decide.
        var valid = new List<(string Name, string Text)>();
        foreach (var name in new[] { "gb18030", "big5", "utf-16le", "utf-16be" })
        {
            if (name.StartsWith("utf-16", StringComparison.Ordinal) && bytes.Length % 2 != 0)
            {
                continue;
            }

            if (Get(name) is { } candidate && TryDecode(bytes, candidate.Encoding) is { } text && !HasControlNoise(text))
            {
                valid.Add((name, text));
            }
        }

        var withKeyWords = valid.FindAll(v => ContainsKeyWord(v.Text));
        if (withKeyWords.Count == 1)
        {
            return new DecodedText(withKeyWords[0].Text, withKeyWords[0].Name, misfit + "the only encoding under which the bytes decode to a report's text", []);
        }

        return new DecodedText(null, null, misfit + "undecidable", valid.ConvertAll(v => v.Name));
    }

    private static DecodedText Strict(ReadOnlySpan<byte> bytes, Encoding encoding, string name, string how)
    {
        var text = TryDecode(bytes, encoding);
        return text is null ? new DecodedText(null, null, how + ", but the bytes are not valid in it", []) : new DecodedText(text, name, how, []);
    }

    private static string? TryDecode(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static (Encoding Encoding, string Name)? Get(string label)
    {
        var name = label.Trim().ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8":
                return (new UTF8Encoding(false, true), "utf-8");
            case "utf-16" or "utf-16le" or "unicode":
                return (new UnicodeEncoding(false, false, true), "utf-16le");
            case "utf-16be":
                return (new UnicodeEncoding(true, false, true), "utf-16be");
            case "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "euc-cn" or "hz-gb-2312":
                // GB18030 is a superset of GBK and GB2312; pages declared gb2312 routinely use GBK characters.
                return (CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!, "gb18030");
            case "big5" or "big5-hkscs" or "cp950":
                return (CodePagesEncodingProvider.Instance.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!, "big5");
            default:
                return null;
        }
    }

    /// <summary>A charset declared in the first 4 KB (meta charset, http-equiv content type, XML declaration).</summary>
    private static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 4096)];
        if (!head.Contains((byte)'='))
        {
            return null; // every declaration has one; most report text has none, and the regex's search costs more
        }

        var ascii = new char[head.Length];
        for (var i = 0; i < head.Length; i++)
        {
            ascii[i] = head[i] < 0x80 ? (char)head[i] : ' ';
        }

        var match = CharsetRegex().Match(new string(ascii));
        return match.Success ? match.Groups["cs"].Value : null;
    }

    private static bool ContainsKeyWord(string text)
    {
        foreach (var word in KeyWords)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Control characters a real document does not hold (a wrong UTF-16 guess over 8-bit text yields them).</summary>
    private static bool HasControlNoise(string text)
    {
        var bad = 0;
        var sample = Math.Min(text.Length, 65536);
        for (var i = 0; i < sample; i++)
        {
            var c = text[i];
            if ((c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')) || char.IsSurrogate(c) && !(i + 1 < text.Length && char.IsSurrogatePair(c, text[i + 1])) || (c >= '\uE000' && c <= '\uF8FF'))
            {
                bad++;
            }
        }

        return bad > Math.Max(4, sample / 100);
    }

    [GeneratedRegex(@"(?:charset|encoding)\s*=\s*[""']?(?<cs>[A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetRegex();
}
