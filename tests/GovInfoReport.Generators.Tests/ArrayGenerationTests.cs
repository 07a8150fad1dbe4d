extern alias tools;

using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using GovInfoReport.Generators.Tests.Support;
using GovInfoReport.Schema;
using GovInfoReport.Schema.Validation;
using Xunit;
using Interpreter = tools::GovInfoReport.SchemaTools.InterpretedValidator;

namespace GovInfoReport.Generators.Tests;

/// <summary>
/// Issue 12, arrays in generated code: a variable-length table of records and one of numbers become
/// <see cref="ValueList{T}"/> properties (records keep value equality), JSON reads and writes them, every row is
/// validated with its own pointer from JSON and from a typed record, and the generated rules over rows give the
/// interpreter's verdicts on every payload, including random ones.
/// </summary>
public sealed class ArrayGenerationTests(ArrayGenerationTests.CompiledTables tables) : IClassFixture<ArrayGenerationTests.CompiledTables>
{
    internal const string Schema = """
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
                  "spent": { "title": "已支出", "type": "number" },
                  "parts": { "title": "分项", "type": "array", "maxItems": 2, "items": { "type": "integer" } } },
                "x-govinfo-rules": [ { "id": "L1", "severity": "error", "assert": "spent <= amount",
                  "message": { "zh": "{label}：支出 {actual} 超过金额 {expected}", "en": "{label}: spent {actual} exceeds {expected}" } } ] } },
            "scores": { "title": "得分", "type": "array", "maxItems": 3, "items": { "type": "integer", "minimum": 0, "maximum": 100 } },
            "extra": { "title": "附加", "type": "array", "maxItems": 2, "items": { "type": "number" } }
          },
          "x-govinfo-rules": [
            { "id": "S1", "severity": "error", "assert": "total == sum(lines.*.amount)",
              "message": { "zh": "合计 {actual} 应为 {expected}", "en": "total {actual} should be {expected}" } },
            { "id": "S2", "severity": "warning", "forEach": { "name": "line", "in": "lines" }, "assert": "lines.$line.amount <= cap",
              "message": { "zh": "{line}超过上限 {expected}", "en": "{line} exceeds the cap {expected}" } },
            { "id": "S3", "severity": "error", "assert": "sum(scores.*) - sum(extra.*) <= 250",
              "message": { "zh": "得分之和 {actual} 超过 {expected}", "en": "the scores add up to {actual}, more than {expected}" } },
            { "id": "S4", "severity": "warning", "assert": "sum(lines.*.parts.*) <= cap",
              "message": { "zh": "分项之和 {actual}", "en": "the parts add up to {actual}" } }
          ]
        }
        """;

    private const string Valid = """{ "cap": 300, "total": 350.5, "lines": [ { "name": "a", "amount": 300, "parts": [1, 2] }, { "name": "b", "amount": 50.5, "spent": 50 } ], "scores": [100, 100, 50] }""";

    private readonly LoadedAssembly _loaded = tables.Loaded;
    private readonly Interpreter _interpreter = tables.Interpreter;

    [Fact]
    public void ArraysAreValueListsOfTheirRowType()
    {
        var budget = _loaded.GetType("Tables.Budget");
        var row = _loaded.GetType("Tables.LinesItem");

        Assert.Equal(typeof(ValueList<>).MakeGenericType(row), budget.GetProperty("Lines")!.PropertyType);
        Assert.Equal(typeof(ValueList<int>), budget.GetProperty("Scores")!.PropertyType);
        Assert.Equal(typeof(ValueList<decimal>), budget.GetProperty("Extra")!.PropertyType);
        Assert.Equal(typeof(ValueList<int>), row.GetProperty("Parts")!.PropertyType);
    }

