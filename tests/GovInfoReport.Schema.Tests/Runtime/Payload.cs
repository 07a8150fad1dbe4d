using System;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovInfoReport.Schema.Tests.Support;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>Builds payloads from fixtures and runs them through <see cref="ReportValidator"/>, failing the test (rather
/// than the run) if any exception escapes the validator.</summary>
internal static class Payload
{
    /// <summary>A 2019 fixture with rule issues (R1 ×2, R3 ×2, R11).</summary>
    public const string Fixture2019 = "seed-000.json";

    /// <summary>A 2021 fixture with rule issues (R2, R3).</summary>
    public const string Fixture2021 = "seed-002.json";

    /// <summary>The 2021 fixture without any issue.</summary>
    public const string CleanFixture = "seed-004.json";

    /// <summary>The ids of the schemas' assertion rules; every other id is structural (R5 included).</summary>
    public static readonly string[] AssertionRuleIds = ["R1", "R2", "R3", "R4", "R11"];

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A fresh mutable copy of a fixture.</summary>
    public static JsonObject Fixture(string name) => TestData.LoadFixture(name);

    /// <summary>A fixture with one member replaced (or added).</summary>
    public static JsonObject With(string fixture, string pointer, JsonNode? value)
    {
        var payload = Fixture(fixture);
        JsonPointer.Set(payload, pointer, value);
        return payload;
    }

    /// <summary>A fixture with one member removed.</summary>
    public static JsonObject Without(string fixture, string pointer)
    {
        var payload = Fixture(fixture);
        JsonPointer.Remove(payload, pointer);
        return payload;
    }

    /// <summary>Indented UTF-8 text, CJK kept unescaped, one member per line.</summary>
    public static string Text(JsonNode payload) => payload.ToJsonString(Indented);

    public static byte[] Bytes(JsonNode payload) => Encoding.UTF8.GetBytes(Text(payload));

    public static ReportValidationResult Validate(JsonNode payload, ValidationOptions? options = null) => Validate(Bytes(payload), options);

    /// <summary>Validates and, without options, reads the typed report too (so tests see it); with options, as they say.</summary>
    public static ReportValidationResult Validate(byte[] utf8Json, ValidationOptions? options = null) =>
        Run(() => options is null ? ReportValidator.ValidateAndRead(utf8Json) : ReportValidator.Validate(utf8Json, options));

    public static ReportValidationResult ValidateText(string json, ValidationOptions? options = null) =>
        Run(() => options is null ? ReportValidator.ValidateAndRead(json) : ReportValidator.Validate(json, options));

    /// <summary>Runs a validation and fails with the exception's text if one escapes.</summary>
    public static ReportValidationResult Run(Func<ReportValidationResult> validate)
    {
        ReportValidationResult? result = null;
        var exception = Record.Exception(() => result = validate());
        Assert.True(exception is null, $"The validator threw instead of reporting an issue: {exception}");
        return result!;
    }

    /// <summary>The single issue of a result, with its counts checked.</summary>
    public static ValidationIssue SingleIssue(ReportValidationResult result)
    {
        var issue = Assert.Single(result.Issues);
        Assert.False(result.IsValid);
        Assert.Equal(1, result.Validation.ErrorCount);
        Assert.False(result.Validation.IsTruncated);
        Assert.Null(result.Report);
        return issue;
    }

    /// <summary>Whether a result holds an issue other than an assertion rule's (R1–R4, R11).</summary>
    public static bool HasStructuralIssue(ReportValidationResult result) =>
        result.Issues.Any(issue => !AssertionRuleIds.Contains(issue.RuleId));

    /// <summary>One line per issue, for assertion messages.</summary>
    public static string Describe(ReportValidationResult result) =>
        result.Issues.Count == 0 ? "(no issue)" : string.Join(Environment.NewLine, result.Issues.Select(i => i.ToString()));
}
