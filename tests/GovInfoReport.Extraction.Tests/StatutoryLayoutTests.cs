using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Tests.Support;
using GovInfoReport.Extraction.Values;
using GovInfoReport.Schema;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>One statutory layout: every pointer extraction can produce is a cell of its template's schema, and the labels come from there.</summary>
public sealed class StatutoryLayoutTests
{
    public static TheoryData<int> Versions() => [2019, 2021];

    [Theory]
    [MemberData(nameof(Versions))]
    public void A_rows_name_and_cell_pointers_are_its_pointer_and_columns_whichever_version_the_columns_come_from(int version)
    {
        var other = version == 2019 ? TemplateVersion.V2021 : TemplateVersion.V2019;
        foreach (var row in StatutoryLayout.Rows((TemplateVersion)version))
        {
            Assert.Same(row, StatutoryLayout.Find((TemplateVersion)version, row.Pointer));
            Assert.EndsWith("/" + row.Name, row.Pointer, StringComparison.Ordinal);
            Assert.DoesNotContain('/', row.Name);
            Assert.NotEmpty(row.Name);
            var expected = row.Columns.Select(c => row.Pointer + "/" + c.Name).ToArray();
            Assert.Equal(expected, row.CellPointers);
            Assert.Same(row.CellPointers, row.CellPointersOf(row.ColumnNames));

            // A row written with another version's columns: the same pointers when the names agree, else those names joined.
            if (StatutoryLayout.Find(other, row.Pointer) is { } twin)
            {
                var names = twin.Columns.Select(c => c.Name).ToArray();
                Assert.Equal(names.Select(n => row.Pointer + "/" + n), row.CellPointersOf(names));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Every_row_extraction_can_produce_is_a_row_of_the_schema_and_every_schema_row_is_produced(int version)
    {
        var schemaRows = StatutoryLayout.Rows((TemplateVersion)version).Select(r => r.Pointer).ToHashSet(StringComparer.Ordinal);
        var produced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in Enum.GetValues<RowKey>().Where(k => k is not (RowKey.None or RowKey.AppOutcomesGroup or RowKey.AppNotDisclosedGroup or RowKey.AppUnableGroup or RowKey.AppNotProcessedGroup)))
        {
            var pointer = Paths.Row(key, (TemplateVersion)version);
            if (version == 2021 && key is RowKey.OtherServices or RowKey.Procurement or RowKey.AppOther)
            {
                Assert.DoesNotContain(pointer, schemaRows); // 2019-only rows: converted or left out, never written
                continue;
            }

            Assert.Contains(pointer, schemaRows);
            produced.Add(pointer);
        }

        foreach (var pointer in Paths.ReviewGroups)
        {
            Assert.Contains(pointer, schemaRows);
            produced.Add(pointer);
        }

        Assert.Equal(schemaRows.OrderBy(p => p, StringComparer.Ordinal), produced.OrderBy(p => p, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Every_cell_the_readers_wrote_for_the_documents_and_seeds_is_a_cell_of_the_schema(int version)
    {
        var cells = CellsOfSchema((TemplateVersion)version);
        Assert.Equal(cells.OrderBy(c => c, StringComparer.Ordinal), StatutoryLayout.CellPointers((TemplateVersion)version).SelectMany(Expand).OrderBy(c => c, StringComparer.Ordinal));

        var layoutCells = StatutoryLayout.CellPointers((TemplateVersion)version).ToHashSet(StringComparer.Ordinal);
        var checkedValues = 0;
        foreach (var file in Directory.GetFiles(TestFiles.DocumentsFolder, "*.txt").Concat(Directory.GetFiles(Path.Combine(TestFiles.Root, "Seeds"), "*.txt")).Concat(Directory.GetFiles(Path.Combine(TestFiles.Root, "RealReports"), "*.page.*")))
        {
            var result = ReportExtractor.ExtractBytes(File.ReadAllBytes(file), Path.GetFileName(file));
            if (result.TemplateVersion is not { } v || (int)v != version)
            {
                continue;
            }

            foreach (var item in result.Provenance.Where(p => p.Pointer.StartsWith("/activeDisclosure/", StringComparison.Ordinal) || p.Pointer.StartsWith("/applications/", StringComparison.Ordinal) || p.Pointer.StartsWith("/reviewAndLitigation/", StringComparison.Ordinal)))
            {
                // A leaf, or a layout cell whose value is an object (采购总金额: value and unit, written together).
                Assert.True(cells.Contains(item.Pointer) || layoutCells.Contains(item.Pointer), $"{Path.GetFileName(file)}: {item.Pointer} is not a cell of the {version} schema");
                checkedValues++;
            }
        }

        Assert.True(checkedValues > 500, checkedValues.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Labels_and_columns_come_from_the_schema_titles()
    {
        Assert.Equal("1.属于国家秘密", StatutoryLayout.Row("/applications/outcomes/notDisclosed/stateSecrets").Title);
        Assert.Equal("（三）不予公开", StatutoryLayout.Row("/applications/outcomes/notDisclosed/stateSecrets").GroupTitle);
        Assert.Equal("（三）1.属于国家秘密", Paths.Label(RowKey.AppNd1));
        Assert.Equal(["naturalPersons", "commercialEnterprises", "researchInstitutions", "publicInterestOrganizations", "legalServiceProviders", "otherOrganizations", "total"], Paths.ApplicantColumns);
        Assert.Equal(["upheld", "corrected", "otherOutcomes", "pending", "total"], Paths.CaseColumns);
        Assert.True(Labels.TryMatchApplications(TextNormalizer.Normalize("（七）总计", out _), out var total) && total.Key == RowKey.AppTotal);
        Assert.False(Labels.TryMatchApplications(TextNormalizer.Normalize("总计", out _), out _));
        Assert.True(Labels.TryMatchActiveDisclosure("行政规范性文件", out var normative) && normative is { Key: RowKey.Normative, Form: TemplateVersion.V2021 });
        Assert.Contains("未经复议直接起诉", Labels.ReviewHeaders);
    }

    /// <summary>The leaf pointers of the schema's three table sections, read from the schema text itself.</summary>
    private static HashSet<string> CellsOfSchema(TemplateVersion version)
    {
        var schema = JsonNode.Parse(TemplateSchemas.GetSchemaText(version))!.AsObject();
        var definitions = schema["definitions"]!.AsObject();
        var cells = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in new[] { "activeDisclosure", "applications", "reviewAndLitigation" })
        {
            Walk(schema["properties"]![section]!, "/" + section);
        }

        return cells;

        void Walk(JsonNode node, string pointer)
        {
            while (node["properties"] is null && (node["$ref"] ?? node["allOf"]?[0]?["$ref"]) is { } reference)
            {
                var name = (string)reference!;
                node = definitions[name[(name.LastIndexOf('/') + 1)..]]!;
            }

            if (node["properties"] is not JsonObject properties)
            {
                cells.Add(pointer);
                return;
            }

            foreach (var (name, child) in properties)
            {
                Walk(child!, pointer + "/" + name);
            }
        }
    }

    /// <summary>A layout cell that is an object in the payload (采购总金额: value and unit) stands for its leaves.</summary>
    private static IEnumerable<string> Expand(string cell) => cell.EndsWith("/totalAmount", StringComparison.Ordinal) ? [cell + "/value", cell + "/unit"] : [cell];
}
