using System.Linq;
using System.Text.Json.Nodes;
using GovInfoReport.Schema.Tests.Support;
using Xunit;

namespace GovInfoReport.Schema.Tests;

/// <summary>The tables have the statutory number of rows and cells: table 三 is 23 (2019) or 25 (2021) rows of the
/// seven applicant columns, table 四 is three groups of five columns.</summary>
public sealed class TableShapeTests
{
    private const string ApplicantCountsRef = "#/definitions/applicantCounts";
    private const string CaseOutcomesRef = "#/definitions/caseOutcomes";

    [Theory]
    [InlineData(TemplateVersion.V2019, 23, 161)]
    [InlineData(TemplateVersion.V2021, 25, 175)]
    public void ApplicationsTableHasTheStatutoryRowsOfSevenCells(TemplateVersion version, int expectedRows, int expectedCells)
    {
        var schema = TestData.SchemaJson(version);
        var rows = RowsReferencing(schema, "/properties/applications", ApplicantCountsRef);
        var columns = SchemaWalker.ResolveLocal(schema, ApplicantCountsRef)["properties"]!.AsObject();

        Assert.Equal(expectedRows, rows.Length);
        Assert.Equal(7, columns.Count);
        Assert.Equal(expectedCells, rows.Length * columns.Count);
        var expectedLabels = version == TemplateVersion.V2019 ? TemplateLabels.ApplicationDataRows2019 : TemplateLabels.ApplicationDataRows2021;
        Assert.Equal(expectedLabels, rows.Select(row => row.Schema["title"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(TemplateVersion.V2019)]
    [InlineData(TemplateVersion.V2021)]
    public void ApplicantColumnsAreTheSevenStatutoryColumnsInOrder(TemplateVersion version)
    {
        var columns = SchemaWalker.ResolveLocal(TestData.SchemaJson(version), ApplicantCountsRef)["properties"]!.AsObject();

        Assert.Equal(TemplateLabels.ApplicantColumns, columns.Select(c => c.Value!["title"]!.GetValue<string>()));
        Assert.Equal(
            ["commercialEnterprises", "researchInstitutions", "publicInterestOrganizations", "legalServiceProviders", "otherOrganizations"],
            columns.Where(c => c.Value!["x-govinfo-group"]?.GetValue<string>() == TemplateLabels.LegalPersonGroup).Select(c => c.Key));
    }

    [Theory]
    [InlineData(TemplateVersion.V2019)]
    [InlineData(TemplateVersion.V2021)]
    public void ReviewAndLitigationTableHasFifteenCells(TemplateVersion version)
    {
        var schema = TestData.SchemaJson(version);
        var groups = RowsReferencing(schema, "/properties/reviewAndLitigation", CaseOutcomesRef);
        var columns = SchemaWalker.ResolveLocal(schema, CaseOutcomesRef)["properties"]!.AsObject();

        Assert.Equal(TemplateLabels.ReviewGroups, groups.Select(g => g.Schema["title"]!.GetValue<string>()));
        Assert.Equal(TemplateLabels.ReviewColumns, columns.Select(c => c.Value!["title"]!.GetValue<string>()));
        Assert.All(columns, c => Assert.Equal("integer", c.Value!["type"]!.GetValue<string>()));
        Assert.Equal(15, groups.Length * columns.Count);
    }

    [Fact]
    public void OnlyThe2021OtherHandlingRowIsSplitIntoThreeRows()
    {
        var outcomes2019 = JsonPointer.Get(TestData.SchemaJson(TemplateVersion.V2019), "/properties/applications/properties/outcomes/properties/otherHandling").AsObject();
        var outcomes2021 = JsonPointer.Get(TestData.SchemaJson(TemplateVersion.V2021), "/properties/applications/properties/outcomes/properties/otherHandling").AsObject();

        Assert.Equal(ApplicantCountsRef, SchemaWalker.ReferenceOf(outcomes2019));
        Assert.Null(SchemaWalker.ReferenceOf(outcomes2021));
        Assert.Equal(["correctionOverdue", "feeUnpaid", "other"], outcomes2021["properties"]!.AsObject().Select(p => p.Key));
    }

    private static SchemaNode[] RowsReferencing(JsonObject schema, string underPointer, string reference) =>
        SchemaWalker.SchemaNodes(schema)
            .Where(node => node.Pointer.StartsWith(underPointer + "/", System.StringComparison.Ordinal))
            .Where(node => node.PropertyName is not null) // the row itself, not the {"$ref"} inside its allOf
            .Where(node => SchemaWalker.ReferenceOf(node.Schema) == reference)
            .ToArray();
}
