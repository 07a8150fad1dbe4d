using System;
using System.Linq;
using System.Reflection;
using System.Text;
using GovInfoReport.Generators.Tests.Support;
using GovInfoReport.Schema.Validation;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GovInfoReport.Generators.Tests;

/// <summary>
/// Generated code compiles for a strict consumer (nullable, warnings as errors at the highest warning level, XML
/// documentation diagnosed), and the sample template's validator, loaded from the emitted assembly, enforces its rules.
/// </summary>
public sealed class GeneratedCodeCompilationTests(SampleAssemblyFixture sample) : IClassFixture<SampleAssemblyFixture>
{
    public static TheoryData<string> Schemas => new() { "report-2019", "report-2021", "sample-report" };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void GeneratedCodeCompilesWithNullableAndWarningsAsErrors(string schema)
    {
        var input = schema switch
        {
            "report-2019" => TestSchemas.Report2019,
            "report-2021" => TestSchemas.Report2021,
            _ => TestSchemas.Sample,
        };
        var trees = GeneratorHarness.Trees(GeneratorHarness.Run(input));
        Assert.Equal(8, trees.Length);

        var compilation = GeneratedCode.Compile("Generated_" + schema.Replace('-', '_'), trees);

        Assert.Equal(Microsoft.CodeAnalysis.NullableContextOptions.Enable, compilation.Options.NullableContextOptions);
        Assert.Equal(ReportDiagnostic.Error, compilation.Options.GeneralDiagnosticOption);
        GeneratedCode.AssertClean(compilation);
    }

    [Fact]
    public void BothShippedTemplatesAndTheSampleCompileTogether()
    {
        // One project may opt in several schemas: their generated types must not clash.
        var trees = GeneratorHarness.Trees(GeneratorHarness.Run(TestSchemas.Report2019, TestSchemas.Report2021, TestSchemas.Sample));
        Assert.Equal(24, trees.Length);

        GeneratedCode.AssertClean(GeneratedCode.Compile("Generated_All", trees));
    }

    [Fact]
    public void TheStrictCompileCatchesWarnings()
    {
        // Guard for the helper itself: an unused variable (CS0168) and a nullable warning must fail it.
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            "public static class C { public static string M(string? s) { int unused; return s; } }", GeneratorHarness.ParseOptions);

        var compilation = GeneratedCode.Compile("Broken", [tree]);

