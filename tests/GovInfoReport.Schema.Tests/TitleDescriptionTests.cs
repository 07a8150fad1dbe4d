using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoReport.Schema.Tests.Support;
using Xunit;

namespace GovInfoReport.Schema.Tests;

/// <summary>Every titled node (Chinese statutory label) also carries a non-empty English <c>description</c>, which
/// the generator turns into XML documentation.</summary>
public sealed class TitleDescriptionTests
{
    [Theory]
    [InlineData(TemplateVersion.V2019, 83)]
    [InlineData(TemplateVersion.V2021, 76)]
    public void EveryTitledNodeHasAnEnglishDescription(TemplateVersion version, int titledNodes)
    {
        var schema = TestData.SchemaJson(version);

        Assert.Equal(titledNodes, TitledNodes(schema).Count()); // pinned so that a broken walk cannot pass vacuously
        Assert.Empty(NodesWithoutEnglishDescription(schema));
    }

    [Fact]
    public void CheckReportsPlantedDefects()
    {
        var schema = TestData.SchemaJson(TemplateVersion.V2019);
        JsonPointer.Get(schema, "/definitions/applicantCounts/properties/naturalPersons").AsObject().Remove("description");
        JsonPointer.Set(schema, "/definitions/caseOutcomes/properties/pending/description", JsonValue.Create("尚未审结"));
        JsonPointer.Set(schema, "/properties/overview/description", JsonValue.Create(""));

        Assert.Equal(
            ["/properties/overview", "/definitions/applicantCounts/properties/naturalPersons", "/definitions/caseOutcomes/properties/pending"],
            NodesWithoutEnglishDescription(schema));
    }

    [Theory]
    [InlineData("Natural persons", true)]
    [InlineData("Fees collected this year, in ten thousand yuan (万元)", true)]
    [InlineData("自然人", false)]
    [InlineData("申请人情况 (applicants)", false)]
    [InlineData("   ", false)]
    public void EnglishCheckAcceptsEnglishProseWithQuotedChineseTermsOnly(string text, bool expected)
    {
        Assert.Equal(expected, IsEnglish(text));
    }

    private static IEnumerable<(string Pointer, JsonNode? Node)> TitledNodes(JsonObject schema) =>
        SchemaWalker.AllNodes(schema).Where(item => item.Node is JsonObject obj && obj["title"] is JsonValue);

    private static List<string> NodesWithoutEnglishDescription(JsonObject schema) =>
        TitledNodes(schema)
            .Where(item => !(item.Node!["description"] is JsonValue value && value.TryGetValue<string>(out var text) && IsEnglish(text)))
            .Select(item => item.Pointer)
            .ToList();

    /// <summary>English prose: starts with a Latin letter and has more Latin letters than CJK characters (a quoted
    /// Chinese term in parentheses is fine).</summary>
    private static bool IsEnglish(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || !char.IsAsciiLetter(trimmed[0]))
        {
            return false;
        }

        var latin = trimmed.Count(char.IsAsciiLetter);
        var cjk = trimmed.Count(c => (c >= '\u3000' && c <= '\u9fff') || (c >= '\uff00' && c <= '\uffef'));
        return latin > cjk;
    }
}
