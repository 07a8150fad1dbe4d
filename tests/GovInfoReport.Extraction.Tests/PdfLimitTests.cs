using System;
using System.IO;
using System.Linq;
using GovInfoReport.Extraction.Readers;
using GovInfoReport.Extraction.Tests.Support;
using UglyToad.PdfPig;
using Xunit;
using Xunit.Abstractions;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// PdfPig has no timeout or cancellation, so a hostile PDF must be refused before PdfPig reads a page: every crafted
/// file here gives a clear result with a note naming the limit (and the page), never a hang, a crash or an exception.
/// Before the budgets, the 18 KB page of two million one-letter strings took 16 s and 1.1 GB, and the reference loop
/// killed the process with a stack overflow.
/// </summary>
public sealed class PdfLimitTests(ITestOutputHelper output)
{
    private static readonly byte[] OneLine = RawPdf.Ascii("BT /F1 12 Tf 72 720 Td (x) Tj ET");

    private static ExtractionResult Extract(byte[] pdf, ExtractionOptions? options = null) => ReportExtractor.ExtractPdf(pdf, "hostile.pdf", options);

    private static ExtractionNote AssertRefused(ExtractionResult result, string code, params string[] words)
    {
        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        var note = Assert.Single(result.Notes);
        Assert.Equal(code, note.Code);
        foreach (var word in words)
        {
            Assert.Contains(word, note.MessageEn, StringComparison.Ordinal);
        }

        Assert.False(string.IsNullOrWhiteSpace(note.MessageZh));
        return note;
    }

    [Fact]
    public void A_page_of_two_million_tiny_text_operators_is_refused_before_it_is_read()
    {
        var pdf = RawPdf.Page(RawPdf.Ascii("BT /F1 1 Tf 10 10 Td " + string.Concat(Enumerable.Repeat("(a)Tj ", 2_000_000)) + "ET"));

        AssertRefused(Extract(pdf), ExtractionNoteCodes.InputTooLarge, "Page 1", "content operations", "200000");
    }

    [Fact]
    public void One_string_of_a_million_letters_counts_as_a_million_operations()
    {
        var pdf = RawPdf.Page(RawPdf.Ascii("BT /F1 1 Tf 10 10 Td (" + new string('a', 1_000_000) + ") Tj ET"));

        AssertRefused(Extract(pdf), ExtractionNoteCodes.InputTooLarge, "Page 1", "content operations");
    }

    [Fact]
    public void A_page_of_two_million_path_segments_is_refused_before_it_is_read()
    {
        var pdf = RawPdf.Page(RawPdf.Repeat("10 10 m 20 10 l ", 1_000_000).Concat(RawPdf.Ascii("S")).ToArray());

        AssertRefused(Extract(pdf), ExtractionNoteCodes.InputTooLarge, "Page 1", "content operations");
    }

    [Fact]
    public void A_form_drawn_a_thousand_times_counts_at_each_use()
    {
        // 1,000 operations in the form, 1,000 uses: a million operations from a 20 KB page.
        var form = RawPdf.Stream(RawPdf.Repeat("1 0 0 1 0 0 cm ", 1000), "/Type /XObject /Subtype /Form /BBox [0 0 10 10]");
        var pdf = RawPdf.Page(RawPdf.Repeat("/Fm Do ", 1000), resourcesExtra: "/XObject << /Fm 6 0 R >>", more: form);

        AssertRefused(Extract(pdf), ExtractionNoteCodes.InputTooLarge, "Page 1", "content operations");
    }

    [Fact]
    public void Forms_nested_ten_deep_each_drawing_the_next_ten_times_are_refused()
    {
        // The "billion laughs" of forms: 10^10 operations from a few hundred bytes.
        var forms = Enumerable.Range(0, 10).Select(level =>
        {
            var content = level == 9 ? "1 0 0 1 0 0 cm " : string.Concat(Enumerable.Repeat("/Fm Do ", 10));
            return RawPdf.Stream(RawPdf.Ascii(content), $"/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /Fm {7 + level} 0 R >> >>");
        }).ToArray();
        var pdf = RawPdf.Page(RawPdf.Ascii("/Fm Do"), resourcesExtra: "/XObject << /Fm 6 0 R >>", more: forms);

        AssertRefused(Extract(pdf), ExtractionNoteCodes.InputTooLarge, "Page 1", "content operations");
    }

