extern alias tools;

using System;
using System.Linq;
using System.Reflection;
using System.Text;
using GovInfoReport.Generators.Tests.Support;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Generators.Tests;

/// <summary>
/// The value kinds beyond numbers and strings: string enums become C# enums that read and write their JSON names,
/// <c>const</c> and one-value enums become a value the record states (nobody sets it), <c>format: date</c> becomes
/// <c>DateOnly</c>, and booleans are <c>bool</c>; generated code and the interpreter agree on every payload.
/// </summary>
public sealed class ValueKindTests : IDisposable
{
    private const string Schema = """
        {
          "type": "object", "additionalProperties": false,
          "required": ["kind", "version", "published", "audited", "total"],
          "properties": {
            "kind": { "title": "类型", "type": "string", "enum": ["市级", "县级", "other-kind"] },
            "version": { "type": "string", "const": "v1" },
            "published": { "type": "string", "format": "date" },
            "audited": { "type": "boolean" },
            "reviewed": { "type": "boolean" },
            "level": { "type": "string", "enum": ["a", "b"] },
            "total": { "type": "integer", "minimum": 0 }
          }
        }
        """;

    private const string Valid = """{ "kind": "县级", "version": "v1", "published": "2024-03-01", "audited": true, "level": "b", "total": 3 }""";

    private readonly LoadedAssembly _loaded;

    public ValueKindTests()
    {
        var run = GeneratorHarness.Run(new SchemaInput("/project/kinds.schema.json", Schema, Namespace: "Kinds", TypeName: "KindsReport"));
        Assert.Empty(run.Diagnostics);
        var compilation = GeneratedCode.Compile("Generated_Kinds", GeneratorHarness.Trees(run));
        GeneratedCode.AssertClean(compilation);
        _loaded = GeneratedCode.EmitAndLoad(compilation);
    }

    [Fact]
    public void EachKindHasItsCSharpType()
    {
        var report = _loaded.GetType("Kinds.KindsReport");
        var kind = _loaded.GetType("Kinds.Kind");

        Assert.True(kind.IsEnum);
        Assert.Equal(["市级", "县级", "OtherKind"], Enum.GetNames(kind));
        Assert.Equal(kind, report.GetProperty("Kind")!.PropertyType);
        Assert.Equal(typeof(Nullable<>).MakeGenericType(_loaded.GetType("Kinds.Level")), report.GetProperty("Level")!.PropertyType);
        Assert.Equal(typeof(DateOnly), report.GetProperty("Published")!.PropertyType);
        Assert.Equal(typeof(bool), report.GetProperty("Audited")!.PropertyType);
        Assert.Equal(typeof(bool?), report.GetProperty("Reviewed")!.PropertyType);

        // const: stated by the record, not settable.
        var version = report.GetProperty("Version")!;
        Assert.Equal(typeof(string), version.PropertyType);
        Assert.Null(version.SetMethod);
    }

    [Fact]
    public void ThePayloadReadsIntoTheTypedReportAndWritesBackTheSame()
    {
        var (result, report) = ValidateAndRead(Valid);

        Assert.Empty(result.Issues);
        Assert.Equal("县级", report.GetType().GetProperty("Kind")!.GetValue(report)!.ToString());
        Assert.Equal(new DateOnly(2024, 3, 1), report.GetType().GetProperty("Published")!.GetValue(report));
        Assert.Equal(true, report.GetType().GetProperty("Audited")!.GetValue(report));
        Assert.Null(report.GetType().GetProperty("Reviewed")!.GetValue(report));
        Assert.Equal("v1", report.GetType().GetProperty("Version")!.GetValue(report));

        var options = new System.Text.Json.JsonSerializerOptions();
        var written = System.Text.Json.JsonSerializer.Serialize(report, report.GetType(), options);
        Assert.Equal(
            """{"kind":"县级","version":"v1","published":"2024-03-01","audited":true,"level":"b","total":3}""",
            System.Text.RegularExpressions.Regex.Unescape(written));
    }

