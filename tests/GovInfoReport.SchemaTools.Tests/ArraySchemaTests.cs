using System;
using System.Linq;
using System.Text;
using GovInfoReport.SchemaLanguage.Layout;
using GovInfoReport.SchemaLanguage.Reading;
using Xunit;

namespace GovInfoReport.SchemaTools.Tests;

/// <summary>
/// Issue 12, arrays: a maintainer declares a variable-length table (an array of records, or of numbers) with a
/// mandatory <c>maxItems</c>, and rules over its rows: a sum over the rows present and a <c>forEach</c> over them.
/// <c>schema check</c> validates every row with its own JSON Pointer. The expected issues are written by hand from
/// the payloads, not taken from the validator.
/// </summary>
public sealed class ArraySchemaTests
{
    private const string Budget = """
        {
          "type": "object", "additionalProperties": false,
          "required": ["cap", "total", "lines", "scores"],
          "properties": {
            "cap": { "title": "上限", "type": "integer" },
            "total": { "title": "合计", "type": "number" },
            "lines": { "title": "明细", "description": "Lines", "type": "array", "maxItems": 4,
              "items": { "type": "object", "additionalProperties": false, "required": ["name", "amount"],
                "properties": {
                  "name": { "title": "名称", "type": "string" },
                  "amount": { "title": "金额", "type": "number", "minimum": 0 },
                  "spent": { "title": "已支出", "type": "number" } },
                "x-govinfo-rules": [ { "id": "L1", "severity": "error", "assert": "spent <= amount",
                  "message": { "zh": "{label}：支出 {actual} 超过金额 {expected}", "en": "{label}: spent {actual} exceeds {expected}" } } ] } },
            "scores": { "title": "得分", "type": "array", "maxItems": 3, "items": { "type": "integer", "minimum": 0, "maximum": 100 } }
          },
          "x-govinfo-rules": [
            { "id": "S1", "severity": "error", "assert": "total == sum(lines.*.amount)",
              "message": { "zh": "合计 {actual} 应为 {expected}", "en": "total {actual} should be {expected}" } },
            { "id": "S2", "severity": "warning", "forEach": { "name": "line", "in": "lines" }, "assert": "lines.$line.amount <= cap",
              "message": { "zh": "{line}超过上限 {expected}", "en": "{line} exceeds the cap {expected}" } },
            { "id": "S3", "severity": "error", "assert": "sum(scores.*) <= 250",
              "message": { "zh": "得分之和 {actual} 超过 {expected}", "en": "the scores add up to {actual}, more than {expected}" } }
          ]
        }
        """;

    [Fact]
    public void AValidTableOfAnyLengthUpToMaxItemsHasNoIssues()
    {
        var validator = Validator(Budget);

        Assert.Empty(Issues(validator, """{ "cap": 300, "total": 350.5, "lines": [ { "name": "a", "amount": 300 }, { "name": "b", "amount": 50.5, "spent": 50 } ], "scores": [100, 100, 50] }"""));
        Assert.Empty(Issues(validator, """{ "cap": 300, "total": 0, "lines": [], "scores": [] }"""));
        Assert.Empty(Issues(validator, """{ "cap": 300, "total": 4, "lines": [ { "name": "a", "amount": 1 }, { "name": "b", "amount": 1 }, { "name": "c", "amount": 1 }, { "name": "d", "amount": 1 } ], "scores": [0] }"""));
    }

    [Fact]
    public void ASumOverRowsAddsTheRowsPresent()
    {
        var validator = Validator(Budget);

        Assert.Equal(["S1@/total:6:5"], Issues(validator, """{ "cap": 300, "total": 5, "lines": [ { "name": "a", "amount": 2 }, { "name": "b", "amount": 4 } ], "scores": [] }"""));
        Assert.Equal(["S1@/total:0:5"], Issues(validator, """{ "cap": 300, "total": 5, "lines": [], "scores": [] }"""));
    }

