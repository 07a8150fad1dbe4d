using System.Linq;
using System.Threading.Tasks;
using GovInfoReport.Schema.Tests.Support;
using NJsonSchema;
using NJsonSchema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests;

/// <summary>A third-party draft-07 validator (NJsonSchema 10.7.2) loads both shipped schemas and accepts every
/// fixture against the schema of the version the fixture declares.</summary>
public sealed class NJsonSchemaAcceptanceTests
{
    public static TheoryData<string> Fixtures => new(TestData.FixtureNames);

    [Theory]
    [InlineData(TemplateVersion.V2019, TemplateLabels.FormatName2019)]
    [InlineData(TemplateVersion.V2021, TemplateLabels.FormatName2021)]
    public async Task NJsonSchemaLoadsTheSchemaOfEachVersion(TemplateVersion version, string expectedTitle)
    {
        var schema = await JsonSchema.FromJsonAsync(TemplateSchemas.GetSchemaText(version));

        Assert.Equal("http://json-schema.org/draft-07/schema#", schema.SchemaVersion);
        Assert.Equal(expectedTitle, schema.Title);
        Assert.False(schema.AllowAdditionalProperties);
        Assert.Equal(
            ["templateVersion", "agencyName", "reportYear", "activeDisclosure", "applications", "reviewAndLitigation"],
            schema.RequiredProperties);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task FixtureValidatesAgainstTheSchemaOfItsTemplateVersion(string fixture)
    {
        var payload = TestData.LoadFixture(fixture);
        var schema = await TestData.NJsonSchemaFor(TestData.VersionOf(payload));

        var errors = schema.Validate(TestData.ReadFixtureText(fixture));

        Assert.True(errors.Count == 0, $"{fixture}: {ValidationErrors.Describe(errors)}");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task FixtureIsRejectedByTheSchemaOfTheOtherVersion(string fixture)
    {
        var version = TestData.VersionOf(TestData.LoadFixture(fixture));
        var other = version == TemplateVersion.V2019 ? TemplateVersion.V2021 : TemplateVersion.V2019;
        var schema = await TestData.NJsonSchemaFor(other);

        var errors = ValidationErrors.Flatten(schema.Validate(TestData.ReadFixtureText(fixture))).ToList();

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.NotInEnumeration && e.Path == "#/templateVersion");
        // The Article 20 tables differ between versions, so the cells must not line up either.
        Assert.Contains(errors, e => e.Path!.StartsWith("#/activeDisclosure", System.StringComparison.Ordinal));
    }

    [Fact]
    public void FixturesCoverBothTemplateVersions()
    {
        var versions = TestData.FixtureNames.Select(f => TestData.VersionOf(TestData.LoadFixture(f))).ToList();

        Assert.Equal(2, versions.Count(v => v == TemplateVersion.V2019));
        Assert.Equal(2, versions.Count(v => v == TemplateVersion.V2021));
    }
}
