using System;
using System.IO;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;
using GovInfoReport.Extraction.Tests.Support;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// Found by fuzzing (docs/limits.md): a label cell starting with another script's decimal digit (a mojibake 科 read as
/// ꧑) matched the numbering pattern, whose \d takes any Unicode digit, and int.Parse then threw. The extraction came
/// back "Unreadable: internal error" instead of being read.
/// </summary>
public sealed class NonAsciiDigitTests
{
    [Theory]
    [InlineData("꧑研机构")] // JAVANESE DIGIT ONE before CJK
    [InlineData("໓、规章")] // LAO DIGIT THREE with a numbering comma
    public void A_label_starting_with_a_non_ascii_digit_has_no_numbering(string label)
    {
        var text = Labels.SplitPrefix(label, out var kind, out var number);

        Assert.Equal(PrefixKind.None, kind);
        Assert.Equal(0, number);
        Assert.Equal(label, text);
    }

    [Fact]
    public void An_ascii_numbered_label_keeps_its_number()
    {
        var text = Labels.SplitPrefix("3、规章", out var kind, out var number);

        Assert.Equal(PrefixKind.Arabic, kind);
        Assert.Equal(3, number);
        Assert.Equal("规章", text);
    }

    [Fact]
    public void A_report_with_a_non_ascii_digit_in_a_header_cell_is_still_read()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.DocumentsFolder, "d04-2021-table-single-other-row.txt"))
            .Replace("科研机构", "꧑研机构", StringComparison.Ordinal);

        var result = ReportExtractor.Extract(text, "d04-mojibake.txt");

        Assert.Equal(ExtractionStatus.Extracted, result.Status);
        Assert.DoesNotContain(result.Notes, n => n.MessageEn.Contains("internal error", StringComparison.OrdinalIgnoreCase));
    }
}
