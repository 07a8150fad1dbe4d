using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovInfoReport.Schema.Tests.Support;

/// <summary>One rule violation, in the conventions of Fixtures/expected-violations.json.</summary>
internal sealed record Violation(string Rule, string Severity, string Pointer, long? Expected, long Actual)
{
    public override string ToString() => $"{Rule} {Severity} {Pointer} expected={Expected?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"} actual={Actual}";
}

/// <summary>
/// A deliberately plain, hand-written evaluation of R1–R4 and R11 over a payload, independent of the
/// <c>x-govinfo-rules</c> expressions. It is the test oracle for the fixtures' expected violations, not an engine.
/// </summary>
internal static class ReferenceRuleEvaluator
{
    public static readonly string[] Columns =
        ["naturalPersons", "commercialEnterprises", "researchInstitutions", "publicInterestOrganizations", "legalServiceProviders", "otherOrganizations", "total"];

    private static readonly string[] CaseGroups =
        ["/reviewAndLitigation/administrativeReview", "/reviewAndLitigation/administrativeLitigation/withoutPriorReview", "/reviewAndLitigation/administrativeLitigation/afterReview"];

    public static IReadOnlyList<Violation> Evaluate(JsonObject payload)
    {
        var violations = new List<Violation>();
        var applications = payload["applications"]!.AsObject();
        var outcomes = applications["outcomes"]!.AsObject();

        // R1: 一 + 二 = 三（七）总计 + 四, per column.
        foreach (var column in Columns)
        {
            var expected = Cell(applications["newApplications"], column) + Cell(applications["carriedOverFromPreviousYear"], column);
            var actual = Cell(outcomes["total"], column) + Cell(applications["carriedOverToNextYear"], column);
            if (expected != actual)
            {
                violations.Add(new("R1", "error", $"/applications/outcomes/total/{column}", expected, actual));
            }
        }

        // R2: 总计 = the six applicant columns, per row of table 三.
        foreach (var (pointer, row) in Rows(applications, "/applications"))
        {
            var expected = Columns.Take(6).Sum(column => Cell(row, column));
            var actual = Cell(row, "total");
            if (expected != actual)
            {
                violations.Add(new("R2", "error", $"{pointer}/total", expected, actual));
            }
        }

        // R3: （七）总计 = （一）+（二）+ Σ（三）+ Σ（四）+ Σ（五）+（六）or Σ（六）, per column.
        foreach (var column in Columns)
        {
            var expected = outcomes
                .Where(category => category.Key != "total")
                .SelectMany(category => Rows(category.Value!.AsObject(), string.Empty))
                .Sum(row => Cell(row.Row, column));
            var actual = Cell(outcomes["total"], column);
            if (expected != actual)
            {
                violations.Add(new("R3", "error", $"/applications/outcomes/total/{column}", expected, actual));
            }
        }

        // R4: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, per group of table 四.
        foreach (var pointer in CaseGroups)
        {
            var group = JsonPointer.Get(payload, pointer);
            var expected = Cell(group, "upheld") + Cell(group, "corrected") + Cell(group, "otherOutcomes") + Cell(group, "pending");
            var actual = Cell(group, "total");
            if (expected != actual)
            {
                violations.Add(new("R4", "error", $"{pointer}/total", expected, actual));
            }
        }

        // R11: the tables do not match the report year.
        var year = payload["reportYear"].Deserialize<long>();
        var version = payload["templateVersion"]!.GetValue<string>();
        if ((version == "2019" && year >= 2021) || (version == "2021" && year <= 2020))
        {
            violations.Add(new("R11", "warning", "/reportYear", null, year));
        }

        return violations;
    }

    /// <summary>The rows (objects holding the seven applicant cells) at or below a node, in document order.</summary>
    private static IEnumerable<(string Pointer, JsonObject Row)> Rows(JsonObject node, string pointer)
    {
        if (node.ContainsKey("naturalPersons"))
        {
            yield return (pointer, node);
            yield break;
        }

        foreach (var (key, value) in node)
        {
            if (value is JsonObject child)
            {
                foreach (var row in Rows(child, $"{pointer}/{key}"))
                {
                    yield return row;
                }
            }
        }
    }

    // Deserialize rather than GetValue<long>: values set in code may be backed by int, which GetValue<long> refuses.
    private static long Cell(JsonNode? row, string column) => row![column].Deserialize<long>();
}
