using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary><c>validate</c>: formats, languages, inputs and exit codes.</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public void WithoutPathsValidatesTheBundledSamplesAndExitsOneForTheirErrors()
    {
        var (exitCode, output, error) = Cli.Run(string.Empty, "validate", "--lang", "en");

        Assert.Equal(1, exitCode);
        Assert.Contains("bundled samples", error, StringComparison.Ordinal);
        Assert.Contains("seed-000.json", output, StringComparison.Ordinal);
        Assert.Contains("/applications/outcomes/disclosed/total", output, StringComparison.Ordinal);
        Assert.Contains("files: 4, valid: 2, with errors: 2, with warnings: 2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CleanPayloadExitsZeroAndSaysValid()
    {
        var (exitCode, output, _) = Cli.Run(string.Empty, "validate", Cli.Fixture("seed-004.json"), "--lang", "en");

        Assert.Equal(0, exitCode);
        Assert.Contains("valid", output, StringComparison.Ordinal);
        Assert.Contains("files: 1, valid: 1, with errors: 0, with warnings: 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ChineseIsTheDefaultLanguage()
    {
        var (_, chinese, _) = Cli.Run(string.Empty, "validate", Cli.Fixture("seed-002.json"));
        var (_, english, _) = Cli.Run(string.Empty, "validate", Cli.Fixture("seed-002.json"), "--lang", "en");

        Assert.Contains("级别", chinese, StringComparison.Ordinal);
        Assert.Contains("错误", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("severity", chinese, StringComparison.Ordinal);
        Assert.Contains("severity", english, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonFormatWritesTheIssueDocumentToStdoutAndTheSummaryToStderr()
    {
        var (exitCode, output, error) = Cli.Run(string.Empty, "validate", Cli.Fixture("seed-002.json"), "--format", "json");

        Assert.Equal(1, exitCode);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("govinfo-report/issues@1", document.RootElement.GetProperty("format").GetString());
        var result = Assert.Single(document.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("2021", result.GetProperty("templateVersion").GetString());
        Assert.Equal(["R2", "R3"], result.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("ruleId").GetString()).OrderBy(s => s));
        Assert.Contains("文件 1 个", error, StringComparison.Ordinal);
    }

    [Fact]
    public void StreamedJsonIsTheDocumentTheIssueWriterWritesInOneGo()
    {
        var paths = new[] { "seed-000.json", "seed-002.json", "seed-004.json" }.Select(Cli.Fixture).ToArray();
        var (_, output, _) = Cli.Run(string.Empty, ["validate", .. paths, "--format", "json"]);

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var options = new GovInfoReport.Schema.Validation.ValidationOptions { ReadReport = false };
            GovInfoReport.Schema.Validation.IssueJsonWriter.WriteDocument(writer, paths.Select(p => ((string?)p, GovInfoReport.Schema.Validation.ReportValidator.Validate(File.ReadAllBytes(p), options))));
        }

        Assert.Equal(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n", output);
    }

    [Fact]
    public void SarifFormatLocatesEachFindingAtItsLineInThePayload()
    {
        var (_, output, _) = Cli.Run(string.Empty, "validate", Cli.Fixture("seed-002.json"), "--format", "sarif");

        using var document = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        var run = Assert.Single(document.RootElement.GetProperty("runs").EnumerateArray());
        Assert.Equal("govinfo-report", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        var r2 = results.Single(r => r.GetProperty("ruleId").GetString() == "R2");
        var region = r2.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        var lines = File.ReadAllLines(Cli.Fixture("seed-002.json"));
        var line = region.GetProperty("startLine").GetInt32();

        // The disclosed row's total is the last cell of the "disclosed" object in the fixture.
        Assert.Contains("\"total\"", lines[line - 1], StringComparison.Ordinal);
        Assert.Contains("disclosed", string.Join('\n', lines.Take(line).Reverse().Take(9)), StringComparison.Ordinal);
        Assert.Equal("error", r2.GetProperty("level").GetString());
    }

    [Fact]
    public void StdinIsReadForADash()
    {
        var (exitCode, output, _) = Cli.Run(File.ReadAllText(Cli.Fixture("seed-004.json")), "validate", "-", "--lang", "en");

        Assert.Equal(0, exitCode);
        Assert.Contains("stdin", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileIsAnInputErrorWithExitTwoOnStderr()
    {
        var (exitCode, output, error) = Cli.Run(string.Empty, "validate", "/no/such/report.json", "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains("/no/such/report.json: no such file or folder", error, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedPayloadIsReportedAsAnIssueNotACrash()
    {
        var directory = Directory.CreateTempSubdirectory("govinfo-cli-");
        var path = Path.Combine(directory.FullName, "broken.json");
        File.WriteAllText(path, "{\"templateVersion\": \"2021\", ");
        var (exitCode, output, _) = Cli.Run(string.Empty, "validate", path, "--lang", "en");

        Assert.Equal(1, exitCode);
        Assert.Contains("json.syntax", output, StringComparison.Ordinal);
        directory.Delete(true);
    }

    [Fact]
    public void UnknownOptionIsAUsageErrorWithExitTwo()
    {
        var (exitCode, _, error) = Cli.Run(string.Empty, "validate", "--colour", "red");

        Assert.Equal(2, exitCode);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void AFolderOfAThousandPayloadsIsValidatedRecursivelyAndSummarised()
    {
        var directory = Directory.CreateTempSubdirectory("govinfo-cli-");
        var fixtures = new[] { "seed-000.json", "seed-001.json", "seed-002.json", "seed-004.json" }.Select(f => File.ReadAllBytes(Cli.Fixture(f))).ToArray();
        for (var i = 0; i < 1000; i++)
        {
            var folder = Path.Combine(directory.FullName, "batch" + (i % 10));
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, $"report-{i:0000}.json"), fixtures[i % 4]);
        }

        var (exitCode, output, _) = Cli.Run(string.Empty, "validate", directory.FullName, "--lang", "en");

        Assert.Equal(1, exitCode);
        Assert.Contains("files: 1000, valid: 500, with errors: 500, with warnings: 500", output, StringComparison.Ordinal);
        directory.Delete(true);
    }
}
