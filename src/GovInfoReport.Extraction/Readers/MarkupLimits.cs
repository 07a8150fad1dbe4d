using System;
using System.Globalization;

namespace GovInfoReport.Extraction.Readers;

/// <summary>Where a markup limit was exceeded, and which.</summary>
/// <param name="TooDeep">True for nesting, false for the element count.</param>
/// <param name="Line">The one-based line where the limit was passed.</param>
/// <param name="Column">The one-based column (or character position in the line), when known.</param>
/// <param name="Limit">The limit.</param>
/// <param name="Part">The part of the package (DOCX: "word/document.xml"), or null for HTML.</param>
internal sealed record MarkupLimitExceeded(bool TooDeep, int Line, int Column, int Limit, string? Part)
{
    public string Where => string.Create(CultureInfo.InvariantCulture, $"{(Part is null ? string.Empty : Part + ", ")}line {Line}, column {Column}");
}

/// <summary>
/// The streaming pre-scan that bounds nesting depth and element count of HTML before AngleSharp builds its tree, in time
/// that grows with depth (HTML of 100,000 nested div takes half a minute). The scan is linear, allocates little and
/// never recurses. (DOCX needs no pre-scan: its reader streams and counts as it parses, <see cref="MarkupBudget"/>.)
/// </summary>
internal static class MarkupLimits
{
    /// <summary>HTML elements that have no end tag: they never nest.</summary>
    private static readonly string[] VoidElements = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame", "keygen"];

    /// <summary>HTML elements whose end tag may be left out (the parser closes them): counted, but not as nesting.</summary>
    private static readonly string[] OptionalEnd = ["p", "li", "dt", "dd", "td", "th", "tr", "tbody", "thead", "tfoot", "option", "optgroup", "colgroup", "rt", "rp", "o:p"];

    /// <summary>Elements whose content is raw text up to their end tag.</summary>
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "plaintext", "noscript"];

    /// <summary>Scans HTML for nesting deeper than <paramref name="maxDepth"/> or more than <paramref name="maxElements"/> elements.</summary>
    public static MarkupLimitExceeded? ScanHtml(string html, int maxDepth, int maxElements)
    {
        var depth = 0;
        var elements = 0;
        var line = 1;
        var lineStart = 0;
        var i = 0;
        var n = html.Length;
        while (i < n)
        {
            var c = html[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                i++;
                continue;
            }

            if (c != '<' || i + 1 >= n)
            {
                i++;
                continue;
            }

            var next = html[i + 1];
            if (next == '!')
            {
                var end = string.CompareOrdinal(html, i, "<!--", 0, 4) == 0 ? IndexOf(html, "-->", i + 4) : html.IndexOf('>', i + 2);
                i = Advance(html, i, end < 0 ? n : end + 1, ref line, ref lineStart);
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < n && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is ':' or '-' or '_'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var tagEnd = TagEnd(html, nameEnd);
            var selfClosing = tagEnd > 0 && html[tagEnd - 1] == '/';
            var column = i - lineStart + 1;
            i = Advance(html, i, tagEnd < 0 ? n : tagEnd + 1, ref line, ref lineStart);
            if (closing)
            {
                if (!IsOneOf(name, VoidElements) && !IsOneOf(name, OptionalEnd) && depth > 0)
                {
                    depth--;
                }

                continue;
            }

            if (++elements > maxElements)
            {
                return new MarkupLimitExceeded(false, line, column, maxElements, null);
            }

            if (IsOneOf(name, RawText))
            {
                var close = IndexOfIgnoreCase(html, "</" + name.ToString(), i);
                i = Advance(html, i, close < 0 ? n : close, ref line, ref lineStart);
                continue;
            }

            if (selfClosing || IsOneOf(name, VoidElements) || IsOneOf(name, OptionalEnd))
            {
                continue;
            }

            if (++depth > maxDepth)
            {
                return new MarkupLimitExceeded(true, line, column, maxDepth, null);
            }
        }

        return null;
    }

    private static int Advance(string text, int from, int to, ref int line, ref int lineStart)
    {
        var span = text.AsSpan(from, to - from);
        var offset = 0;
        int index;
        while ((index = span[offset..].IndexOf('\n')) >= 0)
        {
            offset += index + 1;
            line++;
            lineStart = from + offset;
        }

        return to;
    }

    private static int TagEnd(string html, int from)
    {
        var quote = '\0';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
            else if (c == '<')
            {
                return i - 1; // a broken tag: the next one starts here
            }
        }

        return -1;
    }

    private static int IndexOf(string text, string value, int from) => text.IndexOf(value, from, StringComparison.Ordinal);

    private static int IndexOfIgnoreCase(string text, string value, int from) => text.IndexOf(value, from, StringComparison.OrdinalIgnoreCase);

    private static bool IsOneOf(ReadOnlySpan<char> name, string[] set)
    {
        foreach (var item in set)
        {
            if (name.Equals(item, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
