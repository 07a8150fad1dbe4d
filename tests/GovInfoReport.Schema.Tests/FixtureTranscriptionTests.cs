using GovInfoReport.Schema.Tests.Support;
using Xunit;

namespace GovInfoReport.Schema.Tests;

/// <summary>Spot checks that the fixtures carry the published values of their seeds (the full transcription and its
/// normalisations are listed in Fixtures/README.md).</summary>
public sealed class FixtureTranscriptionTests
{
    [Theory]
    [InlineData("seed-000.json", "2019", "河北省药品监督管理局", 2022)]
    [InlineData("seed-001.json", "2019", "巨鹿县卫生健康局", 2022)]
    [InlineData("seed-002.json", "2021", "绥化市卫生健康委员会", 2021)]
    [InlineData("seed-004.json", "2021", "河北省机关事务管理局", 2022)]
    public void FixtureIdentifiesTheReport(string fixture, string templateVersion, string agencyName, int reportYear)
    {
        var payload = TestData.LoadFixture(fixture);

        Assert.Equal(templateVersion, payload["templateVersion"]!.GetValue<string>());
        Assert.Equal(agencyName, payload["agencyName"]!.GetValue<string>());
        Assert.Equal(reportYear, payload["reportYear"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("seed-000.json", null)]
    [InlineData("seed-001.json", "2022-01-18")]
    [InlineData("seed-002.json", null)]
    [InlineData("seed-004.json", null)]
    public void PublicationDateIsRecordedOnlyWhenTheDocumentStatesOne(string fixture, string? date)
    {
        Assert.Equal(date, TestData.LoadFixture(fixture)["publicationDate"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("seed-000.json", "/activeDisclosure/licensing/administrativeLicensing/changeThisYear", "5")] // printed "+5"
    [InlineData("seed-000.json", "/activeDisclosure/licensing/administrativeLicensing/decisions", "15166")]
    [InlineData("seed-000.json", "/activeDisclosure/procurement/centralizedProcurement/totalAmount/value", "7049.93")] // "7049.93万元"
    [InlineData("seed-000.json", "/activeDisclosure/procurement/centralizedProcurement/totalAmount/unit", "\"万元\"")]
    [InlineData("seed-000.json", "/reviewAndLitigation/administrativeLitigation/afterReview/total", "2")]
    [InlineData("seed-001.json", "/activeDisclosure/penaltiesAndCoercion/administrativePenalties/decisions", "70")]
    [InlineData("seed-001.json", "/activeDisclosure/procurement/centralizedProcurement/totalAmount/unit", "\"unknown\"")]
    [InlineData("seed-002.json", "/activeDisclosure/licensing/administrativeLicensing/decisionsThisYear", "1584")]
    [InlineData("seed-002.json", "/applications/outcomes/disclosed/naturalPersons", "2")]
    [InlineData("seed-002.json", "/applications/outcomes/disclosed/total", "0")] // published inconsistency, kept
    [InlineData("seed-004.json", "/activeDisclosure/penaltiesAndCoercion/administrativeCoercion/decisionsThisYear", "0")] // row printed 行政许可, value "无"
    [InlineData("seed-004.json", "/activeDisclosure/regulations/normativeDocuments/currentlyValid", "9")]
    [InlineData("seed-004.json", "/activeDisclosure/fees/administrativeFees/amountInTenThousandYuan", "1016.72")]
    public void CellHoldsThePublishedValue(string fixture, string pointer, string json)
    {
        Assert.Equal(json, JsonPointer.Get(TestData.LoadFixture(fixture), pointer).ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Theory]
    [InlineData("seed-000.json")]
    [InlineData("seed-001.json")]
    [InlineData("seed-002.json")]
    [InlineData("seed-004.json")]
    public void ProseSectionsArePresentAndFreeOfConversionArtefacts(string fixture)
    {
        var payload = TestData.LoadFixture(fixture);

        foreach (var section in new[] { "overview", "problemsAndImprovements", "otherMatters" })
        {
            var text = payload[section]!.GetValue<string>();
            Assert.False(string.IsNullOrWhiteSpace(text), $"{fixture} {section} is empty");
            Assert.DoesNotContain("[bookmark:", text, System.StringComparison.Ordinal);
            Assert.DoesNotContain("**", text, System.StringComparison.Ordinal);
            Assert.Equal(text.Trim(), text);
        }
    }
}
