using System;
using System.Linq;
using System.Threading.Tasks;
using GovInfoReport.Schema.Tests.Support;
using GovInfoReport.Schema.Validation;
using NJsonSchema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>
/// The documented differences between the validator and NJsonSchema 10.7.2 that the differential test
/// (<see cref="NJsonSchemaDifferentialTests"/>) leaves out, each shown on one payload, with the reason the
/// validator's answer is the one to keep. If NJsonSchema changes, these fail and the exclusions must be revisited.
/// </summary>
public sealed class NJsonSchemaKnownDifferencesTests
{
    private const string Count = "/applications/newApplications/naturalPersons";
    private const string Amount = "/activeDisclosure/fees/administrativeFees/amountInTenThousandYuan";

    [Theory]
    // format: int32 — an annotation NJsonSchema does not assert; the typed report stores an int.
    [InlineData(Count, "3000000000")]
    // format: decimal — likewise; the typed report stores a System.Decimal (at most about 7.9e28).
    [InlineData(Amount, "1e29")]
    public async Task ValueOutsideItsFormatIsRejectedOnlyByTheValidator(string pointer, string number)
    {
        var text = Payload.Text(Payload.With(Payload.CleanFixture, pointer, System.Text.Json.Nodes.JsonNode.Parse(number)));

        var issue = Payload.SingleIssue(Payload.ValidateText(text));
        var theirs = (await TestData.NJsonSchemaFor(TemplateVersion.V2021)).Validate(text);

        Assert.Equal(("R5", pointer, "type"), (issue.RuleId, issue.Pointer, issue.Keyword));
        Assert.Empty(theirs);
    }

    [Fact]
    public async Task IntegerLiteralPastInt64MakesNJsonSchemaThrow()
    {
        var text = Payload.Text(Payload.With(Payload.CleanFixture, Count, System.Text.Json.Nodes.JsonNode.Parse("100000000000000000000000000000")));

        var issue = Payload.SingleIssue(Payload.ValidateText(text));
        var schema = await TestData.NJsonSchemaFor(TemplateVersion.V2021);

        Assert.Equal(("R5", Count), (issue.RuleId, issue.Pointer));
        // JsonReaderException or InvalidCastException depending on the length of the literal: no verdict either way.
        Assert.ThrowsAny<Exception>(() => schema.Validate(text));
    }

    [Fact]
    public async Task IntegralFloatIsAnIntegerOnlyForTheValidator()
    {
        // Draft 7 (core §4.2.1 / validation §6.1.1): "integer" is any number with a zero fractional part. NJsonSchema
        // goes by Newtonsoft's token type and rejects 7.0.
        var text = Payload.Text(Payload.With(Payload.CleanFixture, "/reviewAndLitigation/administrativeReview/upheld", System.Text.Json.Nodes.JsonNode.Parse("0.0")));

        var ours = Payload.ValidateText(text);
        var theirs = ValidationErrors.Flatten((await TestData.NJsonSchemaFor(TemplateVersion.V2021)).Validate(text)).ToList();

        Assert.Same(ValidationResult.Clean, ours.Validation);
        Assert.Contains(theirs, e => e.Kind == ValidationErrorKind.IntegerExpected);
    }

    [Fact]
    public async Task DuplicateMemberIsRejectedOnlyByTheValidator()
    {
        // RFC 8259 §4: names SHOULD be unique, and software differs on duplicates; draft 7 has no keyword for them.
        // Newtonsoft keeps the last value without a word; the validator reports the repetition.
        var text = Payload.Text(Payload.Fixture(Payload.CleanFixture)).Replace("\"reportYear\": 2022,", "\"reportYear\": 2022, \"reportYear\": 2023,", StringComparison.Ordinal);

        var issue = Payload.SingleIssue(Payload.ValidateText(text));
        var theirs = (await TestData.NJsonSchemaFor(TemplateVersion.V2021)).Validate(text);

        Assert.Equal((IssueIds.DuplicateProperty, "/reportYear"), (issue.RuleId, issue.Pointer));
        Assert.Empty(theirs);
    }

    [Fact]
    public async Task EscapedLoneSurrogateIsRejectedOnlyByTheValidator()
    {
        // RFC 8259 §8.2: such a string is syntactically valid but its value is not Unicode text; System.Text.Json
        // cannot decode it, Newtonsoft makes a .NET string with a lone surrogate.
        var text = Payload.Text(Payload.With(Payload.CleanFixture, "/overview", "@@")).Replace("@@", "\\uD800", StringComparison.Ordinal);

        var issue = Payload.SingleIssue(Payload.ValidateText(text));
        var theirs = (await TestData.NJsonSchemaFor(TemplateVersion.V2021)).Validate(text);

        Assert.Equal((IssueIds.JsonEncoding, string.Empty), (issue.RuleId, issue.Pointer));
        Assert.Empty(theirs);
    }
}
