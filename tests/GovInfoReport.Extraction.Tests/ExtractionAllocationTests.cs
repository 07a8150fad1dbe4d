using System;
using System.Globalization;
using GovInfoReport.Extraction.Tests.Support;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// The allocation budget of text (and DOCX) extraction (issue 10's speed target: garbage collection was most of a seed's time).
/// Bytes allocated are deterministic for a given build, unlike time, so this holds in CI on a loaded machine; the speed
/// itself is measured with BenchmarkDotNet (docs/performance.md). Before the change the seeds allocated 349–376 KB
/// each (measured the same way); after it 248–266 KB. Issue 14 (every collection stops all workers of the batch tool)
/// cut it again: 000 255.8 → 189.7 KB, 001 262.9 → 191.7, 002 253.8 → 175.6, 004 244.0 → 171.8 (shared parses and
/// texts of plain counts and shared line locations, 48-byte cells, paragraph cells made on demand, exact slot arrays,
/// label distances on the stack, no per-call closures or dictionaries, one provenance list). The budget is that plus
/// about 11 % for small changes, so the code before issue 14 fails here, as does a return of the per-cell copies,
/// pointer concatenations and regex matches.
/// </summary>
public sealed class ExtractionAllocationTests
{
    [Theory]
    [InlineData("000", 211)]
    [InlineData("001", 213)]
    [InlineData("002", 195)]
    [InlineData("004", 191)]
    public void A_seed_report_is_extracted_within_its_allocation_budget(string seed, int budgetKb)
    {
        var text = TestFiles.SeedText(seed);
        AssertWithinBudget($"Seed {seed}", budgetKb, () => ReportExtractor.Extract(text, seed + ".txt"));
    }

    /// <summary>
    /// The same for a DOCX rendering of the seed, read from its bytes: before the markup limits moved into the reader,
    /// a pre-scan opened the ZIP a second time and parsed every XML part once more, and the seeds allocated 455–464 KB
    /// each (measured by this test on the commit before); reading each part once, 370–378 KB. Issue 14's cuts in the
    /// shared cell, table and payload code: 000 377.8 → 347.4 KB, 001 369.8 → 338.9, 002 373.6 → 344.6, 004 369.7 →
    /// 341.0. The budget is that plus about 11 %, so a second pass over the package fails here (issue 14's 8 % does not
    /// show in it; the text seeds' budgets above hold that).
    /// </summary>
    [Theory]
    [InlineData("000", 386)]
    [InlineData("001", 376)]
    [InlineData("002", 383)]
    [InlineData("004", 379)]
    public void A_docx_seed_report_is_extracted_within_its_allocation_budget(string seed, int budgetKb)
    {
        var docx = DocxRenderer.Render(ReportLayout.FromPayload(TestFiles.Fixture(seed)), ruled: true);
        AssertWithinBudget($"The DOCX of seed {seed}", budgetKb, () => ReportExtractor.ExtractBytes(docx, seed + ".docx"));
    }

    /// <summary>The fewest bytes one of three extractions allocates on this thread, after three to warm up, is within the budget.</summary>
    private static void AssertWithinBudget(string what, int budgetKb, Func<ExtractionResult> extract)
    {
        // Warm-up: type initialisers, regex runners and the process-wide pointer caches allocate once.
        for (var i = 0; i < 3; i++)
        {
            Assert.True(extract().IsAnnualReport);
        }

        var least = long.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var result = extract();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(result.IsAnnualReport, result.ReasonEn);
            least = Math.Min(least, allocated);
        }

        Assert.True(least <= budgetKb * 1024L,
            $"{what} allocated {(least / 1024.0).ToString("F1", CultureInfo.InvariantCulture)} KB per extraction; the budget is {budgetKb} KB.");
    }
}