    [Fact]
    public void APayloadReadsIntoRecordsThatKeepValueEqualityAndWritesBackTheSame()
    {
        var (result, report) = ValidateAndRead(Valid);
        var (_, again) = ValidateAndRead(Valid);

        Assert.Empty(result.Issues);
        Assert.NotSame(report, again);
        Assert.Equal(report, again);
        var lines = (IReadOnlyList<object>)report.GetType().GetProperty("Lines")!.GetValue(report)!;
        Assert.Equal(2, lines.Count);
        Assert.Equal(50.5m, lines[1].GetType().GetProperty("Amount")!.GetValue(lines[1]));
        Assert.Null(report.GetType().GetProperty("Extra")!.GetValue(report));

        var written = System.Text.Json.JsonSerializer.Serialize(report, report.GetType());
        Assert.Equal(
            """{"cap":300,"total":350.5,"lines":[{"name":"a","amount":300,"parts":[1,2]},{"name":"b","amount":50.5,"spent":50}],"scores":[100,100,50]}""",
            written);
        Assert.Equal(report, System.Text.Json.JsonSerializer.Deserialize(written, report.GetType()));
    }

    [Theory]
    [InlineData("""{ "cap": 300, "total": 5, "lines": [ { "name": "a", "amount": 2 }, { "name": "b", "amount": 4 } ], "scores": [] }""", "S1@/total:6:5")]
    [InlineData("""{ "cap": 300, "total": 5, "lines": [], "scores": [] }""", "S1@/total:0:5")]
    [InlineData("""{ "cap": 300, "total": 0, "lines": [], "scores": [100, 100, 60], "extra": [] }""", "S3@/scores:250:260")]
    [InlineData("""{ "cap": 300, "total": 0, "lines": [], "scores": [100, 100, 60], "extra": [20.5] }""", "")]
    [InlineData("""{ "cap": 300, "total": 800, "lines": [ { "name": "a", "amount": 100 }, { "name": "b", "amount": 700 } ], "scores": [] }""", "S2@/lines/1/amount:300:700")]
    [InlineData("""{ "cap": 3, "total": 2, "lines": [ { "name": "a", "amount": 1, "parts": [2] }, { "name": "b", "amount": 1, "parts": [1, 1] } ], "scores": [] }""", "S4@/lines:3:4")]
    [InlineData("""{ "cap": 300, "total": 20, "lines": [ { "name": "a", "amount": 10, "spent": 10 }, { "name": "b", "amount": 10, "spent": 11 } ], "scores": [] }""", "L1@/lines/1/spent:10:11")]
    [InlineData("""{ "cap": 300, "total": 1, "lines": [ { "name": "a", "amount": 1 } ], "scores": [1, 2, 3, 4, 5] }""", "structure.max-items@/scores:at most 3 rows:5 rows")]
    [InlineData("""{ "cap": 300, "total": 1, "lines": { "name": "a" }, "scores": [] }""", "structure.type@/lines:an array:an object")]
    [InlineData("""{ "cap": 300, "total": 0, "lines": [ { "name": "a", "amount": -1 } ], "scores": [] }""", "structure.minimum@/lines/0/amount:≥ 0:-1")]
    [InlineData("""{ "cap": 300, "total": 0, "lines": [ { "name": "a", "amount": 0, "parts": [1, "x"] } ], "scores": [] }""", "structure.type@/lines/0/parts/1:a 32-bit integer:a string")]
    public void GeneratedAndInterpretedValidatorsReportTheSameRowIssues(string payload, string expected)
    {
        var generated = Validator()(Encoding.UTF8.GetBytes(payload), null);

        Assert.Equal(expected.Length == 0 ? [] : [expected], generated.Issues.Select(i => i.RuleId + "@" + i.Pointer + ":" + i.Expected + ":" + i.Actual));
        Assert.Equal(RuleArithmeticTests.Describe(_interpreter.Validate(Encoding.UTF8.GetBytes(payload))), RuleArithmeticTests.Describe(generated));
    }

