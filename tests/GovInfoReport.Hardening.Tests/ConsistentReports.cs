using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoReport.Schema;
using GovInfoReport.SchemaLanguage.Layout;
using GovInfoReport.SchemaLanguage.Model;
using GovInfoReport.SchemaLanguage.Reading;

namespace GovInfoReport.Hardening.Tests;

/// <summary>
/// Builds reports of either template whose every rule holds, from a list of random numbers: applicant columns
/// drawn, row totals summed (R2), outcome totals summed (R3), 一 solved from 三（七）+四−二 (R1), table 四 totals summed
/// (R4), the year in the template's range (R11). Everything else (table 二, prose) is drawn freely.
/// </summary>
internal static class ConsistentReports
{
    public static readonly string[] Columns = ["naturalPersons", "commercialEnterprises", "researchInstitutions", "publicInterestOrganizations", "legalServiceProviders", "otherOrganizations"];

    private static readonly Dictionary<TemplateVersion, ReportLayout> Layouts = new()
    {
        [TemplateVersion.V2019] = ReportLayout.Build(SchemaReader.Read(TemplateSchemas.GetSchemaText(TemplateVersion.V2019), "Report2019").Model!),
        [TemplateVersion.V2021] = ReportLayout.Build(SchemaReader.Read(TemplateSchemas.GetSchemaText(TemplateVersion.V2021), "Report2021").Model!),
    };

    public static ReportLayout Layout(TemplateVersion version) => Layouts[version];

    public static JsonObject Build(TemplateVersion version, int[] numbers)
    {
        var next = 0;
        int Draw(int max) => numbers.Length == 0 ? 0 : Math.Abs(numbers[next++ % numbers.Length]) % (max + 1);

        var layout = Layouts[version];
        var root = new JsonObject();
        foreach (var cell in layout.Cells)
        {
            var value = cell.Property.Kind switch
            {
                ValueKind.Integer when cell.Property.Minimum is null => JsonValue.Create(Draw(40) - 20),
                ValueKind.Integer => JsonValue.Create(Draw(30)),
                ValueKind.Number => JsonValue.Create(Draw(100000) / 100m),
                _ when cell.Property.EnumValues.Count > 0 => JsonValue.Create(cell.Property.EnumValues[Draw(cell.Property.EnumValues.Count - 1)]),
                _ when cell.Property.Format == "date" => JsonValue.Create("2023-03-" + (10 + Draw(18))),
                _ => JsonValue.Create("文本" + Draw(999)),
            };
            Set(root, cell.Pointer, value);
        }

        root["templateVersion"] = version == TemplateVersion.V2019 ? "2019" : "2021";
        root["reportYear"] = version == TemplateVersion.V2019 ? 2019 + Draw(1) : 2021 + Draw(4);
        var applications = root["applications"]!.AsObject();
        var outcomes = applications["outcomes"]!.AsObject();
        var outcomeRows = Rows(outcomes).Where(r => r != outcomes["total"]).ToList();
        foreach (var row in outcomeRows)
        {
            Total(row);
        }

        foreach (var column in Columns.Append("total"))
        {
            outcomes["total"]![column] = outcomeRows.Sum(r => r[column]!.GetValue<int>());
        }

        foreach (var column in Columns)
        {
            var handled = outcomes["total"]![column]!.GetValue<int>() + applications["carriedOverToNextYear"]![column]!.GetValue<int>();
            var previous = Math.Min(applications["carriedOverFromPreviousYear"]![column]!.GetValue<int>(), handled);
            applications["carriedOverFromPreviousYear"]![column] = previous;
            applications["newApplications"]![column] = handled - previous;
        }

        foreach (var row in new[] { "newApplications", "carriedOverFromPreviousYear", "carriedOverToNextYear" })
        {
            Total(applications[row]!.AsObject());
        }

        var review = root["reviewAndLitigation"]!.AsObject();
        foreach (var group in new[] { review["administrativeReview"]!, review["administrativeLitigation"]!["withoutPriorReview"]!, review["administrativeLitigation"]!["afterReview"]! })
        {
            group["total"] = group["upheld"]!.GetValue<int>() + group["corrected"]!.GetValue<int>() + group["otherOutcomes"]!.GetValue<int>() + group["pending"]!.GetValue<int>();
        }

        return root;
    }

    /// <summary>Every object below <paramref name="node"/> that has the applicant columns (a row of table 三).</summary>
    public static IEnumerable<JsonObject> Rows(JsonObject node)
    {
        if (node.ContainsKey("naturalPersons"))
        {
            yield return node;
            yield break;
        }

        foreach (var (_, child) in node)
        {
            if (child is JsonObject obj)
            {
                foreach (var row in Rows(obj))
                {
                    yield return row;
                }
            }
        }
    }

    public static void Set(JsonObject root, string pointer, JsonNode? value)
    {
        var parts = pointer.Split('/').Skip(1).ToArray();
        var current = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (current[parts[i]] is not JsonObject child)
            {
                child = new JsonObject();
                current[parts[i]] = child;
            }

            current = child;
        }

        current[parts[^1]] = value;
    }

    public static JsonNode? Get(JsonObject root, string pointer)
    {
        JsonNode? current = root;
        foreach (var part in pointer.Split('/').Skip(1))
        {
            current = current?[part];
        }

        return current;
    }

    private static void Total(JsonObject row) => row["total"] = Columns.Sum(c => row[c]!.GetValue<int>());
}
