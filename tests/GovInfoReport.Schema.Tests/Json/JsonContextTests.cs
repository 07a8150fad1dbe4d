using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using GovInfoReport.Schema.Templates.V2019;
using GovInfoReport.Schema.Templates.V2021;
using GovInfoReport.Schema.Tests.Runtime;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Json;

/// <summary>
/// The generated <c>*JsonContext</c> is a System.Text.Json resolver in every configuration, and every record
/// serialises under the schema's names. Issue 11: Combine, TypeInfoResolverChain and TypeInfoResolver = ctx threw
/// InvalidOperationException ("…options does not match the provided argument"); nested records serialised as
/// "NewApplications"/"NaturalPersons".
/// </summary>
public sealed class JsonContextTests
{
    private static byte[] Clean => Payload.Bytes(Payload.Fixture(Payload.CleanFixture));

    private static Report2021 Expected => ReportValidator.ValidateAndRead(Clean).Report2021!;

    public static TheoryData<string> Configurations => new("Combine", "ChainInsert", "TypeInfoResolver", "ContextDefault", "ContextOptions");

    [Theory]
    [MemberData(nameof(Configurations))]
    public void EveryConfigurationReadsAndWritesTheReport(string configuration)
    {
        var options = OptionsFor(configuration);

        var report = JsonSerializer.Deserialize<Report2021>(Clean, options)!;
        var written = JsonSerializer.Serialize(report, options);

        Assert.Equal(Expected, report);
        Assert.Equal(Expected, JsonSerializer.Deserialize<Report2021>(written, options));
        Assert.Contains("\"newApplications\":", written, StringComparison.Ordinal);
        Assert.Contains("\"naturalPersons\":", written, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherTypesFallThroughToTheNextResolver()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(Report2021JsonContext.Default, new DefaultJsonTypeInfoResolver()) };

        Assert.Equal("[1,2]", JsonSerializer.Serialize(new[] { 1, 2 }, options));
        Assert.Null(((IJsonTypeInfoResolver)Report2021JsonContext.Default).GetTypeInfo(typeof(int), options));
    }

    [Fact]
    public void NestedRecordsSerialiseUnderTheSchemaNamesWithDefaultOptions()
    {
        var report = Expected;

        var applications = JsonSerializer.Serialize(report.Applications);
        var fees = JsonSerializer.Serialize(report.ActiveDisclosure.Fees);

        Assert.StartsWith("{\"newApplications\":{\"naturalPersons\":", applications, StringComparison.Ordinal);
        Assert.DoesNotContain("NaturalPersons", applications, StringComparison.Ordinal);
        Assert.Contains("\"administrativeFees\":{\"amountInTenThousandYuan\":1016.72", fees, StringComparison.Ordinal);
        // And back: reflection reads the schema names too.
        Assert.Equal(report.Applications, JsonSerializer.Deserialize<GovInfoReport.Schema.Templates.V2021.Applications>(applications));
    }

