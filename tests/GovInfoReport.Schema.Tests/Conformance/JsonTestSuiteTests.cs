using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovInfoReport.Schema.Templates.V2021;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Conformance;

/// <summary>
/// Nicolas Seriot's JSONTestSuite (test_parsing, MIT, copied in Conformance/JSONTestSuite): every <c>y_</c> file is
/// accepted as JSON (any issue it gets is about the report, never json.*), every <c>n_</c> file is rejected with
/// a json.* issue, and no file — <c>i_</c> included — makes any entry point throw. A BOM is accepted (RFC 8259
/// lets a parser skip it), so the one file that is a BOM and nothing else is rejected as empty.
/// </summary>
public sealed class JsonTestSuiteTests
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Conformance", "JSONTestSuite", "test_parsing");

    public static TheoryData<string> Accepted => Files("y_");

    public static TheoryData<string> Rejected => Files("n_");

    public static TheoryData<string> ImplementationDefined => Files("i_");

    [Fact]
    public void TheWholeSuiteIsHere()
    {
        // The counts the README gives.
        Assert.Equal((95, 188, 35), (Accepted.Count, Rejected.Count, ImplementationDefined.Count));
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void AcceptedFilesAreWellFormedJson(string file)
    {
        var result = ValidateEveryWay(file);

        Assert.DoesNotContain(result.Issues, IsJsonLevel);
        Assert.NotEmpty(result.Issues); // none of them is a report
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void RejectedFilesAreMalformedJson(string file)
    {
        var result = ValidateEveryWay(file);

        Assert.False(result.IsValid);
        Assert.Contains(result.Issues, IsJsonLevel);
    }

    [Theory]
    [MemberData(nameof(ImplementationDefined))]
    public void ImplementationDefinedFilesNeverCrash(string file)
    {
        var result = ValidateEveryWay(file);

        // Whatever the verdict, it is a verdict: none of these files is a valid report.
        Assert.False(result.IsValid);
    }

    private static ReportValidationResult ValidateEveryWay(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Directory, file));
        var result = Runtime.Payload.Run(() => ReportValidator.Validate(bytes));
        var read = Runtime.Payload.Run(() => ReportValidator.ValidateAndRead(bytes));
        using (var stream = new MemoryStream(bytes))
        {
            Assert.Equal(result.Issues, Runtime.Payload.Run(() => ReportValidator.Validate(stream)).Issues);
        }

        Assert.Equal(result.Issues, read.Issues);
        Assert.Null(Record.Exception(() => Report2021Validator.Validate(bytes)));

        // The converter, on the serializer's reader: a report or a JsonException, nothing else.
        var exception = Record.Exception(() => JsonSerializer.Deserialize(bytes, Report2021JsonContext.Default.Report2021));
        Assert.True(exception is null or JsonException, $"{file}: {exception}");
        return result;
    }

    private static bool IsJsonLevel(ValidationIssue issue) => issue.RuleId.StartsWith("json.", StringComparison.Ordinal);

    private static TheoryData<string> Files(string prefix)
        => new(System.IO.Directory.GetFiles(Directory, prefix + "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);
}
