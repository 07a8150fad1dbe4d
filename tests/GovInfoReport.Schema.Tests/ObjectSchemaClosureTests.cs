using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovInfoReport.Schema.Tests.Support;
using Xunit;

namespace GovInfoReport.Schema.Tests;

/// <summary>Every object schema is closed (<c>additionalProperties: false</c>) and requires all its properties, so a
/// payload is either a complete table or rejected. The only optional members are the root's prose sections and
/// publication date, which real reports omit and R10 (completeness) reports as a warning.</summary>
public sealed class ObjectSchemaClosureTests
{
    private static readonly string[] OptionalRootProperties = ["publicationDate", "overview", "problemsAndImprovements", "otherMatters"];

    public static TheoryData<TemplateVersion> Versions => new(TemplateVersion.V2019, TemplateVersion.V2021);

    [Theory]
    [MemberData(nameof(Versions))]
    public void EveryObjectSchemaForbidsAdditionalProperties(TemplateVersion version)
    {
        Assert.Empty(OpenObjects(TestData.SchemaJson(version)));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void EveryObjectSchemaBelowTheRootRequiresAllItsProperties(TemplateVersion version)
    {
        Assert.Empty(ObjectsWithOptionalProperties(TestData.SchemaJson(version)));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void RootRequiresEveryPropertyExceptTheProseSectionsAndPublicationDate(TemplateVersion version)
    {
        var root = TestData.SchemaJson(version);
        var optional = PropertyNames(root).Except(RequiredNames(root)).ToArray();

        Assert.Equal(OptionalRootProperties, optional);
        Assert.All(RequiredNames(root), name => Assert.Contains(name, PropertyNames(root)));
    }

    [Theory]
    [InlineData(TemplateVersion.V2019, 21)]
    [InlineData(TemplateVersion.V2021, 19)]
    public void ObjectSchemaCountIsPinned(TemplateVersion version, int expected)
    {
        // Pins the walk: if it stopped descending, the checks above would pass vacuously on fewer objects.
        Assert.Equal(expected, ObjectSchemas(TestData.SchemaJson(version)).Length);
    }

    [Fact]
    public void ChecksReportPlantedDefects()
    {
        var schema = TestData.SchemaJson(TemplateVersion.V2021);
        JsonPointer.Get(schema, "/definitions/caseOutcomes").AsObject().Remove("additionalProperties");
        JsonPointer.Set(schema, "/properties/activeDisclosure/properties/regulations/additionalProperties", JsonValue.Create(true));
        JsonPointer.Get(schema, "/properties/applications/properties/outcomes/properties/otherHandling/required").AsArray().RemoveAt(1);

        Assert.Equal(
            ["/properties/activeDisclosure/properties/regulations", "/definitions/caseOutcomes"],
            OpenObjects(schema));
        Assert.Equal(["/properties/applications/properties/outcomes/properties/otherHandling"], ObjectsWithOptionalProperties(schema));
    }

    private static List<string> OpenObjects(JsonObject schema) =>
        ObjectSchemas(schema)
            .Where(node => !(node.Schema["additionalProperties"] is JsonValue value && value.GetValueKind() == JsonValueKind.False))
            .Select(node => node.Pointer)
            .ToList();

    private static List<string> ObjectsWithOptionalProperties(JsonObject schema) =>
        ObjectSchemas(schema)
            .Where(node => node.Pointer.Length > 0)
            .Where(node => !PropertyNames(node.Schema).SequenceEqual(RequiredNames(node.Schema)))
            .Select(node => node.Pointer)
            .ToList();

    private static SchemaNode[] ObjectSchemas(JsonObject schema) =>
        SchemaWalker.SchemaNodes(schema)
            .Where(node => node.Schema["type"]?.GetValue<string>() == "object" || node.Schema.ContainsKey("properties"))
            .ToArray();

    private static string[] PropertyNames(JsonObject schema) =>
        schema["properties"]?.AsObject().Select(p => p.Key).ToArray() ?? [];

    private static string[] RequiredNames(JsonObject schema) =>
        schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToArray() ?? [];
}
