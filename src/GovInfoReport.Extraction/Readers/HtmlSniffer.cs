using System;
using System.Text.RegularExpressions;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// Tells HTML from text by content, anywhere in the input: a CMS fragment (content without &lt;html&gt;) or a page with
/// a long header comment is HTML as much as a full page. HTML is a table tag, a document tag, or several block tags.
/// </summary>
internal static partial class HtmlSniffer
{
    /// <summary>How many block-level tags make text HTML when there is no table or document tag.</summary>
    private const int BlockTagsForHtml = 3;

    public static bool LooksLikeHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (StrongTagRegex().IsMatch(text))
        {
            return true;
        }

        var count = 0;
        foreach (var _ in BlockTagRegex().EnumerateMatches(text))
        {
            if (++count >= BlockTagsForHtml)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"<(?:!doctype\s+html|html[\s>]|body[\s>]|table[\s>]|tbody[\s>]|tr[\s>]|td[\s>/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongTagRegex();

    [GeneratedRegex(@"</?(?:p|div|br|span|h[1-6]|li|ul|ol|font|strong|section|article)(?:\s[^<>]{0,400})?/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTagRegex();
}
