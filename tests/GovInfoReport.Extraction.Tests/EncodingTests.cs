using System;
using System.Linq;
using System.Text;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Tests.Support;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>Encodings Chinese government sites serve: decided strictly, reported in the result, never replaced by U+FFFD.</summary>
public sealed class EncodingTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    public static TheoryData<string> Encodings() => ["utf-8", "utf-8-bom", "gb18030", "gbk", "utf-16le-bom", "utf-16be-bom", "utf-16le"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_seed_report_in_any_served_encoding_reads_like_its_utf8_text(string encoding)
    {
        var text = TestFiles.SeedText("004");
        var expected = ReportExtractor.Extract(text);
        var bytes = Encode(text, encoding, out var name);
        var result = ReportExtractor.ExtractBytes(bytes, "seed." + encoding);
        Assert.True(result.IsAnnualReport, result.ReasonEn);
        Assert.Equal(name, result.Encoding);
        Assert.Equal(expected.GetPayloadUtf8(), result.GetPayloadUtf8());
    }

    [Fact]
    public void An_html_charset_declaration_is_honoured()
    {
        var fixture = TestFiles.Fixture("002");
        var html = HtmlRenderer.Render(ReportLayout.FromPayload(fixture)).Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", StringComparison.Ordinal);
        var result = ReportExtractor.ExtractBytes(Gb18030.GetBytes(html), "page.htm");
        Assert.Equal(SourceFormat.Html, result.Format);
        Assert.Equal("gb18030", result.Encoding);
        Assert.Contains(result.Notes, n => n.Code == ExtractionNoteCodes.EncodingUsed && n.MessageEn.Contains("gb2312", StringComparison.Ordinal));
        PayloadAssert.Contains(fixture["applications"]!, result.Payload!["applications"], "/applications");
        Assert.Equal((string)fixture["agencyName"]!, result.AgencyName);
    }

    [Fact]
    public void An_undecidable_encoding_is_reported_and_never_decoded_with_replacement_characters()
    {
        // Bytes that are not UTF-8 and that no candidate encoding turns into a report's text.
        var bytes = Enumerable.Range(0, 600).Select(i => (byte)(0xA1 + (i * 37 % 90))).ToArray();
        var result = ReportExtractor.ExtractBytes(bytes, "unknown.txt");
        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        Assert.Contains(result.Notes, n => n.Code == ExtractionNoteCodes.EncodingUndecidable);
        Assert.Contains("encoding", result.ReasonEn, StringComparison.Ordinal);
        Assert.Null(result.Payload);
    }

    [Fact]
    public void A_big5_mirror_copy_is_decoded_as_big5_not_as_gbk_garbage()
    {
        const string text = "某縣人民政府2021年政府資訊公開工作年度報告\n一、總體情況\n本年度收到政府資訊公開申請5件。";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(950)!.GetBytes(text);
        var result = ReportExtractor.ExtractBytes(bytes, "mirror.txt");
        Assert.Equal("big5", result.Encoding);
        Assert.Contains(result.Notes, n => n.Code == ExtractionNoteCodes.EncodingUsed);
    }

    [Fact]
    public void Text_given_as_a_string_has_no_encoding()
        => Assert.Null(ReportExtractor.Extract(TestFiles.SeedText("004")).Encoding);

    private static byte[] Encode(string text, string encoding, out string name)
    {
        switch (encoding)
        {
            case "utf-8":
                name = "utf-8";
                return new UTF8Encoding(false).GetBytes(text);
            case "utf-8-bom":
                name = "utf-8";
                return [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(text)];
            case "gb18030":
                name = "gb18030";
                return Gb18030.GetBytes(text);
            case "gbk":
                name = "gb18030";
                return CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(text);
            case "utf-16le-bom":
                name = "utf-16le";
                return [0xFF, 0xFE, .. new UnicodeEncoding(false, false).GetBytes(text)];
            case "utf-16be-bom":
                name = "utf-16be";
                return [0xFE, 0xFF, .. new UnicodeEncoding(true, false).GetBytes(text)];
            case "utf-16le":
                name = "utf-16le";
                return new UnicodeEncoding(false, false).GetBytes(text);
            default:
                name = "utf-16le";
                return new UnicodeEncoding(false, false).GetBytes(text);
        }
    }
}
