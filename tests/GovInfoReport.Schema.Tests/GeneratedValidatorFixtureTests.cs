using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovInfoReport.Schema.Templates.V2019;
using GovInfoReport.Schema.Templates.V2021;
using GovInfoReport.Schema.Tests.Support;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests;

/// <summary>
/// The generated validators (dogfooded in the runtime library) report exactly the violations written down by hand
/// for each seed fixture, through both the byte path and the typed-record path.
/// </summary>
public sealed class GeneratedValidatorFixtureTests
{
    public static TheoryData<string> Fixtures => new() { "seed-000.json", "seed-001.json", "seed-002.json", "seed-004.json" };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void BytePathReportsExactlyTheRecordedViolations(string fixture)
    {
        var result = ValidateBytes(fixture, out _);

        Assert.Equal(Expected(fixture), Actual(result));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void TypedPathReportsTheSameViolationsAsTheBytePath(string fixture)
    {
        var bytes = ValidateBytes(fixture, out var report);
        Assert.NotNull(report);

        var typed = report switch
        {
            Report2019 r => Report2019Validator.Validate(r),
            Report2021 r => Report2021Validator.Validate(r),
            _ => throw new Xunit.Sdk.XunitException("unexpected report type"),
        };

        Assert.Equal(Actual(bytes), Actual(typed));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void MaterialisedReportRoundTripsThroughTheGeneratedJsonContext(string fixture)
    {
        var text = File.ReadAllText(Path.Combine(TestData.FixturesDirectory, fixture));
        ValidateBytes(fixture, out var report);

        (string Json, object? Reparsed) roundtrip = report switch
        {
            Report2019 r => Roundtrip(r, Report2019JsonContext.Default.Report2019),
            Report2021 r => Roundtrip(r, Report2021JsonContext.Default.Report2021),
            _ => throw new Xunit.Sdk.XunitException("unexpected report type"),
        };
        var (serialized, reparsed) = roundtrip;

        Assert.Equal(report, reparsed);
        Assert.True(JsonNodeEquals(text, serialized), "serialised report differs from the fixture");
    }

    [Fact]
    public void EveryIssueCarriesBothMessagesAndTheNumbers()
    {
        var result = ValidateBytes("seed-000.json", out _);
        var r1 = Assert.Single(result.Issues, i => i.RuleId == "R1" && i.Pointer.EndsWith("/naturalPersons"));

        Assert.Equal("自然人列：三（七）总计加四之和为 0，应等于一加二之和 7（相差 -7）。", r1.MessageZh);
        Assert.Contains("Column Natural persons", r1.MessageEn);
        Assert.Equal("7", r1.Expected);
        Assert.Equal("0", r1.Actual);
        Assert.Equal(IssueSeverity.Error, r1.Severity);
    }

    private static (string Json, object? Reparsed) Roundtrip<T>(T report, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
    {
        var json = JsonSerializer.Serialize(report, info);
        return (json, JsonSerializer.Deserialize(json, info));
    }

    private static bool JsonNodeEquals(string left, string right)
        => System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(left), System.Text.Json.Nodes.JsonNode.Parse(right));

    private static ValidationResult ValidateBytes(string fixture, out object? report)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestData.FixturesDirectory, fixture));
        using var document = JsonDocument.Parse(bytes);
        var version = document.RootElement.GetProperty("templateVersion").GetString();
        if (version == "2019")
        {
            var result = Report2019Validator.Validate(bytes, out var typed);
            report = typed;
            return result;
        }
        else
        {
            var result = Report2021Validator.Validate(bytes, out var typed);
            report = typed;
            return result;
        }
    }

    private static List<string> Actual(ValidationResult result)
        => result.Issues.Select(i => $"{i.RuleId}|{i.Severity.ToString().ToLowerInvariant()}|{i.Pointer}|{i.Actual}|{(i.Severity == IssueSeverity.Warning ? "" : i.Expected)}")
            .OrderBy(s => s, System.StringComparer.Ordinal).ToList();

    private static List<string> Expected(string fixture)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestData.FixturesDirectory, "expected-violations.json")));
        return document.RootElement.GetProperty(fixture).EnumerateArray()
            .Select(v => $"{v.GetProperty("rule").GetString()}|{v.GetProperty("severity").GetString()}|{v.GetProperty("pointer").GetString()}|{v.GetProperty("actual")}|{(v.GetProperty("expected").ValueKind == JsonValueKind.Null ? "" : v.GetProperty("expected").ToString())}")
            .OrderBy(s => s, System.StringComparer.Ordinal).ToList();
    }
}