    [Fact]
    public void GeneratedAndInterpretedVerdictsAgreeOnRandomTables()
    {
        var random = new Random(20261127);
        var validate = Validator();
        int withRowRules = 0, withStructural = 0, clean = 0;
        for (var i = 0; i < 1500; i++)
        {
            var payload = Encoding.UTF8.GetBytes(RandomPayload(random).ToJsonString());
            var generated = validate(payload, null);

            Assert.Equal(RuleArithmeticTests.Describe(_interpreter.Validate(payload)), RuleArithmeticTests.Describe(generated));
            withRowRules += generated.Issues.Any(issue => issue.RuleId is "S1" or "S2" or "S3" or "S4" or "L1") ? 1 : 0;
            withStructural += generated.Issues.Any(issue => issue.RuleId.StartsWith("structure.", StringComparison.Ordinal)) ? 1 : 0;
            clean += generated.Issues.Count == 0 ? 1 : 0;
        }

        Assert.True(withRowRules > 300 && withStructural > 150 && clean > 50, $"the draw must exercise every outcome ({withRowRules}, {withStructural}, {clean})");
    }

    [Fact]
    public void TheTypedPathValidatesRowsAsThePayloadPathDoes()
    {
        const string payload = """{ "cap": 300, "total": 9, "lines": [ { "name": "a", "amount": 10, "spent": 11, "parts": [1] }, { "name": "b", "amount": 400 } ], "scores": [] }""";
        var (fromJson, report) = ValidateAndRead(payload);
        var validate = _loaded.GetType("Tables.BudgetValidator").GetMethod("Validate", [report.GetType(), typeof(ValidationOptions)])!;

        var typed = (ValidationResult)validate.Invoke(null, [report, null])!;

        Assert.Equal(["L1", "S1", "S2"], fromJson.Issues.Select(i => i.RuleId).Order(StringComparer.Ordinal));
        Assert.Equal(RuleArithmeticTests.Describe(fromJson), RuleArithmeticTests.Describe(typed));

        // A record holding more rows than maxItems: the typed path reports it at the array, as the payload path does.
        var scores = report.GetType().GetProperty("Scores")!;
        var clone = report.GetType().GetMethod("<Clone>$")!.Invoke(report, null)!;
        scores.SetValue(clone, new ValueList<int>([1, 2, 3, 4]));
        var issue = Assert.Single(((ValidationResult)validate.Invoke(null, [clone, null])!).Issues, i => i.RuleId == IssueIds.MaxItems);
        Assert.Equal(("/scores", "4 rows"), (issue.Pointer, issue.Actual));
    }

    [Fact]
    public void ARowRecordValidatedOnItsOwnHasPointersRelativeToTheRow()
    {
        var (_, report) = ValidateAndRead("""{ "cap": 300, "total": 10, "lines": [ { "name": "a", "amount": 10, "spent": 12, "parts": [1, 2] } ], "scores": [] }""");
        var row = ((IReadOnlyList<object>)report.GetType().GetProperty("Lines")!.GetValue(report)!)[0];
        var validate = _loaded.GetType("Tables.BudgetValidator").GetMethod("Validate", [row.GetType(), typeof(ValidationOptions)])!;

        var issue = Assert.Single(((ValidationResult)validate.Invoke(null, [row, null])!).Issues);

        Assert.Equal(("L1", "/spent", "12"), (issue.RuleId, issue.Pointer, issue.Actual));
    }

