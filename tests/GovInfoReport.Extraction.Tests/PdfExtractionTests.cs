using System;
using System.IO;
using System.Linq;
using GovInfoReport.Extraction.Tests.Support;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// The seeds rendered to PDF (Layouts/, made once with LibreOffice from the official-layout DOCX rendering of each
/// fixture) extract cell for cell equal to their fixtures; a PDF without a text layer is refused with a note that says
/// to run OCR first; damaged and oversized PDFs give a clear result, never an exception.
/// </summary>
public sealed class PdfExtractionTests
{
    public static TheoryData<string, string> Seeds()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in new[] { "000", "001", "002", "004" })
        {
            data.Add(seed, "ruled");
            data.Add(seed, "unruled");
        }

        return data;
    }

    private static byte[] Layout(string name) => File.ReadAllBytes(Path.Combine(TestFiles.Root, "Layouts", name));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_pdf_extracts_the_fixture_cell_for_cell(string seed, string borders)
    {
        var fixture = TestFiles.Fixture(seed);
        var result = ReportExtractor.ExtractBytes(Layout($"seed-{seed}.{borders}.pdf"), $"seed-{seed}.{borders}.pdf");

        Assert.Equal(ExtractionStatus.Extracted, result.Status);
        Assert.Equal(Documents.SourceFormat.Pdf, result.Format);
        var compared = PayloadAssert.Contains(fixture, result.Payload);
        Assert.True(compared > 200, $"only {compared} leaves compared");
        PayloadAssert.Contains(result.Payload!, fixture);
    }

    [Theory]
    [InlineData("002")]
    [InlineData("004")]
    public void Table_three_continues_across_a_page_break(string seed)
    {
        var result = ReportExtractor.ExtractPdf(Layout($"seed-{seed}.ruled.pdf"), seed);

        var first = result.FindProvenance("/applications/newApplications/naturalPersons")!.Location;
        var last = result.FindProvenance("/applications/carriedOverToNextYear/total")!.Location;
        Assert.NotNull(first.Page);
        Assert.True(last.Page > first.Page, $"table 三 is on page {first.Page} only");

        // The row broken by the page break (its label goes on at the top of the next page) is still read.
        Assert.NotNull(result.FindProvenance("/applications/outcomes/notProcessed/publications/total"));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_table_value_of_a_pdf_has_page_position_and_cell(string seed, string borders)
    {
        var result = ReportExtractor.ExtractPdf(Layout($"seed-{seed}.{borders}.pdf"), seed);

        var values = result.Provenance.Where(p => p.Pointer.StartsWith("/applications", StringComparison.Ordinal) || p.Pointer.StartsWith("/reviewAndLitigation", StringComparison.Ordinal) || p.Pointer.StartsWith("/activeDisclosure", StringComparison.Ordinal)).ToList();
        Assert.True(values.Count > 150, $"only {values.Count} table values have provenance");
        Assert.All(values, p =>
        {
            Assert.NotNull(p.Location.Page);
            Assert.NotNull(p.Location.X);
            Assert.NotNull(p.Location.Y);
            Assert.NotNull(p.Location.Table);
            Assert.NotNull(p.Location.Row);
            Assert.NotNull(p.Location.Column);
        });
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("004")]
    public void Pdftotext_of_an_unruled_pdf_gives_only_exact_values(string seed)
    {
        var fixture = TestFiles.Fixture(seed);
        var result = ReportExtractor.Extract(File.ReadAllText(Path.Combine(TestFiles.Root, "Layouts", $"seed-{seed}.unruled.pdftotext.txt")), seed);

        Assert.Equal(ExtractionStatus.Extracted, result.Status);
        var read = 0;
        foreach (var provenance in result.Provenance.Where(p => p.Pointer.StartsWith("/applications", StringComparison.Ordinal) || p.Pointer.StartsWith("/reviewAndLitigation", StringComparison.Ordinal) || p.Pointer.StartsWith("/activeDisclosure", StringComparison.Ordinal)))
        {
            if (PayloadAssert.At(result.Payload!, provenance.Pointer) is { } value && PayloadAssert.TryNumber(value, out var number))
            {
                Assert.Equal(PayloadAssert.Number(PayloadAssert.At(fixture, provenance.Pointer)!), number);
                read++;
            }
        }

        Assert.True(read >= 10, $"only {read} values read");
    }

    [Fact]
    public void The_ten_page_report_extracts_the_seed_tables()
    {
        var fixture = TestFiles.Fixture("002");
        var result = ReportExtractor.ExtractPdf(Layout("seed-002.ten-pages.pdf"), "ten-pages");

        Assert.Equal(ExtractionStatus.Extracted, result.Status);
        foreach (var section in new[] { "activeDisclosure", "applications", "reviewAndLitigation" })
        {
            PayloadAssert.Contains(fixture[section]!, result.Payload![section], "/" + section);
        }

        Assert.True(result.FindProvenance("/reviewAndLitigation/administrativeReview/total")!.Location.Page >= 5);
    }

    [Fact]
    public void A_scan_without_text_layer_is_refused_with_the_advice_to_run_ocr()
    {
        var result = ReportExtractor.ExtractBytes(Layout("scan-without-text-layer.pdf"), "scan.pdf");

        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        Assert.Equal(Documents.SourceFormat.Pdf, result.Format);
        var note = Assert.Single(result.Notes);
        Assert.Equal(ExtractionNoteCodes.PdfWithoutText, note.Code);
        Assert.Contains("OCR", note.MessageEn, StringComparison.Ordinal);
        Assert.Contains("scan", note.MessageEn, StringComparison.Ordinal);
        Assert.Contains("OCR", note.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_without_unicode_mapping_are_counted_as_undecodable()
    {
        static Layout.LayoutLine Line(string text) => new(1, 0, 10, [new Layout.LayoutChunk(text, 0, 10, new Documents.SourceLocation(Page: 1))], new Documents.SourceLocation(Page: 1));

        var (characters, undecodable) = Readers.PdfDocumentReader.CountCharacters([Line("\uE001\uE002\uFFFD本"), Line("年度𠀀")]);

        Assert.Equal(8, characters);
        Assert.Equal(3, undecodable);
    }

    [Fact]
    public void A_damaged_pdf_is_unreadable_not_an_exception()
    {
        var bytes = Layout("seed-001.ruled.pdf");
        var truncated = bytes.AsSpan(0, bytes.Length / 3).ToArray();
        var garbage = "%PDF-1.7\n"u8.ToArray().Concat(Enumerable.Repeat((byte)'x', 5000)).ToArray();

        foreach (var input in new[] { truncated, garbage })
        {
            var result = ReportExtractor.ExtractBytes(input, "broken.pdf");
            Assert.NotEqual(ExtractionStatus.Extracted, result.Status);
            Assert.NotEmpty(result.Notes);
        }
    }

    [Fact]
    public void Page_and_size_limits_refuse_a_pdf_with_a_reason()
    {
        var bytes = Layout("seed-002.ruled.pdf");

        var pages = ReportExtractor.ExtractPdf(bytes, "p.pdf", new ExtractionOptions { MaxPdfPages = 1 });
        var letters = ReportExtractor.ExtractPdf(bytes, "l.pdf", new ExtractionOptions { MaxPdfLetters = 500 });
        var size = ReportExtractor.ExtractPdf(bytes, "s.pdf", new ExtractionOptions { MaxPdfBytes = 1000 });

        Assert.All(new[] { pages, letters, size }, r => Assert.Equal(ExtractionNoteCodes.InputTooLarge, Assert.Single(r.Notes).Code));
        Assert.Contains("pages", pages.Notes[0].MessageEn, StringComparison.Ordinal);
        Assert.Contains("characters", letters.Notes[0].MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Layouts", "seed-002.ten-pages.pdf")]
    [InlineData("RealReports", "hongze-2024.pdf")]
    public void An_array_is_read_in_place_with_the_same_result_as_its_span(string folder, string name)
    {
        var pdf = File.ReadAllBytes(Path.Combine(TestFiles.Root, folder, name));
        ReadOnlySpan<byte> span = pdf;

        var fromSpan = ReportExtractor.ExtractPdf(span, name);
        var fromArray = ReportExtractor.ExtractPdf(pdf, name);
        var anyFromArray = ReportExtractor.ExtractBytes(pdf, name);

        Assert.Equal(ExtractionStatus.Extracted, fromSpan.Status);
        foreach (var result in new[] { fromArray, anyFromArray })
        {
            Assert.Equal(fromSpan.GetPayloadUtf8(), result.GetPayloadUtf8());
            Assert.Equal(fromSpan.Provenance, result.Provenance);
            Assert.Equal(fromSpan.Notes, result.Notes);
        }

        // The span overload copies the file; the array overload must not (the copy of a PDF over 85 KB is a
        // large-object-heap array). Both were run once above, so neither pays for first-call work here.
        var before = GC.GetAllocatedBytesForCurrentThread();
        ReportExtractor.ExtractPdf(span, name);
        var spanBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        ReportExtractor.ExtractPdf(pdf, name);
        var arrayBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(spanBytes - arrayBytes > pdf.Length / 2, $"span {spanBytes} B, array {arrayBytes} B, file {pdf.Length} B");
    }

    [Fact]
    public void A_null_array_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => ReportExtractor.ExtractPdf((byte[])null!));
        Assert.Throws<ArgumentNullException>(() => ReportExtractor.ExtractBytes((byte[])null!));
    }

    [Fact]
    public void Pdf_and_markdown_are_supported_file_patterns()
    {
        Assert.Contains("*.pdf", ReportExtractor.SupportedFilePatterns);
        Assert.Contains("*.md", ReportExtractor.SupportedFilePatterns);
        Assert.Contains("*.txt", ReportExtractor.SupportedFilePatterns);
    }
}
