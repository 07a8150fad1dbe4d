using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary><c>extract</c> and <c>check</c> on published report text.</summary>
public sealed class ExtractAndCheckCommandTests
{
    private static string Seeds => Path.Combine(AppContext.BaseDirectory, "Seeds");

    private static string Seed(string prefix) => Directory.EnumerateFiles(Seeds, prefix + "_*.txt").Single();

    private static string Document(string name) => Path.Combine(AppContext.BaseDirectory, "Documents", name);

    [Fact]
    public void CheckReportsTheSeedsRealInconsistenciesAndRejectsTheNonReport()
    {
        var (exitCode, output, _) = Cli.Run(string.Empty, "check", Seeds, "--format", "json");

        Assert.Equal(1, exitCode);
        using var document = JsonDocument.Parse(output);
        var issues = document.RootElement.GetProperty("results").EnumerateArray().ToDictionary(
            r => Path.GetFileName(r.GetProperty("source").GetString()!)[..3],
            r => string.Join(",", r.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("ruleId").GetString() + "@" + i.GetProperty("pointer").GetString()).OrderBy(s => s, StringComparer.Ordinal)));

        Assert.Equal("R11@/reportYear,R1@/applications/outcomes/total/naturalPersons,R1@/applications/outcomes/total/total,R3@/applications/outcomes/total/naturalPersons,R3@/applications/outcomes/total/total", issues["000"]);
        Assert.Equal("R11@/reportYear", issues["001"]);
        Assert.Equal("R2@/applications/outcomes/disclosed/total,R3@/applications/outcomes/total/total", issues["002"]);
        Assert.Equal("extraction.not-a-report@", issues["003"]);
        Assert.Equal(string.Empty, issues["004"]);
    }

    [Fact]
    public void IssuesAcrossReportsPointAtTheLineTheirValueWasReadFrom()
    {
        // Check holds each report only as its issues and cross-report facts; the facts keep where their values were read.
        var later = Document("x3-agency-2022-inconsistent.txt");
        var (_, output, _) = Cli.Run(string.Empty, "check", Document("x1-agency-2021.txt"), later, "--format", "sarif");

        var lines = File.ReadAllLines(later);
        var carriedIn = Array.FindIndex(lines, l => l.StartsWith("二、上年结转", StringComparison.Ordinal)) + 1;
        var inForce = Array.FindIndex(lines, l => l.StartsWith("行政规范性文件", StringComparison.Ordinal)) + 1;
        using var sarif = JsonDocument.Parse(output);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        int LineOf(JsonElement result) => result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();

        var r6 = results.Where(r => r.GetProperty("ruleId").GetString() == "R6").ToList();
        Assert.Equal(2, r6.Count);
        Assert.All(r6, r => Assert.Equal(carriedIn, LineOf(r)));
        Assert.Equal(inForce, LineOf(Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "R7")));
    }

    [Fact]
    public void CheckFindsTheCarryOverBrokenBetweenYearsOfOneAgency()
    {
        var (broken, brokenOutput, _) = Cli.Run(string.Empty, "check", Document("x1-agency-2021.txt"), Document("x3-agency-2022-inconsistent.txt"), "--format", "json");
        var (consistent, _, _) = Cli.Run(string.Empty, "check", Document("x1-agency-2021.txt"), Document("x2-agency-2022-consistent.txt"), "--format", "json");

        Assert.Equal(0, consistent);
        using var document = JsonDocument.Parse(brokenOutput);
        var r6 = document.RootElement.GetProperty("results")[1].GetProperty("issues").EnumerateArray().Where(i => i.GetProperty("ruleId").GetString() == "R6").ToList();
        Assert.NotEmpty(r6);

        // R6–R12 are warnings (template.md §5): the run stays valid.
        Assert.All(r6, i => Assert.Equal("warning", i.GetProperty("severity").GetString()));
        Assert.Equal(0, broken);
    }

    [Fact]
    public void CheckSarifLocatesFindingsAtTheirSourceLine()
    {
        var (_, output, _) = Cli.Run(string.Empty, "check", Seed("002"), "--format", "sarif");

        using var document = JsonDocument.Parse(output);
        var r2 = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "R2");
        var line = r2.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();
        var lines = File.ReadAllLines(Seed("002"));

        // The flagged cell is the 总计 value of the （一）予以公开 row: the seventh value after its label.
        var label = Array.FindIndex(lines, l => l.Contains("（一）予以公开", StringComparison.Ordinal));
        Assert.Equal(label + 1 + 7, line);
        Assert.Equal("0", lines[line - 1].Trim());
    }

    [Fact]
    public void ExtractWritesThePayloadWithProvenanceAndNotes()
    {
        var (exitCode, output, error) = Cli.Run(string.Empty, "extract", Seed("002"), "--format", "json");

        Assert.Equal(0, exitCode);
        Assert.Contains("1", error, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(output);
        var result = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal("2021", result.GetProperty("templateVersion").GetString());
        Assert.Equal("绥化市卫生健康委员会", result.GetProperty("agencyName").GetString());
        Assert.Equal(1584, result.GetProperty("payload").GetProperty("activeDisclosure").GetProperty("licensing").GetProperty("administrativeLicensing").GetProperty("decisionsThisYear").GetInt32());
        Assert.Contains(result.GetProperty("provenance").EnumerateArray(), p => p.GetProperty("pointer").GetString() == "/applications/outcomes/disclosed/total");
        Assert.NotEqual(0, result.GetProperty("notes").GetArrayLength());
    }

    [Fact]
    public void ExtractJsonIsOneArrayWithAnObjectPerFileInArgumentOrder()
    {
        var files = new[] { Seed("004"), Seed("000"), Seed("003"), Seed("002") };
        var (exitCode, output, _) = Cli.Run(string.Empty, ["extract", .. files, "--format", "json"]);

        Assert.Equal(1, exitCode);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(files, document.RootElement.EnumerateArray().Select(r => r.GetProperty("source").GetString()));
        Assert.Equal([true, true, false, true], document.RootElement.EnumerateArray().Select(r => r.GetProperty("isAnnualReport").GetBoolean()));
    }

    [Fact]
    public void ExtractOfANonReportExitsOneAndSaysWhy()
    {
        var (exitCode, output, _) = Cli.Run(string.Empty, "extract", Seed("003"), "--lang", "en");

        Assert.Equal(1, exitCode);
        Assert.Contains("Not an annual report", output, StringComparison.Ordinal);
    }
}
