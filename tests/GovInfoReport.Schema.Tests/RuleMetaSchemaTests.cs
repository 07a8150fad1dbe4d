using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using GovInfoReport.Schema.Tests.Support;
using NJsonSchema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests;

/// <summary>The <c>x-govinfo-rules</c> keyword: every value in the shipped schemas conforms to the rule meta-schema,
/// and the meta-schema rejects malformed rule arrays.</summary>
public sealed class RuleMetaSchemaTests
{
    private const string ValidMessage = """{ "zh": "总计不符。", "en": "The total does not add up." }""";

    public static TheoryData<TemplateVersion> Versions => new(TemplateVersion.V2019, TemplateVersion.V2021);

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task EveryRuleKeywordValueInTheSchemaConformsToTheMetaSchema(TemplateVersion version)
    {
        var meta = await RuleMetaSchema.LoadAsync();
        var ruleKeywords = SchemaWalker.KeywordValues(TestData.SchemaJson(version), "x-govinfo-rules").ToList();

        // root (R5, R11), applications (R1), outcomes (R3), applicantCounts (R2), caseOutcomes (R4)
        Assert.Equal(5, ruleKeywords.Count);
        Assert.All(ruleKeywords, item =>
        {
            var errors = meta.Validate(item.Value!.ToJsonString());
            Assert.True(errors.Count == 0, $"{version} {item.Pointer}: {ValidationErrors.Describe(errors)}");
        });
    }

    public static TheoryData<string, string, ValidationErrorKind, string> MalformedRuleArrays => new()
    {
        {
            "missing id",
            $$"""[{ "severity": "error", "assert": "total == a + b", "message": {{ValidMessage}} }]""",
            ValidationErrorKind.PropertyRequired, "#/[0].id"
        },
        {
            "severity fatal",
            $$"""[{ "id": "R1", "severity": "fatal", "assert": "total == a + b", "message": {{ValidMessage}} }]""",
            ValidationErrorKind.NotInEnumeration, "#/[0].severity"
        },
        {
            "assert containing ';'",
            $$"""[{ "id": "R1", "severity": "error", "assert": "total == a + b; drop", "message": {{ValidMessage}} }]""",
            ValidationErrorKind.PatternMismatch, "#/[0].assert"
        },
        {
            "forEach without name",
            $$"""[{ "id": "R1", "severity": "error", "forEach": { "in": "newApplications" }, "assert": "a.$column == b.$column", "message": {{ValidMessage}} }]""",
            ValidationErrorKind.PropertyRequired, "#/[0].forEach.name"
        },
        {
            "structural rule naming an unknown keyword",
            $$"""[{ "id": "R5", "severity": "error", "kind": "structural", "keywords": ["type", "multipleOf"], "message": {{ValidMessage}} }]""",
            ValidationErrorKind.NotInEnumeration, "#/[0].keywords[1]"
        },
        {
            "structural rule with an assert",
            $$"""[{ "id": "R5", "severity": "error", "kind": "structural", "keywords": ["type"], "assert": "a == b", "message": {{ValidMessage}} }]""",
            ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/[0].assert"
        },
        {
            "message without English",
            """[{ "id": "R1", "severity": "error", "assert": "a == b", "message": { "zh": "不符。" } }]""",
            ValidationErrorKind.PropertyRequired, "#/[0].message.en"
        },
        {
            "not an array",
            $$"""{ "id": "R1", "severity": "error", "assert": "a == b", "message": {{ValidMessage}} }""",
            ValidationErrorKind.ArrayExpected, "#/"
        },
    };

    [Theory]
    [MemberData(nameof(MalformedRuleArrays))]
    public async Task MalformedRuleArrayIsRejectedByTheMetaSchema(string caseName, string rules, ValidationErrorKind expectedKind, string expectedPath)
    {
        var meta = await RuleMetaSchema.LoadAsync();

        var errors = meta.Validate(rules);
        var all = ValidationErrors.Flatten(errors).ToList();

        Assert.NotEmpty(errors);
        Assert.True(
            all.Any(e => e.Kind == expectedKind && e.Path == expectedPath),
            $"{caseName}: expected {expectedKind} at {expectedPath}, got {ValidationErrors.Describe(errors)}");
    }

    public static TheoryData<string, string> WellFormedRuleArrays => new()
    {
        { "assertion without kind", $$"""[{ "id": "R4", "severity": "error", "assert": "total == upheld + corrected + otherOutcomes + pending", "message": {{ValidMessage}} }]""" },
        { "assertion with forEach", $$"""[{ "id": "R1", "severity": "error", "kind": "assertion", "forEach": { "name": "column", "in": "newApplications" }, "assert": "a.$column == b.$column", "message": {{ValidMessage}} }]""" },
        { "structural", $$"""[{ "id": "R5", "severity": "error", "kind": "structural", "keywords": ["type", "minimum"], "message": {{ValidMessage}} }]""" },
        { "empty array", "[]" },
    };

    [Theory]
    [MemberData(nameof(WellFormedRuleArrays))]
    public async Task WellFormedRuleArrayIsAcceptedByTheMetaSchema(string caseName, string rules)
    {
        // The positive controls of the rejection cases above: each malformed case differs from one of these by one change.
        var meta = await RuleMetaSchema.LoadAsync();

        var errors = meta.Validate(rules);

        Assert.True(errors.Count == 0, $"{caseName}: {ValidationErrors.Describe(errors)}");
    }
}
