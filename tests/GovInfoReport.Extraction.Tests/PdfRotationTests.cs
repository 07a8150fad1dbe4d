using System;
using System.IO;
using System.Linq;
using GovInfoReport.Extraction.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// Pages turned by /Rotate (how a landscape table is often published) or text drawn turned: PdfPig gives letters whose
/// baselines run down, up or right to left, which the reader used to drop (a turned report was "a PDF without text").
/// A page is now read in its reading direction, rulings included, and gives the same cells as the upright page; text
/// in another direction than the page's is left out with a note, never mixed into the rows.
/// </summary>
public sealed class PdfRotationTests
{
    private static byte[] Layout(string name) => File.ReadAllBytes(Path.Combine(TestFiles.Root, "Layouts", name));

    /// <summary>Every page of a PDF copied with its /Rotate set to <paramref name="degrees"/>.</summary>
    private static byte[] Rotated(byte[] pdf, int degrees)
    {
        using var source = PdfDocument.Open(pdf);
        var builder = new PdfDocumentBuilder();
        for (var page = 1; page <= source.NumberOfPages; page++)
        {
            builder.AddPage(source, page).SetRotation(new PageRotationDegrees(degrees));
        }

        return builder.Build();
    }

    [Theory]
    [InlineData("002", "ruled", 90)]
    [InlineData("002", "ruled", 180)]
    [InlineData("002", "ruled", 270)]
    [InlineData("004", "ruled", 90)]
    [InlineData("001", "unruled", 270)]
    public void A_turned_pdf_extracts_the_fixture_cell_for_cell(string seed, string borders, int degrees)
    {
        var fixture = TestFiles.Fixture(seed);
        var pdf = Rotated(Layout($"seed-{seed}.{borders}.pdf"), degrees);

        var result = ReportExtractor.ExtractBytes(pdf, $"seed-{seed}.{borders}.rotated-{degrees}.pdf");

        Assert.Equal(ExtractionStatus.Extracted, result.Status);
        var compared = PayloadAssert.Contains(fixture, result.Payload);
        Assert.True(compared > 200, $"only {compared} leaves compared");
        PayloadAssert.Contains(result.Payload!, fixture);
        var turned = result.Notes.Where(n => n.Code == ExtractionNoteCodes.PdfPageRotated).ToList();
        Assert.NotEmpty(turned);
        Assert.All(turned, n => Assert.Contains($"{degrees}°", n.MessageEn, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Notes, n => n.Code == ExtractionNoteCodes.PdfTextSkipped);
    }

    [Fact]
    public void A_turned_pdf_keeps_table_three_across_its_page_break()
    {
        var result = ReportExtractor.ExtractPdf(Rotated(Layout("seed-002.ruled.pdf"), 90), "rotated");

        var first = result.FindProvenance("/applications/newApplications/naturalPersons")!.Location;
        var last = result.FindProvenance("/applications/carriedOverToNextYear/total")!.Location;
        Assert.True(last.Page > first.Page);
        Assert.NotNull(result.FindProvenance("/applications/outcomes/notProcessed/publications/total"));
    }

    [Fact]
    public void Text_drawn_turned_on_an_upright_page_is_read_in_its_direction()
    {
        // No /Rotate: the text matrix turns the text 90° (running up the page), two lines.
        var pdf = RawPdf.Page(RawPdf.Ascii("BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Hello World) Tj 0 -20 Td (Second line) Tj ET"));

        var result = ReportExtractor.ExtractPdf(pdf, "turned-text.pdf");

        Assert.DoesNotContain(result.Notes, n => n.Code == ExtractionNoteCodes.PdfWithoutText);
        var note = Assert.Single(result.Notes, n => n.Code == ExtractionNoteCodes.PdfPageRotated);
        Assert.Contains("270°", note.MessageEn, StringComparison.Ordinal);
        Assert.Equal(1, note.Location!.Page);
    }

    [Fact]
    public void A_turned_stamp_on_an_upright_page_is_left_out_with_a_located_note()
    {
        var pdf = RawPdf.Page(RawPdf.Ascii(
            "BT /F1 12 Tf 72 720 Td (An upright line of the report) Tj 0 -20 Td (and another upright line) Tj ET " +
            "BT /F1 12 Tf 0 1 -1 0 500 300 Tm (STAMP) Tj ET"));

        var result = ReportExtractor.ExtractPdf(pdf, "stamp.pdf");

        var note = Assert.Single(result.Notes, n => n.Code == ExtractionNoteCodes.PdfTextSkipped);
        Assert.Equal(NoteSeverity.Warning, note.Severity);
        Assert.Equal(1, note.Location!.Page);
        Assert.Contains("5 character(s)", note.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Notes, n => n.Code == ExtractionNoteCodes.PdfPageRotated);
    }
}
