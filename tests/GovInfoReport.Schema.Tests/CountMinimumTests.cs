using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovInfoReport.Schema.Tests.Support;
using Xunit;

namespace GovInfoReport.Schema.Tests;

/// <summary>R5 as schema keywords: every integer count has <c>minimum: 0</c> except the signed 本年增/减
/// (<c>changeThisYear</c>), which has none; money amounts are non-negative numbers.</summary>
public sealed class CountMinimumTests
{
    private const string SignedCount = "changeThisYear";
    private const string Year = "reportYear";

    public static TheoryData<TemplateVersion> Versions => new(TemplateVersion.V2019, TemplateVersion.V2021);

    [Theory]
    [InlineData(TemplateVersion.V2019, 19)]
    [InlineData(TemplateVersion.V2021, 16)]
    public void EveryIntegerCountExceptChangeThisYearHasMinimumZero(TemplateVersion version, int expectedCountSchemas)
    {
        var schema = TestData.SchemaJson(version);

        // 2019: 3 document + 2 matter + 1 fee + 1 procurement + 7 applicant + 5 case columns = 19;
        // 2021: 3 document + 1 decision + 7 applicant + 5 case columns = 16. Pinned against a vacuous walk.
        Assert.Equal(expectedCountSchemas, IntegerNodes(schema).Count(IsUnsignedCount));
        Assert.Empty(CountsWithoutMinimumZero(schema));
    }

    [Theory]
    [InlineData(TemplateVersion.V2019, 2)]
    [InlineData(TemplateVersion.V2021, 0)]
    public void ChangeThisYearIsASignedIntegerWithoutMinimum(TemplateVersion version, int expectedOccurrences)
    {
        // 2019: definitions/matterCounts (shared by the four rows of 第（五）项 and 第（六）项) and 第（八）项 fees; none in 2021.
        var signed = IntegerNodes(TestData.SchemaJson(version)).Where(node => node.PropertyName == SignedCount).ToList();

        Assert.Equal(expectedOccurrences, signed.Count);
        Assert.All(signed, node =>
        {
            Assert.False(node.Schema.ContainsKey("minimum"), $"{node.Pointer} has a minimum");
            Assert.False(node.Schema.ContainsKey("exclusiveMinimum"), $"{node.Pointer} has an exclusiveMinimum");
        });
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void ReportYearIsTheOnlyIntegerThatIsNotACount(TemplateVersion version)
    {
        var year = Assert.Single(IntegerNodes(TestData.SchemaJson(version)), node => node.PropertyName == Year);

        Assert.Equal("/properties/reportYear", year.Pointer);
    }

    [Theory]
    [InlineData(TemplateVersion.V2019, "/properties/activeDisclosure/properties/procurement/properties/centralizedProcurement/properties/totalAmount/properties/value")]
    [InlineData(TemplateVersion.V2021, "/properties/activeDisclosure/properties/fees/properties/administrativeFees/properties/amountInTenThousandYuan")]
    public void MoneyAmountIsTheOnlyNonIntegerNumberAndHasMinimumZero(TemplateVersion version, string expectedPointer)
    {
        var numbers = SchemaWalker.SchemaNodes(TestData.SchemaJson(version))
            .Where(node => node.Schema["type"]?.GetValue<string>() == "number")
            .ToList();

        var amount = Assert.Single(numbers);
        Assert.Equal(expectedPointer, amount.Pointer);
        Assert.Equal(0m, amount.Schema["minimum"].Deserialize<decimal>());
    }

    [Fact]
    public void CheckReportsPlantedDefects()
    {
        var schema = TestData.SchemaJson(TemplateVersion.V2019);
        JsonPointer.Get(schema, "/definitions/applicantCounts/properties/total").AsObject().Remove("minimum");
        JsonPointer.Set(schema, "/definitions/caseOutcomes/properties/pending/minimum", JsonValue.Create(1));

        Assert.Equal(
            ["/definitions/applicantCounts/properties/total", "/definitions/caseOutcomes/properties/pending"],
            CountsWithoutMinimumZero(schema));
    }

    private static bool IsUnsignedCount(SchemaNode node) => node.PropertyName is not (SignedCount or Year);

    private static List<string> CountsWithoutMinimumZero(JsonObject schema) =>
        IntegerNodes(schema)
            .Where(IsUnsignedCount)
            .Where(node => !(node.Schema["minimum"] is JsonValue minimum && minimum.Deserialize<decimal>() == 0m))
            .Select(node => node.Pointer)
            .ToList();

    private static SchemaNode[] IntegerNodes(JsonObject schema) =>
        SchemaWalker.SchemaNodes(schema)
            .Where(node => node.Schema["type"]?.GetValue<string>() == "integer")
            .ToArray();
}
