using System;
using System.IO;
using GovInfoReport.Extraction;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Fuzz.Targets;
using Xunit;

namespace GovInfoReport.Fuzz.Tests;

/// <summary>
/// The `pdf` target is only worth its fuzzing time if its seeds reach past PdfPig into our line, ruling and table code,
/// and only honest if a bug of ours that the PDF reader turns into a "cannot be read" refusal still counts as a crash.
/// </summary>
public sealed class PdfTargetTests
{
    [Theory]
    [InlineData("table-ruled.pdf")]
    [InlineData("table-unruled.pdf")]
    public void Pdf_seeds_reach_the_table_reader(string seed)
    {
        var result = ReportExtractor.ExtractBytes(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seeds", "pdf", seed)), seed);

        Assert.Equal(SourceFormat.Pdf, result.Format);
        Assert.Equal(ExtractionStatus.Extracted, result.Status);
        var regulations = result.Payload!["activeDisclosure"]!["regulations"]!;
        Assert.Equal(45, (int)regulations["normativeDocuments"]!["totalPublished"]!);
        Assert.Equal(3, (int)regulations["departmentalRules"]!["totalPublished"]!);
        Assert.Equal(1024, (int)result.Payload["activeDisclosure"]!["licensing"]!["administrativeLicensing"]!["decisions"]!);
    }

    [Fact]
    public void An_exception_thrown_in_our_code_is_ours_and_one_thrown_in_PdfPig_is_not()
    {
        var ours = Assert.ThrowsAny<Exception>(() => new SourceRow(null!));
        var pdfPig = Assert.ThrowsAny<Exception>(() => UglyToad.PdfPig.PdfDocument.Open("%PDF-1.7 no objects, no trailer"u8.ToArray()));

        Assert.True(OwnCodeExceptions.IsOurs(ours), ours.ToString());
        Assert.False(OwnCodeExceptions.IsOurs(pdfPig), pdfPig.ToString());
    }

    [Fact]
    public void A_damaged_pdf_is_a_refusal_the_target_accepts()
    {
        // PdfPig throws on this file; the refusal names PdfPig's exception, so the target must return normally.
        var damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
        var result = ReportExtractor.ExtractBytes(damaged, "damaged.pdf");

        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        FuzzTargets.Find("pdf").Run(damaged);
    }
}