    [Fact]
    public void EnumCellsSerialiseAsTheirSchemaStringsWithDefaultOptions()
    {
        // The 2019 procurement unit is a string enum in the schema; without a converter on the enum type, default
        // (reflection) options wrote its member number ("unit":1) and could not read "万元" back. The default encoder
        // escapes non-ASCII, hence \uXXXX.
        var report = ReportValidator.ValidateAndRead(Payload.Bytes(Payload.Fixture(Payload.Fixture2019))).Report2019!;
        var amount = report.ActiveDisclosure.Procurement.CentralizedProcurement.TotalAmount;

        var written = JsonSerializer.Serialize(amount);

        Assert.Equal("{\"value\":7049.93,\"unit\":\"\\u4E07\\u5143\"}", written);
        Assert.Equal(amount, JsonSerializer.Deserialize<GovInfoReport.Schema.Templates.V2019.TotalAmount>(written));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<GovInfoReport.Schema.Templates.V2019.TotalAmount>("{\"value\":1,\"unit\":\"dollars\"}"));
        // A user's own source-generated context over the nested record compiles (the enum's converter is accessible)
        // and writes the same string.
        Assert.Equal(written, JsonSerializer.Serialize(amount, UserContext.Default.TotalAmount));
    }

    [Fact]
    public void AUsersOwnSourceGeneratedContextGetsTheValidatingConverter()
    {
        var report = JsonSerializer.Deserialize(Clean, UserContext.Default.Report2021)!;

        Assert.Equal(Expected, report);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(Payload.Bytes(Payload.With(Payload.CleanFixture, "/applications/newApplications/naturalPersons", -1)), UserContext.Default.Report2021));
    }

    [Fact]
    public void DeserialisingReadsEscapedAndUnescapedStringsAlike()
    {
        // Payload.Bytes keeps Chinese as is; JsonNode.ToJsonString escapes it all as \uXXXX, as a service would receive.
        var escaped = Encoding.UTF8.GetBytes(Payload.Fixture(Payload.CleanFixture).ToJsonString());
        Assert.Contains("\\u", Encoding.UTF8.GetString(escaped), StringComparison.Ordinal);

        var fromEscaped = JsonSerializer.Deserialize(escaped, Report2021JsonContext.Default.Report2021)!;
        var viaValidator = ReportValidator.ValidateAndRead(escaped).Report2021!;

        Assert.Equal(Expected, fromEscaped);
        Assert.Equal(Expected, viaValidator);
    }

    [Theory]
    [InlineData("\\u6CB3\\u5317 \\\"q\\\" \\\\ \\/ \\n\\t\\r\\b\\f \\uD83D\\uDE00 \\u00e9", "河北 \"q\" \\ / \n\t\r\b\f 😀 é")]
    [InlineData("河北 raw \\u5317 mixed é 😀", "河北 raw 北 mixed é 😀")]
    public void EveryEscapeDecodesAlikeOnBothPaths(string escapedJson, string expected)
    {
        const string marker = "河北省机关事务管理局";
        var text = Payload.Text(Payload.Fixture(Payload.CleanFixture));
        var bytes = Encoding.UTF8.GetBytes(text.Replace("\"" + marker + "\"", "\"" + escapedJson + "\"", StringComparison.Ordinal));

        Assert.Equal(expected, ReportValidator.ValidateAndRead(bytes).Report2021!.AgencyName);
        Assert.Equal(expected, Report2021Validator.Validate(bytes, out var report).IsValid ? report!.AgencyName : null);
        Assert.Equal(expected, JsonSerializer.Deserialize(bytes, Report2021JsonContext.Default.Report2021)!.AgencyName);
    }

    [Fact]
    public async Task DeserialisingAStreamInSmallBuffersReadsTheSameReport()
    {
        // A small buffer makes the serializer hand over values split across segments.
        var options = new JsonSerializerOptions { DefaultBufferSize = 16, TypeInfoResolver = Report2021JsonContext.Default };

        var report = await JsonSerializer.DeserializeAsync<Report2021>(new MemoryStream(Clean), options);

        Assert.Equal(Expected, report);
    }

    [Theory]
    [InlineData("{\"templateVersion\":\"2021\"}", "structure.required")]
    [InlineData("{\"templateVersion\":\"2021\",\"agencyName\":\"\\uD800\"}", "not valid Unicode")]
    public void AStructurallyInvalidPayloadThrowsAJsonExceptionNamingTheProblem(string json, string expected)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Report2021JsonContext.Default.Report2021));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8InAStringIsAJsonExceptionNotACrash()
    {
        var bytes = Clean;
        var offset = bytes.AsSpan().IndexOf("河北"u8) + 3;
        bytes[offset] = 0xFF;

        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(bytes, Report2021JsonContext.Default.Report2021));

        Assert.Contains("not valid Unicode", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The2019ContextWorksInAChainToo()
    {
        var options = new JsonSerializerOptions();
        options.TypeInfoResolverChain.Insert(0, Report2019JsonContext.Default);
        var bytes = Payload.Bytes(Payload.Fixture(Payload.Fixture2019));

        var report = JsonSerializer.Deserialize<Report2019>(bytes, options);

        Assert.Equal(ReportValidator.ValidateAndRead(bytes).Report2019, report);
    }

    private static JsonSerializerOptions OptionsFor(string configuration)
    {
        switch (configuration)
        {
            case "Combine":
                return new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(Report2021JsonContext.Default, new DefaultJsonTypeInfoResolver()) };
            case "ChainInsert":
                var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
                options.TypeInfoResolverChain.Insert(0, Report2021JsonContext.Default);
                return options;
            case "TypeInfoResolver":
                return new JsonSerializerOptions { TypeInfoResolver = Report2021JsonContext.Default, WriteIndented = true };
            case "ContextDefault":
                return Report2021JsonContext.Default.Options;
            default:
                return new Report2021JsonContext(new JsonSerializerOptions { WriteIndented = true }).Options;
        }
    }
}

/// <summary>A user's own source-generated context that lists the report type.</summary>
[JsonSerializable(typeof(Report2021))]
[JsonSerializable(typeof(GovInfoReport.Schema.Templates.V2019.TotalAmount))]
internal sealed partial class UserContext : JsonSerializerContext
{
}