    [Fact]
    public void A_form_that_draws_itself_ends_with_a_result()
    {
        var form = RawPdf.Stream(RawPdf.Ascii("BT /F1 12 Tf (y) Tj ET /Fm Do"), "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /Fm 6 0 R >> /Font << /F1 5 0 R >> >>");
        var pdf = RawPdf.Page(OneLine.Concat(RawPdf.Ascii(" /Fm Do")).ToArray(), resourcesExtra: "/XObject << /Fm 6 0 R >>", more: form);

        var result = Extract(pdf);

        Assert.NotEqual(ExtractionStatus.Extracted, result.Status);
        Assert.NotEmpty(result.Notes);
    }

    [Fact]
    public void Objects_that_refer_to_each_other_in_a_loop_are_refused_not_a_stack_overflow()
    {
        // Contents → 4 0 obj 6 0 R → 6 0 obj 4 0 R: PdfPig follows this by recursion until the process dies.
        var pdf = RawPdf.Build(
        [
            RawPdf.Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            RawPdf.Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            RawPdf.Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"),
            RawPdf.Ascii("6 0 R"),
            RawPdf.Ascii(RawPdf.Helvetica),
            RawPdf.Ascii("4 0 R"),
        ]);

        AssertRefused(Extract(pdf), ExtractionNoteCodes.InputUnreadable, "loop");
    }

    [Fact]
    public void A_cross_reference_section_that_points_back_to_itself_ends_with_a_result()
    {
        var pdf = RawPdf.Page(OneLine);
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var xref = text[(text.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0];
        var looped = System.Text.Encoding.Latin1.GetBytes(text.Replace("trailer\n<< ", $"trailer\n<< /Prev {xref} ", StringComparison.Ordinal));

        var result = Extract(looped);

        Assert.NotEqual(ExtractionStatus.Extracted, result.Status);
        Assert.NotEmpty(result.Notes);
    }

    [Fact]
    public void A_page_tree_that_contains_itself_ends_with_a_result()
    {
        var pdf = RawPdf.Build(
        [
            RawPdf.Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            RawPdf.Ascii("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>"),
            RawPdf.Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"),
            RawPdf.Stream(OneLine),
            RawPdf.Ascii(RawPdf.Helvetica),
        ]);

        var result = Extract(pdf);

        Assert.NotEqual(ExtractionStatus.Extracted, result.Status);
        Assert.NotEmpty(result.Notes);
    }

    [Fact]
    public void Arrays_nested_two_hundred_thousand_deep_give_a_note_not_a_stack_overflow()
    {
        var deepContent = RawPdf.Page(RawPdf.Ascii(new string('[', 200_000)).Concat(OneLine).ToArray());
        var deepResource = RawPdf.Page(OneLine, resourcesExtra: "/X " + new string('[', 200_000) + new string(']', 200_000));

        foreach (var pdf in new[] { deepContent, deepResource })
        {
            var result = Extract(pdf);
            Assert.NotEqual(ExtractionStatus.Extracted, result.Status);
            Assert.NotEmpty(result.Notes);
        }

        Assert.Contains("nesting depth", Extract(deepContent).Notes[0].MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_stream_that_inflates_past_the_limit_is_refused_while_inflating()
    {
        var pdf = RawPdf.Page(new byte[80 * 1024 * 1024]); // 80 MB of zero bytes: about 80 KB compressed

        AssertRefused(Extract(pdf), ExtractionNoteCodes.InputTooLarge, "Page 1", "decompresses to too much data");
    }

    [Fact]
    public void A_font_program_that_inflates_past_the_limit_is_refused_before_pdfpig_parses_it()
    {
        var font = RawPdf.Stream(new byte[8 * 1024 * 1024]);
        var pdf = RawPdf.Build(
        [
            RawPdf.Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            RawPdf.Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            RawPdf.Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"),
            RawPdf.Stream(OneLine),
            RawPdf.Ascii("<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FontDescriptor 6 0 R >>"),
            RawPdf.Ascii("<< /Type /FontDescriptor /FontName /Bomb /FontFile2 7 0 R >>"),
            font,
        ]);

        AssertRefused(Extract(pdf, new ExtractionOptions { MaxPdfDecodedBytes = 4 * 1024 * 1024 }), ExtractionNoteCodes.InputTooLarge, "Page 1", "decompresses");
    }

    [Fact]
    public void A_page_of_more_ruling_segments_than_the_limit_is_refused_with_its_number()
    {
        var lines = string.Concat(Enumerable.Range(0, 6000).Select(i => $"{10 + (i % 500)} 10 m {10 + (i % 500)} 800 l "));
        var pdf = RawPdf.Page(RawPdf.Ascii(lines + "S " + "BT /F1 12 Tf 72 720 Td (x) Tj ET"));

        AssertRefused(Extract(pdf), ExtractionNoteCodes.InputTooLarge, "Page 1", "ruling lines", "6000");
    }

    [Fact]
    public void The_document_budget_counts_every_page()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestFiles.Root, "Layouts", "seed-002.ten-pages.pdf"));

        var result = Extract(bytes, new ExtractionOptions { MaxPdfOperations = 20_000 });

        AssertRefused(result, ExtractionNoteCodes.InputTooLarge, "content operations", "by page");
    }

