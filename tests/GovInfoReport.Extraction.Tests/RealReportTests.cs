using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoReport.Extraction.Tests.Support;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// Real published reports (RealReports/): the PDF, its <c>pdftotext -layout</c> text and an OCR Markdown export extract
/// with every transcribed cell exact and no wrong cell. Cells are compared as the project's scorer does: a blank printed
/// cell (null) is exact when the payload has 0 there or leaves it out; a single printed （六）其他处理 row is compared
/// with the sum of the three 2021 sub-rows.
/// </summary>
public sealed class RealReportTests
{
    private static readonly string[] OtherSubRows = ["correctionOverdue", "feeUnpaid", "other"];

    public static TheoryData<string, string> Files() => new()
    {
        { "hongze-2024", "hongze-2024.pdf" },
        { "hongze-2024", "hongze-2024.pdftotext.txt" },
        { "sh-gov-office-2025", "sh-gov-office-2025.ocr.md" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_transcribed_cell_is_exact(string id, string file)
    {
        var folder = Path.Combine(TestFiles.Root, "RealReports");
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, id + ".expected.json")))!.AsObject();
        var result = ReportExtractor.ExtractBytes(File.ReadAllBytes(Path.Combine(folder, file)), file);

        Assert.Equal(ExtractionStatus.Extracted, result.Status);
        Assert.Equal((string)expected["agency"]!, result.AgencyName);
        Assert.Equal((int)expected["year"]!, result.ReportYear);
        Assert.Equal((string)expected["template"]!, ((int)result.TemplateVersion!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var wrong = new List<string>();
        var missing = new List<string>();
        var cells = expected["cells"]!.AsObject();
        foreach (var (pointer, printed) in cells)
        {
            var got = ValueAt(result.Payload!, pointer);
            if (printed is null)
            {
                if (got is not null && got != 0m)
                {
                    wrong.Add($"{pointer}: printed blank, extracted {got}");
                }
            }
            else if (got is null)
            {
                missing.Add(pointer);
            }
            else if (got != PayloadAssert.Number(printed))
            {
                wrong.Add($"{pointer}: printed {printed.ToJsonString()}, extracted {got}");
            }
        }

        Assert.True(wrong.Count == 0, "WRONG cells:\n" + string.Join("\n", wrong));
        Assert.True(missing.Count == 0, $"{missing.Count} of {cells.Count} cells missing:\n" + string.Join("\n", missing.Take(30)));
        Assert.True(cells.Count >= 186, "the transcription holds every cell of tables 三 and 四 at least");
    }

    [Fact]
    public void Pdf_values_carry_page_and_position()
    {
        var file = Path.Combine(TestFiles.Root, "RealReports", "hongze-2024.pdf");
        var result = ReportExtractor.ExtractPdf(File.ReadAllBytes(file), "hongze-2024.pdf");

        // Table 三 starts on page 3 and continues on page 4 (the page break falls after 1.本机关不掌握相关政府信息).
        var first = result.FindProvenance("/applications/newApplications/naturalPersons")!;
        var last = result.FindProvenance("/applications/carriedOverToNextYear/total")!;
        Assert.Equal(3, first.Location.Page);
        Assert.Equal(4, last.Location.Page);
        Assert.Equal("95", first.RawText);
        Assert.NotNull(first.Location.X);
        Assert.NotNull(first.Location.Y);
        Assert.NotNull(first.Location.Table);
        Assert.Contains("page 3", first.Location.ToString(), StringComparison.Ordinal);

        // The group cell 三、本年度办理结果, printed a few characters a line down its merged cell, is one cell, not rows.
        Assert.DoesNotContain(result.Notes, n => n.Code == ExtractionNoteCodes.ExtraRow);
    }

    private static decimal? ValueAt(JsonNode payload, string pointer)
    {
        if (PayloadAssert.At(payload, pointer) is { } node)
        {
            return PayloadAssert.TryNumber(node, out var value) ? value : null;
        }

        var slash = pointer.LastIndexOf('/');
        var parent = pointer[..slash];
        if (!parent.EndsWith("/outcomes/otherHandling", StringComparison.Ordinal))
        {
            return null;
        }

        // A single printed （六） row against a 2021 payload: the sum of its three sub-rows.
        decimal sum = 0;
        foreach (var sub in OtherSubRows)
        {
            if (PayloadAssert.At(payload, $"{parent}/{sub}{pointer[slash..]}") is not { } part || !PayloadAssert.TryNumber(part, out var value))
            {
                return null;
            }

            sum += value;
        }

        return sum;
    }
}
