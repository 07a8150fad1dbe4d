using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using GovInfoReport.Schema.Tests.Support;
using NJsonSchema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests;

/// <summary>Structurally invalid payloads, each made by one mutation of a valid fixture, are rejected by
/// NJsonSchema with exactly one error of the expected kind at the mutated cell.</summary>
public sealed class StructuralRejectionTests
{
    private const string Fixture2019 = "seed-000.json";
    private const string Fixture2021 = "seed-002.json";

    private sealed record Mutation(string Fixture, string Pointer, JsonNode? Value, bool Remove, ValidationErrorKind ExpectedKind);

    private static readonly Dictionary<string, Mutation> Mutations = new()
    {
        ["2019 wrong type: string in a count cell"] =
            new(Fixture2019, "/applications/newApplications/naturalPersons", JsonValue.Create("7"), false, ValidationErrorKind.IntegerExpected),
        ["2021 wrong type: string in a count cell"] =
            new(Fixture2021, "/applications/outcomes/otherHandling/feeUnpaid/total", JsonValue.Create("0"), false, ValidationErrorKind.IntegerExpected),
        ["2019 wrong type: null in a table 二 cell"] =
            new(Fixture2019, "/activeDisclosure/regulations/departmentalRules/totalPublished", null, false, ValidationErrorKind.IntegerExpected),
        ["2019 negative count"] =
            new(Fixture2019, "/applications/outcomes/notDisclosed/stateSecrets/total", JsonValue.Create(-1), false, ValidationErrorKind.NumberTooSmall),
        ["2021 negative count"] =
            new(Fixture2021, "/activeDisclosure/licensing/administrativeLicensing/decisionsThisYear", JsonValue.Create(-1584), false, ValidationErrorKind.NumberTooSmall),
        ["2019 fractional count"] =
            new(Fixture2019, "/reviewAndLitigation/administrativeReview/upheld", JsonValue.Create(1.5), false, ValidationErrorKind.IntegerExpected),
        ["2021 fractional count"] =
            new(Fixture2021, "/applications/outcomes/disclosed/naturalPersons", JsonValue.Create(1.5), false, ValidationErrorKind.IntegerExpected),
        ["2019 missing cell"] =
            new(Fixture2019, "/reviewAndLitigation/administrativeLitigation/afterReview/pending", null, true, ValidationErrorKind.PropertyRequired),
        ["2021 missing cell"] =
            new(Fixture2021, "/applications/carriedOverToNextYear/legalServiceProviders", null, true, ValidationErrorKind.PropertyRequired),
        ["2021 missing row"] =
            new(Fixture2021, "/applications/outcomes/otherHandling/other", null, true, ValidationErrorKind.PropertyRequired),
        ["2019 unknown property on a row"] =
            new(Fixture2019, "/applications/outcomes/total/grandTotal", JsonValue.Create(7), false, ValidationErrorKind.NoAdditionalPropertiesAllowed),
        ["2019 unknown property at the root"] =
            new(Fixture2019, "/remarks", JsonValue.Create("x"), false, ValidationErrorKind.NoAdditionalPropertiesAllowed),
        ["2021 table 二 of the 2019 version (第（九）项)"] =
            new(Fixture2021, "/activeDisclosure/procurement", new JsonObject(), false, ValidationErrorKind.NoAdditionalPropertiesAllowed),
        ["2019 wrong version id"] =
            new(Fixture2019, "/templateVersion", JsonValue.Create("2020"), false, ValidationErrorKind.NotInEnumeration),
        ["2021 wrong version id"] =
            new(Fixture2021, "/templateVersion", JsonValue.Create("2020"), false, ValidationErrorKind.NotInEnumeration),
        ["2019 negative money amount"] =
            new(Fixture2019, "/activeDisclosure/procurement/centralizedProcurement/totalAmount/value", JsonValue.Create(-7049.93), false, ValidationErrorKind.NumberTooSmall),
        ["2021 negative money amount"] =
            new(Fixture2021, "/activeDisclosure/fees/administrativeFees/amountInTenThousandYuan", JsonValue.Create(-0.01), false, ValidationErrorKind.NumberTooSmall),
        ["2019 bad unit"] =
            new(Fixture2019, "/activeDisclosure/procurement/centralizedProcurement/totalAmount/unit", JsonValue.Create("yuan"), false, ValidationErrorKind.NotInEnumeration),
        ["2019 amount without unit"] =
            new(Fixture2019, "/activeDisclosure/procurement/centralizedProcurement/totalAmount/unit", null, true, ValidationErrorKind.PropertyRequired),
    };

    public static TheoryData<string> MutationNames => new(Mutations.Keys);

    [Theory]
    [MemberData(nameof(MutationNames))]
    public async Task MutatedFixtureIsRejectedAtTheMutatedCell(string name)
    {
        var mutation = Mutations[name];
        var payload = TestData.LoadFixture(mutation.Fixture);
        var version = TestData.VersionOf(payload); // before the mutation, which may change templateVersion
        if (mutation.Remove)
        {
            JsonPointer.Remove(payload, mutation.Pointer);
        }
        else
        {
            JsonPointer.Set(payload, mutation.Pointer, mutation.Value);
        }

        var schema = await TestData.NJsonSchemaFor(version);
        var errors = ValidationErrors.Flatten(schema.Validate(payload.ToJsonString())).ToList();

        var error = Assert.Single(errors);
        Assert.Equal(mutation.ExpectedKind, error.Kind);
        Assert.Equal(JsonPointer.ToNJsonSchemaPath(mutation.Pointer), error.Path);
    }

    [Theory]
    [InlineData("/activeDisclosure/licensing/administrativeLicensing/changeThisYear")]
    [InlineData("/activeDisclosure/licensing/otherManagementServices/changeThisYear")]
    [InlineData("/activeDisclosure/penaltiesAndCoercion/administrativePenalties/changeThisYear")]
    [InlineData("/activeDisclosure/penaltiesAndCoercion/administrativeCoercion/changeThisYear")]
    [InlineData("/activeDisclosure/fees/administrativeFees/changeThisYear")]
    public async Task NegativeChangeThisYearIsAcceptedIn2019(string pointer)
    {
        // 本年增/减 is signed: "-8" and "减4" are published values.
        var payload = TestData.LoadFixture(Fixture2019);
        JsonPointer.Set(payload, pointer, JsonValue.Create(-8));

        var errors = (await TestData.NJsonSchemaFor(TemplateVersion.V2019)).Validate(payload.ToJsonString());

        Assert.True(errors.Count == 0, ValidationErrors.Describe(errors));
    }

    [Fact]
    public async Task NonIntegralChangeThisYearIsRejectedIn2019()
    {
        const string pointer = "/activeDisclosure/licensing/administrativeLicensing/changeThisYear";
        var payload = TestData.LoadFixture(Fixture2019);
        JsonPointer.Set(payload, pointer, JsonValue.Create(-0.5));

        var errors = ValidationErrors.Flatten((await TestData.NJsonSchemaFor(TemplateVersion.V2019)).Validate(payload.ToJsonString())).ToList();

        var error = Assert.Single(errors);
        Assert.Equal(ValidationErrorKind.IntegerExpected, error.Kind);
        Assert.Equal(JsonPointer.ToNJsonSchemaPath(pointer), error.Path);
    }
}
