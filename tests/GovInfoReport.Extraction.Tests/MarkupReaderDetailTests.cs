using System;
using System.Linq;
using System.Text;
using GovInfoReport.Extraction.Readers;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// The edges of the markup pre-scan, the HTML sniffer and the byte decoding that the end-to-end tests read past:
/// mutants Stryker.NET left alive in Readers/ (docs/testing.md, slice readers-markup).
/// </summary>
public sealed class MarkupReaderDetailTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    [Theory]
    [InlineData("<p>a</p> and more", false)] // two block tags are text that mentions markup
    [InlineData("<p>a</p><p>b", true)] // three are HTML
    [InlineData("<br/><br /><BR>", true)]
    [InlineData("a <td> b", true)] // one table or document tag is enough
    [InlineData("<TABLE border=1>", true)]
    [InlineData("<!DOCTYPE html>", true)]
    [InlineData("<tdx> <htmlx> <bodyguard>", false)]
    [InlineData("1 < 2 and 3 > 2", false)]
    public void Html_is_told_from_text_by_a_strong_tag_or_three_block_tags(string text, bool html)
        => Assert.Equal(html, HtmlSniffer.LooksLikeHtml(text));

    [Fact]
    public void Nesting_past_the_limit_is_located_by_line_and_column()
    {
        var found = MarkupLimits.ScanHtml("<html>\n\n  <div><div>x</div></div>", maxDepth: 2, maxElements: 100);

        Assert.NotNull(found);
        Assert.True(found.TooDeep);
        Assert.Equal(3, found.Line);
        Assert.Equal(8, found.Column);
        Assert.Equal(2, found.Limit);
        Assert.Equal("line 3, column 8", found.Where);
    }

    [Fact]
    public void Nesting_exactly_at_the_limit_passes_and_closed_elements_give_their_level_back()
    {
        Assert.Null(MarkupLimits.ScanHtml("<div><div>x</div></div>", maxDepth: 2, maxElements: 100));
        Assert.Null(MarkupLimits.ScanHtml(string.Concat(Enumerable.Repeat("<div>x</div>", 50)), maxDepth: 1, maxElements: 100));
    }

    [Fact]
    public void The_element_count_is_exact_and_located()
    {
        Assert.Null(MarkupLimits.ScanHtml("<b>1</b><b>2</b><b>3</b>", maxDepth: 10, maxElements: 3));

        var found = MarkupLimits.ScanHtml("<b>1</b>\n<b>2</b><b>3</b>", maxDepth: 10, maxElements: 2);

        Assert.NotNull(found);
        Assert.False(found.TooDeep);
        Assert.Equal(2, found.Line);
        Assert.Equal(9, found.Column);
    }

    [Theory]
    [InlineData("<!-- <div><div><div> -->x")] // comments
    [InlineData("<!DOCTYPE html><div>x</div>")] // declarations
    [InlineData("<script>if (a<b) { '<div><div><div>' }</script><div>x</div>")] // raw text up to its end tag
    [InlineData("<STYLE>div>div{}<div><div></style><div>x</div>")]
    [InlineData("<div title=\"<div><div>\">x</div>")] // a quoted '<' or '>' does not end the tag
    [InlineData("<div/><div/><div/>x")] // self-closing
    [InlineData("<div><br><img src=x><hr><p>a<p>b<li>c<td>d</div>")] // void elements and optional end tags
    [InlineData("<div>a < b, 3<4 <> <1></div>")] // a '<' that starts no tag
    public void Only_real_nesting_counts(string html)
        => Assert.Null(MarkupLimits.ScanHtml(html, maxDepth: 1, maxElements: 100));

    [Theory]
    [InlineData("area")]
    [InlineData("base")]
    [InlineData("br")]
    [InlineData("col")]
    [InlineData("embed")]
    [InlineData("hr")]
    [InlineData("img")]
    [InlineData("input")]
    [InlineData("link")]
    [InlineData("meta")]
    [InlineData("param")]
    [InlineData("source")]
    [InlineData("track")]
    [InlineData("wbr")]
    [InlineData("basefont")]
    [InlineData("bgsound")]
    [InlineData("frame")]
    [InlineData("keygen")]
    [InlineData("p")]
    [InlineData("li")]
    [InlineData("dt")]
    [InlineData("dd")]
    [InlineData("td")]
    [InlineData("th")]
    [InlineData("tr")]
    [InlineData("tbody")]
    [InlineData("thead")]
    [InlineData("tfoot")]
    [InlineData("option")]
    [InlineData("optgroup")]
    [InlineData("colgroup")]
    [InlineData("rt")]
    [InlineData("rp")]
    [InlineData("o:p")]
    public void A_void_element_or_one_whose_end_tag_may_be_left_out_never_nests(string name)
        => Assert.Null(MarkupLimits.ScanHtml($"<div><{name}><{name.ToUpperInvariant()}>x</div>", maxDepth: 1, maxElements: 100));

    [Theory]
    [InlineData("script")]
    [InlineData("style")]
    [InlineData("textarea")]
    [InlineData("title")]
    [InlineData("xmp")]
    [InlineData("plaintext")]
    [InlineData("noscript")]
    public void Raw_text_elements_hide_their_content_from_the_count(string name)
        => Assert.Null(MarkupLimits.ScanHtml($"<{name}><div><div><div></{name.ToUpperInvariant()}><div>x</div>", maxDepth: 1, maxElements: 2));

    [Fact]
    public void Lines_inside_comments_and_raw_text_are_counted()
    {
        var found = MarkupLimits.ScanHtml("<!--\n\n-->\n<script>\n</script><div><div>", maxDepth: 1, maxElements: 100);

        Assert.NotNull(found);
        Assert.Equal(5, found.Line);
        Assert.Equal(15, found.Column);
    }

    [Fact]
    public void A_docx_limit_names_the_part()
        => Assert.Equal("word/document.xml, line 1, column 5", new MarkupLimitExceeded(true, 1, 5, 256, "word/document.xml").Where);

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "utf-8", "byte-order mark (UTF-8)")]
    [InlineData(new byte[] { 0xFF, 0xFE }, "utf-16le", "byte-order mark (UTF-16LE)")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "utf-16be", "byte-order mark (UTF-16BE)")]
    public void A_byte_order_mark_decides_the_encoding(byte[] mark, string name, string how)
    {
        var encoding = name switch
        {
            "utf-16le" => Encoding.Unicode,
            "utf-16be" => Encoding.BigEndianUnicode,
            _ => (Encoding)new UTF8Encoding(false),
        };
        var decoded = TextDecoding.Decode([.. mark, .. encoding.GetBytes("年度报告")]);

        Assert.Equal("年度报告", decoded.Text);
        Assert.Equal(name, decoded.EncodingName);
        Assert.Equal(how, decoded.How);
    }

    [Fact]
    public void Bytes_invalid_under_their_byte_order_mark_are_not_decoded()
    {
        var decoded = TextDecoding.Decode([0xEF, 0xBB, 0xBF, 0xC3, 0x28]);

        Assert.Null(decoded.Text);
        Assert.Null(decoded.EncodingName);
        Assert.Contains("not valid", decoded.How, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gbk")]
    [InlineData("GB2312")]
    [InlineData("x-gbk")]
    [InlineData("cp936")]
    [InlineData("euc-cn")]
    public void A_declared_gb_charset_decodes_as_gb18030(string charset)
    {
        var decoded = TextDecoding.Decode(Gb18030.GetBytes($"<meta charset=\"{charset}\">年度报告"));

        Assert.Equal("gb18030", decoded.EncodingName);
        Assert.EndsWith("年度报告", decoded.Text, StringComparison.Ordinal);
        Assert.Contains(charset, decoded.How, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_charset_the_bytes_do_not_fit_is_said_and_utf8_decides()
    {
        // "信" in UTF-8 is three bytes: under GB18030 the third is left without a partner.
        var decoded = TextDecoding.Decode(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding='gbk'?>信"));

        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Contains("\"gbk\" does not fit", decoded.How, StringComparison.Ordinal);
        Assert.EndsWith("信", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_charset_declared_after_the_first_4_kb_is_not_read()
    {
        var text = new string(' ', 4096) + "<meta charset=\"big5\">年度报告";
        var decoded = TextDecoding.Decode(Encoding.UTF8.GetBytes(text));

        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Equal("valid UTF-8", decoded.How);
    }

    [Fact]
    public void Utf16_without_a_mark_is_found_by_the_report_key_words()
    {
        var le = TextDecoding.Decode(Encoding.Unicode.GetBytes("政府信息公开工作年度报告"));
        var be = TextDecoding.Decode(Encoding.BigEndianUnicode.GetBytes("政府信息公开工作年度报告"));

        Assert.Equal("utf-16le", le.EncodingName);
        Assert.Equal("utf-16be", be.EncodingName);
        Assert.Equal("政府信息公开工作年度报告", be.Text);
    }

    [Fact]
    public void Undecidable_bytes_list_the_encodings_that_decode_them()
    {
        // Valid GB18030 and Big5 both, neither with a report's key words; an odd length rules out UTF-16.
        var decoded = TextDecoding.Decode([0xB0, 0xA1, 0xB0, 0xA2, 0x41]);

        Assert.Null(decoded.Text);
        Assert.Equal("undecidable", decoded.How);
        Assert.Equal(["gb18030", "big5"], decoded.Candidates);
    }
}