    [Fact]
    public void AnIssueOfASumOverRowsOnTheLeftPointsAtTheArray()
    {
        var result = Validator(Budget).Validate(Encoding.UTF8.GetBytes("""{ "cap": 300, "total": 0, "lines": [], "scores": [100, 100, 60] }"""));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("S3", "/scores", "260", "250"), (issue.RuleId, issue.Pointer, issue.Actual, issue.Expected));
    }

    [Fact]
    public void AForEachOverRowsChecksEachRowPresentAndPointsIntoIt()
    {
        var result = Validator(Budget).Validate(Encoding.UTF8.GetBytes("""{ "cap": 300, "total": 800, "lines": [ { "name": "a", "amount": 100 }, { "name": "b", "amount": 700 } ], "scores": [] }"""));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("S2", "/lines/1/amount", "700", "300"), (issue.RuleId, issue.Pointer, issue.Actual, issue.Expected));
        Assert.Equal("明细[1]超过上限 300", issue.MessageZh);
        Assert.Equal("Lines[1] exceeds the cap 300", issue.MessageEn);
    }

    [Fact]
    public void ARuleDeclaredOnTheRowTypeIsCheckedOnEveryRow()
    {
        var issues = Issues(Validator(Budget), """{ "cap": 300, "total": 30, "lines": [ { "name": "a", "amount": 10, "spent": 10 }, { "name": "b", "amount": 10, "spent": 11 }, { "name": "c", "amount": 10, "spent": 12 } ], "scores": [] }""");

        Assert.Equal(["L1@/lines/1/spent:10:11", "L1@/lines/2/spent:10:12"], issues);
    }

    [Fact]
    public void EveryRowCellIsValidatedWithItsOwnPointer()
    {
        var issues = Issues(Validator(Budget), """{ "cap": 300, "total": 0, "lines": [ { "name": "a", "amount": 1 }, { "name": "b", "amount": 1 }, { "name": "c", "amount": 1 }, { "name": "d", "amount": -1, "extra": 1 } ], "scores": [1, "x", 101] }""");

        // The negative amount makes S1 silent (a rule reads only valid cells); the row's own issues carry their row index.
        Assert.Equal(
            ["structure.maximum@/scores/2", "structure.minimum@/lines/3/amount", "structure.type@/scores/1", "structure.unknown-property@/lines/3/extra"],
            issues.Select(i => i.Split(':')[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MoreRowsThanMaxItemsIsAnIssueAtTheArrayAndSilencesItsRules()
    {
        var result = Validator(Budget).Validate(Encoding.UTF8.GetBytes("""{ "cap": 300, "total": 1, "lines": [ { "name": "a", "amount": 1 } ], "scores": [1, 2, 3, 4, 5] }"""));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("structure.max-items", "/scores", "at most 3 rows", "5 rows"), (issue.RuleId, issue.Pointer, issue.Expected, issue.Actual));
        Assert.Equal("maxItems", issue.Keyword);
    }

    [Fact]
    public void AnArrayOfTheWrongTypeOrMissingIsAnIssueAtTheArray()
    {
        var validator = Validator(Budget);

        Assert.Equal(["structure.type@/lines:an array:an object"], Issues(validator, """{ "cap": 300, "total": 1, "lines": { "name": "a" }, "scores": [] }"""));
        Assert.Equal(["structure.required@/lines:lines:"], Issues(validator, """{ "cap": 300, "total": 1, "scores": [] }"""));
    }

    [Fact]
    public void EveryPossibleRowHasItsOwnSlotsAndPointers()
    {
        var read = SchemaReader.Read(Budget, "Budget");
        var layout = ReportLayout.Build(read.Model!);

        // cap, total, the length cell of lines, 4 rows of 3 cells, the length cell of scores, 3 score cells.
        Assert.Equal(2 + 1 + (4 * 3) + 1 + 3, layout.Cells.Count);
        Assert.Equal(["/cap", "/total", "/lines", "/lines/0/name", "/lines/0/amount", "/lines/0/spent"], layout.Cells.Take(6).Select(c => c.Pointer));
        Assert.Equal("/lines/3/spent", layout.Cells[14].Pointer);
        Assert.Equal(["/scores", "/scores/0", "/scores/1", "/scores/2"], layout.Cells.Skip(15).Select(c => c.Pointer));
        Assert.Equal(["", "/lines/0", "/lines/1", "/lines/2", "/lines/3"], layout.Objects.Select(o => o.Pointer));
        Assert.Equal("明细[2]", layout.Objects[3].Label);
    }

    [Theory]
    [InlineData("\"maxItems\": 3, \"minItems\": 1", "\"minItems\"", "GIR0002")]
    [InlineData("\"maxItems\": 3, \"uniqueItems\": true", "\"uniqueItems\"", "GIR0002")]
    [InlineData("\"maxItems\": 3, \"contains\": { \"type\": \"integer\" }", "\"contains\"", "GIR0002")]
    [InlineData("\"maxItems\": 3, \"additionalItems\": false", "\"additionalItems\"", "GIR0002")]
    [InlineData("\"maxItems\": 3, \"items\": [ { \"type\": \"integer\" } ]", "\"items\"", "GIR0002")]
    [InlineData("\"maxItems\": 3, \"items\": { \"type\": \"string\" }", "\"string\"", "GIR0002")]
    [InlineData("\"maxItems\": 3, \"items\": { \"type\": \"array\", \"maxItems\": 2, \"items\": { \"type\": \"integer\" } }", "\"array\", \"maxItems\": 2", "GIR0002")]
    [InlineData("\"maxItems\": 3", "\"rows\"", "GIR0003")]
    [InlineData("\"items\": { \"type\": \"integer\" }", "\"rows\"", "GIR0003")]
    [InlineData("\"maxItems\": -1, \"items\": { \"type\": \"integer\" }", "-1", "GIR0003")]
    [InlineData("\"maxItems\": 1.5, \"items\": { \"type\": \"integer\" }", "1.5", "GIR0003")]
    [InlineData("\"maxItems\": 100000, \"items\": { \"type\": \"integer\" }", "100000", "GIR0007")]
    public void UnsupportedOrUnboundedArraysGiveALocatedDiagnostic(string arrayKeywords, string locatedAt, string id)
    {
        var schema = "{ \"type\": \"object\", \"additionalProperties\": false, \"properties\": { \"rows\": { \"type\": \"array\", " + arrayKeywords + " } } }";

        var read = SchemaReader.Read(schema, "Report");

        Assert.Null(read.Model);
        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(schema.IndexOf(locatedAt, StringComparison.Ordinal), diagnostic.Location.Start);
    }

    [Fact]
    public void RowsTimesRowCellsCountAgainstTheCellLimit()
    {
        // 20,000 rows of 4 cells: 80,001 cells, more than 65,536, refused before anything is laid out.
        const string schema = """
            { "type": "object", "additionalProperties": false, "properties": { "rows": { "type": "array", "maxItems": 20000,
              "items": { "type": "object", "additionalProperties": false, "properties": { "a": { "type": "integer" }, "b": { "type": "integer" }, "c": { "type": "integer" }, "d": { "type": "integer" } } } } } }
            """;

        var read = SchemaReader.Read(schema, "Report");

        Assert.Null(read.Model);
        Assert.Equal("GIR0007", Assert.Single(read.Diagnostics).Id);
    }

    [Fact]
    public void NestedArraysOfTheLargestRowCountsAreRefusedAtOnceNotOverflowed()
    {
        // 65,536^5 cells would overflow a 64-bit count and pass as a small report.
        var items = "{ \"type\": \"integer\" }";
        for (var level = 0; level < 5; level++)
        {
            items = "{ \"type\": \"object\", \"additionalProperties\": false, \"properties\": { \"rows\": { \"type\": \"array\", \"maxItems\": 65536, \"items\": " + items + " } } }";
        }

        var schema = "{ \"type\": \"object\", \"additionalProperties\": false, \"properties\": { \"rows\": { \"type\": \"array\", \"maxItems\": 65536, \"items\": " + items + " } } }";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var read = SchemaReader.Read(schema, "Report");

        Assert.Null(read.Model);
        Assert.Equal("GIR0007", Assert.Single(read.Diagnostics).Id);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "a budget is checked before anything is expanded");
    }

    [Fact]
    public void RulesOverManyRowsCountAgainstTheRuleBudget()
    {
        // 30,000 rows: each rule summing them reads 30,000 cells; the fifth crosses the 131,072 reads of a report.
        var rules = string.Join(", ", Enumerable.Range(1, 6).Select(i =>
            $"{{ \"id\": \"R{i}\", \"severity\": \"error\", \"assert\": \"sum(rows.*) >= 0\", \"message\": {{ \"zh\": \"x\", \"en\": \"x\" }} }}"));
        var schema = "{ \"type\": \"object\", \"additionalProperties\": false, \"properties\": { \"rows\": { \"type\": \"array\", \"maxItems\": 30000, \"items\": { \"type\": \"integer\" } } }, \"x-govinfo-rules\": [" + rules + "] }";

        var read = SchemaReader.Read(schema, "Report");

        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal("GIR0007", diagnostic.Id);
        Assert.Equal(schema.IndexOf("{ \"id\": \"R5\"", StringComparison.Ordinal), diagnostic.Location.Start);
    }

    [Theory]
    [InlineData("total == lines.amount", "GIR0011")]
    [InlineData("total == sum(lines)", "GIR0012")]
    [InlineData("total == lines.*.amount", "GIR0010")]
    [InlineData("total == sum(scores.$x)", "GIR0011")]
    public void RulesMustSelectRowsWithAWildcardOrTheirForEachVariable(string assertion, string id)
    {
        var schema = Budget.Replace("total == sum(lines.*.amount)", assertion, StringComparison.Ordinal);

        var read = SchemaReader.Read(schema, "Budget");

        Assert.Equal(id, Assert.Single(read.Diagnostics).Id);
        Assert.True(read.Diagnostics[0].Location.Start > schema.IndexOf("\"S1\"", StringComparison.Ordinal));
    }

    [Fact]
    public void AForEachVariableOverOneArrayDoesNotSelectRowsOfAnother()
    {
        var schema = Budget.Replace("lines.$line.amount <= cap", "scores.$line <= cap", StringComparison.Ordinal);

        var read = SchemaReader.Read(schema, "Budget");

        Assert.Equal("GIR0011", Assert.Single(read.Diagnostics).Id);
    }

    [Fact]
    public void SchemaDiffShowsAWiderTableAsItsNewRowsAndItsChangedLimit()
    {
        var before = SchemaReader.Read(Budget, "Budget").Model!;
        var after = SchemaReader.Read(Budget.Replace("\"maxItems\": 3", "\"maxItems\": 4", StringComparison.Ordinal), "Budget").Model!;

        var entries = SchemaDiff.Compare(before, after);

        Assert.Equal([("changed", "/scores", "得分 (array of at most 3 rows of int32 ≥ 0)", "得分 (array of at most 4 rows of int32 ≥ 0)"), ("added", "/scores/3", null, "得分[3] (int32 ≥ 0)")],
            entries.Select(e => (e.Kind, e.Key, e.Old, e.New)));
    }

    private static InterpretedValidator Validator(string schema)
    {
        var read = InterpretedValidator.Create(schema, "Budget", out var validator);
        Assert.Empty(read.Diagnostics);
        return validator!;
    }

    private static string[] Issues(InterpretedValidator validator, string payload)
        => validator.Validate(Encoding.UTF8.GetBytes(payload)).Issues.Select(i => i.RuleId + "@" + i.Pointer + ":" + i.Expected + ":" + i.Actual).ToArray();
}
