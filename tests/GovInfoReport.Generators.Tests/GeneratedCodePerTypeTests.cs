extern alias tools;

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using GovInfoReport.Generators.Tests.Support;
using GovInfoReport.Schema.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace GovInfoReport.Generators.Tests;

/// <summary>
/// Generated code per type (issue 12, point 6): a rule is emitted once, in the type that declares it, and called
/// at the offsets of each instance; records validated on their own use a slice of the report's shape; members are
/// named after their types and stay unique and compilable whatever the type and rule names.
/// </summary>
public sealed class GeneratedCodePerTypeTests
{
    // One row definition used five times, with a rule of its own; the report has a rule over the rows.
    private const string Rows = """
        {
          "type": "object", "additionalProperties": false,
          "required": ["row1", "row2", "row3", "row4", "row5"],
          "definitions": {
            "row": {
              "type": "object", "additionalProperties": false, "required": ["a", "b", "total"],
              "properties": {
                "a": { "type": "integer", "title": "甲" }, "b": { "type": "integer", "title": "乙" }, "total": { "type": "integer", "title": "合计" }
              },
              "x-govinfo-rules": [
                { "id": "R1", "severity": "error", "assert": "total == a + b", "message": { "zh": "{label}：合计 {actual} 应为 {expected}", "en": "{label}: total {actual} should be {expected} ({difference})" } }
              ]
            }
          },
          "properties": {
            "row1": { "$ref": "#/definitions/row", "title": "第一行", "description": "Row one" },
            "row2": { "$ref": "#/definitions/row", "title": "第二行", "description": "Row two" },
            "row3": { "$ref": "#/definitions/row", "title": "第三行", "description": "Row three" },
            "row4": { "$ref": "#/definitions/row", "title": "第四行", "description": "Row four" },
            "row5": { "$ref": "#/definitions/row", "title": "第五行", "description": "Row five" }
          },
          "x-govinfo-rules": [
            { "id": "R2", "severity": "warning", "assert": "row5.total >= row1.total", "message": { "zh": "{cell}偏小", "en": "{cell} is below row one" } }
          ]
        }
        """;