    private static JsonObject RandomPayload(Random random)
    {
        // A cell value, and the number it holds when it is a valid amount.
        (JsonNode Node, decimal? Value) Number(int max)
        {
            switch (random.Next(12))
            {
                case 0:
                    return (JsonValue.Create(-random.Next(1, 5)), null);
                case 1:
                    return (JsonValue.Create("x"), null);
                case 2:
                    var fraction = random.Next(max) + 0.5m;
                    return (JsonValue.Create(fraction), fraction);
                default:
                    var whole = random.Next(max);
                    return (JsonValue.Create(whole), whole);
            }
        }

        var lines = new JsonArray();
        decimal? sum = 0;
        var rows = random.Next(10) == 0 ? 5 : random.Next(5);
        for (var r = 0; r < rows; r++)
        {
            var amount = Number(200);
            sum = amount.Value is { } valid ? sum + valid : null;
            var line = new JsonObject { ["name"] = "n" + r, ["amount"] = amount.Node };
            if (random.Next(2) == 0)
            {
                line["spent"] = Number(200).Node;
            }

            if (random.Next(2) == 0)
            {
                var parts = new JsonArray();
                for (var k = random.Next(4); k > 0; k--)
                {
                    parts.Add(random.Next(15) == 0 ? JsonValue.Create(1.5m) : JsonValue.Create(random.Next(100)));
                }

                line["parts"] = parts;
            }

            lines.Add(line);
        }

        var scores = new JsonArray();
        for (var k = random.Next(10) == 0 ? 4 : random.Next(4); k > 0; k--)
        {
            scores.Add(random.Next(20) == 0 ? JsonValue.Create(101) : JsonValue.Create(random.Next(101)));
        }

        var payload = new JsonObject { ["cap"] = random.Next(50, 300), ["total"] = random.Next(3) == 0 ? Number(400).Node : JsonValue.Create(0) };
        if (random.Next(15) != 0)
        {
            payload["lines"] = random.Next(30) == 0 ? new JsonObject() : lines;
        }

        payload["scores"] = scores;
        if (random.Next(3) == 0)
        {
            payload["extra"] = new JsonArray(JsonValue.Create(random.Next(50) - 0.25m));
        }

        // Make S1 hold in about half of the draws, so the other rules are seen without it.
        if (random.Next(2) == 0 && sum is { } total)
        {
            payload["total"] = total;
        }

        return payload;
    }

    private SampleAssemblyFixture.ValidateUtf8 Validator() => RuleArithmeticTests.ValidatorOf(_loaded, "Tables.BudgetValidator");

    private (ValidationResult Result, object Report) ValidateAndRead(string payload)
    {
        var method = _loaded.GetType("Tables.BudgetValidator").GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == "Validate" && m.GetParameters().Length == 3 && m.GetParameters()[1].IsOut);
        var type = method.GetParameters()[1].ParameterType.GetElementType()!;
        var helper = typeof(ArrayGenerationTests).GetMethod(nameof(Invoke), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        var arguments = new object?[] { method, Encoding.UTF8.GetBytes(payload), null };
        var result = (ValidationResult)helper.Invoke(null, arguments)!;
        return (result, arguments[2]!);
    }

    private static ValidationResult Invoke<T>(MethodInfo method, byte[] bytes, out T? report)
        where T : class
        => method.CreateDelegate<ValidateWithReportDelegate<T>>()(bytes, out report, null);

    private delegate ValidationResult ValidateWithReportDelegate<T>(ReadOnlySpan<byte> utf8Json, out T? report, ValidationOptions? options)
        where T : class;

    /// <summary>The schema generated, compiled (warnings as errors) and loaded once for the class, and its interpreter.</summary>
    public sealed class CompiledTables : IDisposable
    {
        public CompiledTables()
        {
            var run = GeneratorHarness.Run(new SchemaInput("/project/budget.schema.json", Schema, Namespace: "Tables", TypeName: "Budget"));
            Assert.Empty(run.Diagnostics);
            var compilation = GeneratedCode.Compile("Generated_Tables", GeneratorHarness.Trees(run));
            GeneratedCode.AssertClean(compilation);
            Loaded = GeneratedCode.EmitAndLoad(compilation);
            Assert.Empty(Interpreter.Create(Schema, "Budget", out var interpreter).Diagnostics);
            Interpreter = interpreter!;
        }

        internal LoadedAssembly Loaded { get; }

        public Interpreter Interpreter { get; }

        public void Dispose() => Loaded.Dispose();
    }
}
