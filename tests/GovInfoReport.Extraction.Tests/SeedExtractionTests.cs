using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoReport.Extraction.Tests.Support;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// Seeds 000, 001, 002 and 004 are extracted cell for cell equal to their hand-made fixtures, in every input form:
/// the published text as given, and an HTML page and a DOCX document that render the fixture's tables in the official
/// layout (merged header cells). Every leaf is compared: every numeric and unit cell, templateVersion, agencyName,
/// reportYear, publicationDate, and the prose sections after removing all white space (the fixtures join paragraphs
/// with '\n' and one of them rejoins a paragraph broken mid-word; white-space-free comparison covers both).
/// </summary>
public sealed class SeedExtractionTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in new[] { "000", "001", "002", "004" })
        {
            foreach (var form in new[] { "text", "html", "docx" })
            {
                data.Add(seed, form);
            }
        }

        return data;
    }

    internal static ExtractionResult ExtractForm(string seed, string form)
    {
        var fixture = TestFiles.Fixture(seed);
        return form switch
        {
            "text" => ReportExtractor.Extract(TestFiles.SeedText(seed), seed + ".txt"),
            "html" => ReportExtractor.ExtractHtml(HtmlRenderer.Render(ReportLayout.FromPayload(fixture)), seed + ".html"),
            _ => ReportExtractor.ExtractDocx(new MemoryStream(DocxRenderer.Render(ReportLayout.FromPayload(fixture))), seed + ".docx"),
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extracts_the_fixture_cell_for_cell(string seed, string form)
    {
        var fixture = TestFiles.Fixture(seed);
        var result = ExtractForm(seed, form);

        Assert.Equal(ExtractionStatus.Extracted, result.Status);
        var compared = PayloadAssert.Contains(fixture, result.Payload);
        Assert.True(compared > 200, $"only {compared} leaves compared");

        // Nothing more than the fixture either (no invented publication date, no extra cell).
        PayloadAssert.Contains(result.Payload!, fixture);
        Assert.Equal((string)fixture["agencyName"]!, result.AgencyName);
        Assert.Equal((int)fixture["reportYear"]!, result.ReportYear);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_payload_is_structurally_valid_for_its_version(string seed, string form)
    {
        var result = ExtractForm(seed, form);
        var validation = ReportValidator.Validate(result.GetPayloadUtf8());
        Assert.Equal((int)result.TemplateVersion!, (int)validation.TemplateVersion!);
        Assert.DoesNotContain(validation.Issues, i => i.RuleId.StartsWith("structure.", System.StringComparison.Ordinal) || i.RuleId.StartsWith("json.", System.StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_payload_value_has_provenance(string seed, string form)
    {
        var result = ExtractForm(seed, form);
        foreach (var pointer in Leaves(result.Payload!, string.Empty).Where(p => !p.EndsWith("/unit", System.StringComparison.Ordinal) && p != "/templateVersion"))
        {
            var provenance = result.FindProvenance(pointer) ?? result.FindProvenance(pointer[..pointer.LastIndexOf('/')]);
            Assert.True(provenance is not null, $"{pointer} has no provenance");
            if (form == "text")
            {
                Assert.NotNull(provenance!.Location.Line);
            }
            else if (pointer.StartsWith("/applications", System.StringComparison.Ordinal) || pointer.StartsWith("/reviewAndLitigation", System.StringComparison.Ordinal) || pointer.StartsWith("/activeDisclosure", System.StringComparison.Ordinal))
            {
                Assert.NotNull(provenance!.Location.Table);
                Assert.NotNull(provenance.Location.Row);
                Assert.NotNull(provenance.Location.Column);
            }
        }
    }

    private static System.Collections.Generic.IEnumerable<string> Leaves(JsonNode node, string path)
    {
        if (node is JsonObject o)
        {
            foreach (var (key, value) in o)
            {
                foreach (var leaf in Leaves(value!, path + "/" + key))
                {
                    yield return leaf;
                }
            }
        }
        else
        {
            yield return path;
        }
    }
}
