using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using GovInfoReport.Schema.Tests.Support;
using GovInfoReport.Schema.Validation;
using NJsonSchema;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>Documents written by <see cref="IssueJsonWriter"/> — for every fixture and for payloads that fail in
/// every way the validator knows — are valid against the shipped <c>validation-issues.schema.json</c> (checked by
/// NJsonSchema), carry the format id, and read back to the same issues.</summary>
public sealed class IssueJsonFormatTests
{
    private const string SchemaResource = "GovInfoReport.Schema.Schemas.validation-issues.schema.json";

    private static readonly Lazy<Task<JsonSchema>> IssueSchema = new(() =>
    {
        using var stream = typeof(IssueJsonWriter).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"{SchemaResource} is not embedded in the runtime assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return JsonSchema.FromJsonAsync(reader.ReadToEnd());
    });

    [Fact]
    public async Task DocumentOfEveryKindOfResultIsValidAgainstTheIssueSchema()
    {
        var results = Results();
        var json = WriteDocument(results);

        var errors = (await IssueSchema.Value).Validate(json);

        Assert.True(errors.Count == 0, ValidationErrors.Describe(errors));
        // Every issue id the validator can raise on a payload is in the document (limits.truncated included).
        var ruleIds = results.SelectMany(r => r.Result.Issues).Select(i => i.RuleId).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            IssueIds.JsonSyntax, IssueIds.JsonEncoding, IssueIds.JsonEmpty, IssueIds.JsonDepth, IssueIds.JsonSize,
            IssueIds.TemplateVersion, IssueIds.Type, IssueIds.Required, IssueIds.UnknownProperty, IssueIds.DuplicateProperty,
            IssueIds.Maximum, IssueIds.Enum, IssueIds.Format, IssueIds.MinLength, IssueIds.Truncated,
            "R1", "R2", "R3", "R4", "R5", "R11",
        }, ruleIds);
    }

    [Theory]
    [InlineData(true, "severity", "\"fatal\"")]
    [InlineData(true, "line", "0")]
    [InlineData(true, "message", "\"text\"")]
    [InlineData(true, "pointer", "null")]
    [InlineData(false, "errorCount", "-1")]
    [InlineData(false, "templateVersion", "\"2020\"")]
    [InlineData(false, "valid", "null")]
    public async Task SchemaRejectsADocumentThatBreaksTheFormat(bool inIssue, string member, string json)
    {
        // Pinned against a vacuous check: the schema, as NJsonSchema loads it, does constrain documents.
        var document = System.Text.Json.Nodes.JsonNode.Parse(WriteDocument(Results().Take(1).ToList()))!;
        var result = document["results"]![0]!;
        var target = inIssue ? result["issues"]![0]!.AsObject() : result.AsObject();
        target[member] = System.Text.Json.Nodes.JsonNode.Parse(json);

        var errors = ValidationErrors.Flatten((await IssueSchema.Value).Validate(document.ToJsonString())).ToList();

        Assert.Contains(errors, e => e.Property == member);
    }

    [Fact]
    public void DocumentCarriesTheFormatIdAndOneResultPerPayload()
    {
        var results = Results();

        using var document = JsonDocument.Parse(WriteDocument(results));

        Assert.Equal("govinfo-report/issues@1", IssueJsonWriter.FormatId);
        Assert.Equal(IssueJsonWriter.FormatId, document.RootElement.GetProperty("format").GetString());
        Assert.Equal(results.Count, document.RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void DocumentReadsBackToTheSameResults()
    {
        var results = Results();

        using var document = JsonDocument.Parse(WriteDocument(results));

        var written = document.RootElement.GetProperty("results").EnumerateArray().ToList();
        for (var r = 0; r < results.Count; r++)
        {
            var (source, result) = results[r];
            var element = written[r];
            Assert.Equal(source, element.GetProperty("source").GetString());
            Assert.Equal(result.TemplateVersion is { } v ? ((int)v).ToString(System.Globalization.CultureInfo.InvariantCulture) : null, element.GetProperty("templateVersion").GetString());
            Assert.Equal(result.IsValid, element.GetProperty("valid").GetBoolean());
            Assert.Equal(result.Validation.ErrorCount, element.GetProperty("errorCount").GetInt32());
            Assert.Equal(result.Validation.WarningCount, element.GetProperty("warningCount").GetInt32());
            Assert.Equal(result.Validation.IsTruncated, element.GetProperty("truncated").GetBoolean());
            Assert.Equal(result.Issues, element.GetProperty("issues").EnumerateArray().Select(ReadIssue));
        }
    }

    [Fact]
    public void ResultWithoutSourceHasNoSourceMember()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            IssueJsonWriter.WriteResult(writer, Payload.ValidateText(string.Empty));
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);

        Assert.False(document.RootElement.TryGetProperty("source", out _));
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("templateVersion").ValueKind);
        Assert.Equal(IssueIds.JsonEmpty, document.RootElement.GetProperty("issues")[0].GetProperty("ruleId").GetString());
    }

    private static ValidationIssue ReadIssue(JsonElement element)
    {
        var severity = element.GetProperty("severity").GetString() switch
        {
            "error" => IssueSeverity.Error,
            "warning" => IssueSeverity.Warning,
            var other => throw new InvalidOperationException($"Unknown severity '{other}'."),
        };
        var message = element.GetProperty("message");
        return new ValidationIssue(
            element.GetProperty("ruleId").GetString()!,
            severity,
            element.GetProperty("pointer").GetString()!,
            element.GetProperty("expected").GetString(),
            element.GetProperty("actual").GetString(),
            message.GetProperty("zh").GetString()!,
            message.GetProperty("en").GetString()!)
        {
            Keyword = element.GetProperty("keyword").GetString(),
            Line = element.TryGetProperty("line", out var line) ? line.GetInt64() : null,
            BytePositionInLine = element.TryGetProperty("bytePositionInLine", out var position) ? position.GetInt64() : null,
        };
    }

    private static string WriteDocument(IReadOnlyList<(string? Source, ReportValidationResult Result)> results)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            IssueJsonWriter.WriteDocument(writer, results);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static List<(string? Source, ReportValidationResult Result)> Results()
    {
        var results = TestData.FixtureNames.Select(f => ((string?)f, Payload.Validate(Payload.Fixture(f)))).ToList();
        var clean = Payload.Text(Payload.Fixture(Payload.CleanFixture));
        var badUtf8 = Encoding.UTF8.GetBytes(clean);
        badUtf8[40] = 0xFE;
        var negatives = Payload.Fixture(Payload.CleanFixture);
        foreach (var (pointer, node) in SchemaWalker.AllNodes(negatives).Where(n => n.Node is System.Text.Json.Nodes.JsonValue && n.Pointer.StartsWith("/applications/", StringComparison.Ordinal)).ToList())
        {
            JsonPointer.Set(negatives, pointer, -1);
        }

        var structural = Payload.Fixture(Payload.CleanFixture);
        JsonPointer.Set(structural, "/agencyName", string.Empty);
        JsonPointer.Set(structural, "/reportYear", 2101);
        JsonPointer.Set(structural, "/publicationDate", "2022-13-01");
        JsonPointer.Set(structural, "/overview", 7);
        JsonPointer.Remove(structural, "/reviewAndLitigation/administrativeReview/total");
        JsonPointer.Set(structural, "/applications/备注~0~1x", "\"引号\"\n");
        JsonPointer.Set(structural, "/applications/outcomes/total/total", -4);
        JsonPointer.Set(structural, "/reviewAndLitigation/administrativeLitigation/afterReview/total", 3);

        results.AddRange(
        [
            ("syntax", Payload.ValidateText(clean + " ]")),
            ("encoding", Payload.Validate(badUtf8)),
            ("lone surrogate", Payload.ValidateText(clean.Replace("河北省", "\uDC00", StringComparison.Ordinal))),
            ("empty", Payload.ValidateText("  ")),
            ("depth", Payload.ValidateText(clean.Insert(1, "\"x\": " + new string('[', 80) + new string(']', 80) + ","))),
            ("size", Payload.ValidateText(clean, new ValidationOptions { MaxPayloadBytes = 100 })),
            ("version", Payload.Validate(Payload.With(Payload.CleanFixture, "/templateVersion", "2020"))),
            ("array root", Payload.ValidateText("[]")),
            ("structural", Payload.Validate(structural)),
            ("duplicate", Payload.ValidateText(clean.Replace("\"reportYear\": 2022,", "\"reportYear\": 2022, \"reportYear\": 2022,", StringComparison.Ordinal))),
            ("unit", Payload.Validate(Payload.With(Payload.Fixture2019, "/activeDisclosure/procurement/centralizedProcurement/totalAmount/unit", "yuan"))),
            ("R4", Payload.Validate(Payload.With(Payload.CleanFixture, "/reviewAndLitigation/administrativeReview/total", 2))),
            ("truncated", Payload.Validate(negatives, new ValidationOptions { MaxIssues = 5 })),
        ]);
        return results;
    }
}