    [Theory]
    [InlineData("""{ "kind": "省级", "version": "v1", "published": "2024-03-01", "audited": true, "total": 3 }""", IssueIds.Enum, "/kind")]
    [InlineData("""{ "kind": "市级", "version": "v2", "published": "2024-03-01", "audited": true, "total": 3 }""", IssueIds.Enum, "/version")]
    [InlineData("""{ "kind": "市级", "version": "v1", "published": "2024-02-30", "audited": true, "total": 3 }""", IssueIds.Format, "/published")]
    [InlineData("""{ "kind": "市级", "version": "v1", "published": "2024-03-01", "audited": "yes", "total": 3 }""", IssueIds.Type, "/audited")]
    [InlineData("""{ "kind": "市级", "version": "v1", "published": "2024-03-01", "audited": true, "reviewed": 1, "total": 3 }""", IssueIds.Type, "/reviewed")]
    public void EachKindRejectsWhatItCannotHold(string payload, string ruleId, string pointer)
    {
        var (result, _) = ValidateAndRead(payload);
        var interpreted = Interpreted(payload);

        var issue = Assert.Single(result.Issues);
        Assert.Equal((ruleId, pointer), (issue.RuleId, issue.Pointer));
        Assert.Equal(RuleArithmeticTests.Describe(result), RuleArithmeticTests.Describe(interpreted));
    }

    [Fact]
    public void TheTypedPathChecksTheSameConstraints()
    {
        var (_, report) = ValidateAndRead(Valid);
        var validate = _loaded.GetType("Kinds.KindsReportValidator").GetMethod("Validate", [report.GetType(), typeof(ValidationOptions)])!;
        var kind = report.GetType().GetProperty("Kind")!;

        Assert.Empty(((ValidationResult)validate.Invoke(null, [report, null])!).Issues);

        // Only a cast puts an undefined value in an enum; the typed path reports it as the payload path would.
        var clone = report.GetType().GetMethod("<Clone>$")!.Invoke(report, null)!;
        kind.SetValue(clone, Enum.ToObject(kind.PropertyType, 9));
        var issue = Assert.Single(((ValidationResult)validate.Invoke(null, [clone, null])!).Issues);
        Assert.Equal((IssueIds.Enum, "/kind", "\"9\""), (issue.RuleId, issue.Pointer, issue.Actual));
    }

    public void Dispose() => _loaded.Dispose();

    private (ValidationResult Result, object Report) ValidateAndRead(string payload)
    {
        var method = _loaded.GetType("Kinds.KindsReportValidator").GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == "Validate" && m.GetParameters().Length == 3 && m.GetParameters()[1].IsOut);

        // ReadOnlySpan<byte> cannot be boxed: go through a delegate built on the method.
        var result = ValidateWithReport(method, Encoding.UTF8.GetBytes(payload), out var report);
        return (result, report!);
    }

    private static ValidationResult ValidateWithReport(MethodInfo method, byte[] bytes, out object? report)
    {
        var type = method.GetParameters()[1].ParameterType.GetElementType()!;
        var helper = typeof(ValueKindTests).GetMethod(nameof(Invoke), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        var arguments = new object?[] { method, bytes, null };
        var result = (ValidationResult)helper.Invoke(null, arguments)!;
        report = arguments[2];
        return result;
    }

    private static ValidationResult Invoke<T>(MethodInfo method, byte[] bytes, out T? report)
        where T : class
    {
        var validate = method.CreateDelegate<ValidateWithReportDelegate<T>>();
        return validate(bytes, out report, null);
    }

    private delegate ValidationResult ValidateWithReportDelegate<T>(ReadOnlySpan<byte> utf8Json, out T? report, ValidationOptions? options)
        where T : class;

    private static ValidationResult Interpreted(string payload)
    {
        tools::GovInfoReport.SchemaTools.InterpretedValidator.Create(Schema, "KindsReport", out var interpreter);
        return interpreter!.Validate(Encoding.UTF8.GetBytes(payload));
    }
}
