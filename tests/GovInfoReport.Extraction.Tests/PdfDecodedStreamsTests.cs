using System.Collections.Generic;
using System.IO;
using System.Linq;
using GovInfoReport.Extraction.Readers;
using GovInfoReport.Extraction.Tests.Support;
using UglyToad.PdfPig;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// The work budget inflates every content stream, font program and ToUnicode map before PdfPig reads a page; PdfPig
/// takes those bytes instead of inflating each stream a second time, and reads exactly the same pages.
/// </summary>
public sealed class PdfDecodedStreamsTests
{
    private static readonly ParsingOptions Plain = new() { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false };

    [Theory]
    [InlineData("Layouts/seed-002.ten-pages.pdf")]
    [InlineData("RealReports/hongze-2024.pdf")]
    [InlineData("Layouts/seed-001.unruled.pdf")]
    public void PdfPig_takes_every_stream_the_budget_inflated_and_reads_the_same_pages(string file)
    {
        var pdf = File.ReadAllBytes(Path.Combine(TestFiles.Root, file));

        var (pages, streams) = Read(pdf);

        Assert.True(streams.Kept > 0, "the budget kept no stream");
        Assert.Equal(streams.Kept, streams.Taken);
        Assert.Equal(Read(pdf, null).Pages, pages);
    }

    [Fact]
    public void A_stream_with_decoding_parameters_is_left_to_PdfPig()
    {
        var pdf = RawPdf.Build(
        [
            RawPdf.Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            RawPdf.Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            RawPdf.Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"),
            RawPdf.Stream(RawPdf.Ascii("BT /F1 12 Tf 72 720 Td (seen) Tj ET"), "/DecodeParms << /Predictor 1 >>"),
            RawPdf.Ascii(RawPdf.Helvetica),
        ]);

        var (pages, streams) = Read(pdf);

        Assert.Equal(0, streams.Kept);
        Assert.Equal("s|e|e|n", Assert.Single(pages).Split(' ')[0]);
        Assert.Equal(Read(pdf, null).Pages, pages);
    }

    [Fact]
    public void A_stream_that_does_not_inflate_cleanly_is_left_to_PdfPig()
    {
        // A zlib header and then a block of the reserved type: inflating it fails, and PdfPig has its own way with that.
        byte[] damaged = [0x78, 0x9C, 0xFF, 0xFF, 0xFF, 0xFF];
        var stream = RawPdf.Ascii($"<< /Length {damaged.Length} /Filter /FlateDecode >>\nstream\n").Concat(damaged).Concat(RawPdf.Ascii("\nendstream")).ToArray();
        var pdf = RawPdf.Build(
        [
            RawPdf.Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            RawPdf.Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            RawPdf.Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents [4 0 R 6 0 R] >>"),
            stream,
            RawPdf.Ascii(RawPdf.Helvetica),
            RawPdf.Stream(RawPdf.Ascii("BT /F1 12 Tf 72 720 Td (ok) Tj ET")),
        ]);

        var (pages, streams) = Read(pdf);

        Assert.Equal(1, streams.Kept); // the clean one only
        Assert.Equal(1, streams.Taken);
        Assert.Equal(Read(pdf, null).Pages, pages);
    }

    /// <summary>Every page as text: each letter with its value, box, baseline ends, orientation and size, then the paths.</summary>
    private static (List<string> Pages, PdfDecodedStreams Streams) Read(byte[] pdf) => Read(pdf, new PdfDecodedStreams());

    private static (List<string> Pages, PdfDecodedStreams Streams) Read(byte[] pdf, PdfDecodedStreams? streams)
    {
        var options = new ParsingOptions { UseLenientParsing = Plain.UseLenientParsing, SkipMissingFonts = Plain.SkipMissingFonts, ClipPaths = Plain.ClipPaths, FilterProvider = streams };
        using var document = PdfDocument.Open(pdf, options);
        Assert.Null(PdfBudget.Check(document, ExtractionOptions.Default, streams));
        var pages = new List<string>();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            var page = document.GetPage(number);
            var letters = string.Join("|", page.Letters.Select(l => l.Value));
            var geometry = string.Join(";", page.Letters.Select(l => $"{l.BoundingBox} {l.StartBaseLine} {l.EndBaseLine} {l.TextOrientation} {l.PointSize:R}"));
            var paths = string.Join(";", page.Paths.Select(p => $"{p.IsStroked} {p.IsFilled} {p.IsClipping} {p.GetBoundingRectangle()}"));
            pages.Add($"{letters} {geometry} {paths} {page.Width:R} {page.Height:R}");
        }

        return (pages, streams ?? new PdfDecodedStreams());
    }
}