    [Fact]
    public void ARuleOfATypeUsedFiveTimesIsEmittedOnceAndCalledAtEachInstance()
    {
        // Defect: each instance got its own copy of the check (and each record's Validate overload copies again:
        // CheckRules9 was CheckRules shifted by 15), so 52% of a shipped validator's IL was repeated rules and tables.
        var run = GeneratorHarness.Run(new SchemaInput("/project/rows.schema.json", Rows, Namespace: "Rows", TypeName: "RowsReport"));
        Assert.Empty(run.Diagnostics);
        var sources = GeneratorHarness.Sources(run);
        var all = string.Join("\n", sources.Values);

        Assert.Equal(1, Count(all, "// assert: total == a + b"));
        Assert.Equal(1, Count(all, "// assert: row5.total >= row1.total"));
        var methods = Methods(GeneratorHarness.Trees(run));
        Assert.Single(methods, m => m.Identifier.ValueText == "CheckRow_R1");
        Assert.Single(methods, m => m.Identifier.ValueText == "MessageRow_R1");

        // Called at the five instances from the report's rules, and once from the row's own.
        var calls = Calls(GeneratorHarness.Trees(run), "CheckRow_R1");
        Assert.Equal(5, calls.Count(c => c.Method == "CheckRulesRowsReport"));
        Assert.Equal(1, calls.Count(c => c.Method == "CheckRulesRow"));

        // One set of pointer and label tables: the row validated on its own is a slice of the report's shape.
        Assert.Single(Types(GeneratorHarness.Trees(run)), t => t.Identifier.ValueText.StartsWith("Shape", StringComparison.Ordinal));
        Assert.Equal(1, Count(all, "\"/row3/total\""));
        Assert.DoesNotContain("\"/total\"", all, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRuleCalledWithOffsetsReportsWhatTheInterpreterReports()
    {
        var run = GeneratorHarness.Run(new SchemaInput("/project/rows.schema.json", Rows, Namespace: "Rows", TypeName: "RowsReport"));
        var compilation = GeneratedCode.Compile("Generated_Rows", GeneratorHarness.Trees(run));
        GeneratedCode.AssertClean(compilation);
        using var loaded = GeneratedCode.EmitAndLoad(compilation);
        var validator = loaded.GetType("Rows.RowsReportValidator");
        var payload = """
            { "row1": { "a": 1, "b": 2, "total": 3 }, "row2": { "a": 1, "b": 2, "total": 3 }, "row3": { "a": 4, "b": 5, "total": 10 },
              "row4": { "a": 0, "b": 0, "total": 0 }, "row5": { "a": 1, "b": 0, "total": 2 } }
            """;

        var result = ValidateBytes(validator, Encoding.UTF8.GetBytes(payload));
        var interpreted = Interpreted(payload);

        Assert.Equal(
            // Rules in declaration order: the report's type first, then the row's, at each instance in turn.
            [("R2", "/row5/total", "合计偏小", "合计 is below row one"), ("R1", "/row3/total", "第三行：合计 10 应为 9", "Row three: total 10 should be 9 (1)"), ("R1", "/row5/total", "第五行：合计 2 应为 1", "Row five: total 2 should be 1 (1)")],
            result.Issues.Select(i => (i.RuleId, i.Pointer, i.MessageZh, i.MessageEn)));
        // Issue equality covers every field: messages formatted on first read equal the interpreter's eager ones.
        Assert.Equal(interpreted.Issues, result.Issues);
        Assert.Equal(interpreted.Issues.Select(i => i.GetHashCode()), result.Issues.Select(i => i.GetHashCode()));

        // The row on its own: the same check, the slice's pointers (relative to the row) and the row's own label.
        var row = loaded.GetType("Rows.RowsReport").GetProperty("Row3")!;
        var (_, report) = ValidateAndRead(validator, Encoding.UTF8.GetBytes(payload));
        var validateRow = validator.GetMethod("Validate", [row.PropertyType, typeof(ValidationOptions)])!;
        var rowIssue = Assert.Single(((ValidationResult)validateRow.Invoke(null, [row.GetValue(report), null])!).Issues);
        // At its root the row is labelled with its type (no title of its own).
        Assert.Equal(("R1", "/total", "Row：合计 10 应为 9", "Row: total 10 should be 9 (1)"), (rowIssue.RuleId, rowIssue.Pointer, rowIssue.MessageZh, rowIssue.MessageEn));
    }

    [Fact]
    public void MemberNamesFollowTheTypesAndStayUniqueAndValidWhenNamesCollide()
    {
        // "Check" + "Validator" is the validator class's own name (CS0542 if it were a member); "CheckRules" + "Row"
        // is also "Check" + "RulesRow"; rule ids "R-1", "R.1" and "R_1" share one identifier form.
        var schema = """
            {
              "type": "object", "additionalProperties": false,
              "definitions": {
                "row": {
                  "type": "object", "additionalProperties": false, "properties": { "a": { "type": "integer" }, "b": { "type": "integer" } },
                  "x-govinfo-rules": [
                    { "id": "R-1", "severity": "error", "assert": "a >= 0", "message": { "zh": "甲", "en": "one" } },
                    { "id": "R.1", "severity": "error", "assert": "b >= 0", "message": { "zh": "乙", "en": "two" } },
                    { "id": "R_1", "severity": "error", "assert": "a >= b", "message": { "zh": "丙", "en": "three" } }
                  ]
                },
                "rulesRow": { "type": "object", "additionalProperties": false, "properties": { "c": { "type": "integer" } } },
                "validator": { "type": "object", "additionalProperties": false, "properties": { "d": { "type": "integer" } } }
              },
              "properties": {
                "row": { "$ref": "#/definitions/row" },
                "rulesRow": { "$ref": "#/definitions/rulesRow" },
                "validator": { "$ref": "#/definitions/validator" }
              }
            }
            """;
        var run = GeneratorHarness.Run(new SchemaInput("/project/check.schema.json", schema, Namespace: "Names", TypeName: "Check"));
        Assert.Empty(run.Diagnostics);
        var trees = GeneratorHarness.Trees(run);
        GeneratedCode.AssertClean(GeneratedCode.Compile("Generated_Names", trees));

        var validatorMembers = Methods(trees).Where(m => m.Parent is ClassDeclarationSyntax { Identifier.ValueText: "CheckValidator" })
            .Select(m => m.Identifier.ValueText).Where(n => n != "Validate").ToList();
        Assert.Equal(validatorMembers.Distinct(StringComparer.OrdinalIgnoreCase).Count(), validatorMembers.Count);
        Assert.DoesNotContain("CheckValidator", validatorMembers);

        // Named after the types: ReadRow, CheckRulesRow…; the typed check of type Validator cannot take the class's name.
        foreach (var expected in new[] { "ReadCheck", "ReadRow", "MatchRow", "NameEqualsRow", "CheckRow", "BuildRow", "CheckRulesRow", "CheckRulesCheck", "CheckRulesRow", "ReadRulesRow", "CheckRulesRulesRow", "ReadValidator", "CheckValidator2" })
        {
            Assert.Contains(expected, validatorMembers);
        }

        // The three rule ids: one check and one message each, all distinct, each starting with its type's name.
        var ruleChecks = validatorMembers.Where(n => n.StartsWith("CheckRow_R_1", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, ruleChecks.Count);
        Assert.Equal(3, validatorMembers.Count(n => n.StartsWith("MessageRow_R_1", StringComparison.Ordinal)));
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static List<MethodDeclarationSyntax> Methods(IEnumerable<SyntaxTree> trees)
        => trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()).ToList();

    private static List<BaseTypeDeclarationSyntax> Types(IEnumerable<SyntaxTree> trees)
        => trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()).ToList();

    // Every invocation of method `name`, with the name of the method it is in.
    private static List<(string Method, InvocationExpressionSyntax Call)> Calls(IEnumerable<SyntaxTree> trees, string name)
        => trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            .Where(c => c.Expression is IdentifierNameSyntax { Identifier.ValueText: var called } && called == name)
            .Select(c => (c.Ancestors().OfType<MethodDeclarationSyntax>().First().Identifier.ValueText, c))
            .ToList();

    private static ValidationResult Interpreted(string payload)
    {
        tools::GovInfoReport.SchemaTools.InterpretedValidator.Create(Rows, "RowsReport", out var interpreter);
        return interpreter!.Validate(Encoding.UTF8.GetBytes(payload));
    }

    private static ValidationResult ValidateBytes(Type validator, byte[] bytes)
    {
        var method = validator.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == "Validate" && m.GetParameters().Length == 2 && m.GetParameters()[0].ParameterType == typeof(ReadOnlySpan<byte>));
        return method.CreateDelegate<ValidateDelegate>()(bytes, null);
    }

    private static (ValidationResult Result, object Report) ValidateAndRead(Type validator, byte[] bytes)
    {
        var method = validator.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == "Validate" && m.GetParameters().Length == 3 && m.GetParameters()[1].IsOut);
        var type = method.GetParameters()[1].ParameterType.GetElementType()!;
        var helper = typeof(GeneratedCodePerTypeTests).GetMethod(nameof(Invoke), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        var arguments = new object?[] { method, bytes, null };
        var result = (ValidationResult)helper.Invoke(null, arguments)!;
        return (result, arguments[2]!);
    }

    private static ValidationResult Invoke<T>(MethodInfo method, byte[] bytes, out T? report)
        where T : class
        => method.CreateDelegate<ValidateWithReportDelegate<T>>()(bytes, out report, null);

    private delegate ValidationResult ValidateDelegate(ReadOnlySpan<byte> utf8Json, ValidationOptions? options);

    private delegate ValidationResult ValidateWithReportDelegate<T>(ReadOnlySpan<byte> utf8Json, out T? report, ValidationOptions? options)
        where T : class;
}