    [Theory]
    [InlineData("RealReports/hongze-2024.pdf")]
    [InlineData("Layouts/seed-002.ten-pages.pdf")]
    [InlineData("Layouts/seed-004.ruled.pdf")]
    public void Real_and_seed_reports_stay_far_below_every_default_budget(string file)
    {
        var options = ExtractionOptions.Default;
        using var document = PdfDocument.Open(File.ReadAllBytes(Path.Combine(TestFiles.Root, file)));

        Assert.Null(PdfBudget.Check(document, options, out var measured));

        output.WriteLine($"{file}: pages {measured.PageOperations.Count}, operations per page {string.Join(", ", measured.PageOperations)}, total {measured.PageOperations.Sum()}, decoded {measured.DecodedBytes} bytes");
        Assert.Equal(document.NumberOfPages, measured.PageOperations.Count);
        Assert.True(measured.PageOperations.Max() * 10 < options.MaxPdfPageOperations, "a real page within a tenth of the page budget");
        Assert.True(measured.PageOperations.Sum() * 10 < options.MaxPdfOperations, "a real report within a tenth of the document budget");
        Assert.True(measured.DecodedBytes * 4 < options.MaxPdfDecodedBytes, "a real report within a quarter of the decoding budget");

        var rulings = document.GetPages().Select(page => PageSegments.From(page, PdfPageFrame.Of(page)).Count).ToList();
        output.WriteLine($"{file}: ruling segments per page {string.Join(", ", rulings)}");
        Assert.True(rulings.Max() * 4 < options.MaxPdfPageRulings, "a real page within a quarter of the rulings budget");
    }

    [Fact]
    public void The_content_scan_counts_operators_string_bytes_and_drawn_forms()
    {
        var scan = PdfContentScan.Count("q 1 0 0 1 0 0 cm BT /F1 12 Tf (ab\\)c) Tj <4142> Tj [(x) 5 (yz)] TJ ET /Fm Do /Fm Do % comment Tj\nBI /W 1 ID \x01\x02 EI Q"u8);

        // Operators: q cm BT Tf Tj Tj TJ ET Do Do BI ID Q = 13; string bytes: "ab\)c" 5 + hex 2 + x 1 + yz 2 = 10.
        Assert.Equal(23, scan.Operations);
        Assert.NotNull(scan.Drawn);
        Assert.Equal(2, scan.Drawn["Fm"]);
    }

    [Fact]
    public void The_content_scan_builds_no_table_for_a_stream_that_draws_no_form()
    {
        var scan = PdfContentScan.Count("BT /F1 12 Tf (abc) Tj ET"u8);

        Assert.Equal(7, scan.Operations); // BT Tf Tj ET + 3 string bytes
        Assert.Null(scan.Drawn);
    }

    [Fact]
    public void The_new_pdf_limits_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExtractionOptions { MaxPdfPageOperations = 0 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExtractionOptions { MaxPdfOperations = -1 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExtractionOptions { MaxPdfDecodedBytes = 0 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExtractionOptions { MaxPdfPageRulings = 0 }.Validate());
    }
}