        var exception = Assert.ThrowsAny<Exception>(() => GeneratedCode.AssertClean(compilation));
        Assert.Contains("CS0168", exception.Message, StringComparison.Ordinal);
        Assert.Contains("CS8603", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SampleValidatorReportsNothingForAValidPayload()
    {
        var validate = sample.Validate;

        var result = validate(Utf8("""
            { "reportYear": 2020, "agencyName": "某某局",
              "received": { "total": 10, "online": 5, "offline": 5 },
              "handled": { "total": 8, "online": 5, "offline": 3 } }
            """), null);

        Assert.Empty(result.Issues);
        Assert.True(result.IsValid);
        Assert.Same(ValidationResult.Clean, result);
    }

    [Fact]
    public void SampleValidatorReportsTheForEachRuleForTheViolatingColumnOnly()
    {
        var validate = sample.Validate;

        // online: 6 handled > 5 received (S1 for "online"); totals and the other columns are consistent.
        var result = validate(Utf8("""
            { "reportYear": 2020,
              "received": { "total": 10, "online": 5, "offline": 5 },
              "handled": { "total": 8, "online": 6, "offline": 2 } }
            """), null);

        var issue = Assert.Single(result.Issues);
        Assert.Equal("S1", issue.RuleId);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal("/handled/online", issue.Pointer);
        Assert.Equal("6", issue.Actual);
        Assert.Equal("5", issue.Expected);
        Assert.Equal("网上申请：办结 6 件，多于收到的 5 件。", issue.MessageZh);
        Assert.Equal("Online: 6 handled, more than the 5 received.", issue.MessageEn);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void SampleValidatorReportsThePlainRuleOnEachInstanceOfTheDefinition()
    {
        var validate = sample.Validate;

        // received: total 11 but 5 + 5 channels (S2 on /received only, a warning); handled is consistent.
        var result = validate(Utf8("""
            { "reportYear": 2020,
              "received": { "total": 11, "online": 5, "offline": 5 },
              "handled": { "total": 8, "online": 5, "offline": 3 } }
            """), null);

        var issue = Assert.Single(result.Issues);
        Assert.Equal("S2", issue.RuleId);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal("/received/total", issue.Pointer);
        Assert.Equal("收到申请数：总计 11，各渠道之和 10（相差 1）。", issue.MessageZh);
        Assert.Equal("Applications received: total 11, channels add up to 10 (difference 1).", issue.MessageEn);
        Assert.True(result.IsValid);
        Assert.Equal(1, result.WarningCount);
    }

    [Fact]
    public void SampleValidatorKeepsRulesSilentOnStructurallyInvalidCells()
    {
        var validate = sample.Validate;

        // handled.online is a string: a structural issue of its own; S1 and S2 read it, so they stay silent.
        var result = validate(Utf8("""
            { "reportYear": 2020,
              "received": { "total": 10, "online": 5, "offline": 5 },
              "handled": { "total": 8, "online": "99", "offline": 2 } }
            """), null);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueIds.Type, issue.RuleId);
        Assert.Equal("/handled/online", issue.Pointer);
    }

    [Fact]
    public void GeneratedModelTypesHaveTheSchemaShape()
    {
        var report = sample.Loaded.GetType("Generated.Sample.SampleReport");
        var counts = sample.Loaded.GetType("Generated.Sample.ChannelCounts");

        Assert.True(report.IsSealed);
        Assert.Equal(["AgencyName", "Handled", "Received", "ReportYear"], DeclaredProperties(report));
        Assert.Equal(["Offline", "Online", "Total"], DeclaredProperties(counts));
        Assert.Equal(counts, report.GetProperty("Received")!.PropertyType);
        Assert.Equal(typeof(int), report.GetProperty("ReportYear")!.PropertyType);
    }

    [Fact]
    public void ConverterAndContextDocumentationLinkToTheReportType()
    {
        var compilation = GeneratedCode.Compile("Generated_Sample_Docs", GeneratorHarness.Trees(GeneratorHarness.Run(TestSchemas.Sample)));
        GeneratedCode.AssertClean(compilation);

        foreach (var name in new[] { "Generated.Sample.SampleReportJsonConverter", "Generated.Sample.SampleReportJsonContext" })
        {
            var xml = compilation.GetTypeByMetadataName(name)!.GetDocumentationCommentXml();

            // Real cross-references resolved by the compiler, not escaped markup shown as text.
            Assert.Contains("<see cref=\"T:Generated.Sample.SampleReport\"/>", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("&lt;see", xml, StringComparison.Ordinal);
        }
    }

    private static string[] DeclaredProperties(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Select(p => p.Name)
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray();

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);
}

/// <summary>The sample template generated, compiled, emitted and loaded once for the tests that run its validator.</summary>
public sealed class SampleAssemblyFixture : IDisposable
{
    public SampleAssemblyFixture()
    {
        var trees = GeneratorHarness.Trees(GeneratorHarness.Run(TestSchemas.Sample));
        var compilation = GeneratedCode.Compile("Generated_Sample_Runtime", trees);
        GeneratedCode.AssertClean(compilation);
        Loaded = GeneratedCode.EmitAndLoad(compilation);
        var validator = Loaded.GetType("Generated.Sample.SampleReportValidator");
        var method = validator.GetMethod("Validate", [typeof(ReadOnlySpan<byte>), typeof(ValidationOptions)])
            ?? throw new InvalidOperationException("Validate(ReadOnlySpan<byte>, ValidationOptions?) not found");
        Validate = method.CreateDelegate<ValidateUtf8>();
    }

    /// <summary>The generated <c>SampleReportValidator.Validate(ReadOnlySpan&lt;byte&gt;, ValidationOptions?)</c>.</summary>
    public delegate ValidationResult ValidateUtf8(ReadOnlySpan<byte> utf8Json, ValidationOptions? options);

    internal LoadedAssembly Loaded { get; }

    public ValidateUtf8 Validate { get; }

    public void Dispose() => Loaded.Dispose();
}
