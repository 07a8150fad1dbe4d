using GovInfoReport.Extraction.Tests.Support;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// The seeds in the text layouts real conversions produce extract cell for cell equal to their fixtures: columns
/// aligned with spaces (labels wrapped in their column, values on the label's first line or on a line of their own,
/// blank cells as spaces) and OCR Markdown (### headings, wrapped labels moved out of the tables above bare values,
/// placeholder header rows, table 四 as one table per group).
/// </summary>
public sealed class LayoutVariantTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in new[] { "000", "001", "002", "004" })
        {
            foreach (var form in new[] { "aligned", "aligned-values-after-label", "markdown" })
            {
                data.Add(seed, form);
            }
        }

        return data;
    }

    internal static string Render(string seed, string form)
    {
        var layout = ReportLayout.FromPayload(TestFiles.Fixture(seed));
        return form switch
        {
            "aligned" => AlignedTextRenderer.Render(layout, valuesAfterLabel: false),
            "aligned-values-after-label" => AlignedTextRenderer.Render(layout, valuesAfterLabel: true),
            _ => MarkdownRenderer.Render(layout),
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extracts_the_fixture_cell_for_cell(string seed, string form)
    {
        var fixture = TestFiles.Fixture(seed);
        var result = ReportExtractor.Extract(Render(seed, form), $"{seed}.{form}");

        Assert.Equal(ExtractionStatus.Extracted, result.Status);
        var compared = PayloadAssert.Contains(fixture, result.Payload);
        Assert.True(compared > 200, $"only {compared} leaves compared");
        PayloadAssert.Contains(result.Payload!, fixture);
    }
}
