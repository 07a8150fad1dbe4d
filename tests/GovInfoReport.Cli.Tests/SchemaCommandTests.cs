using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary><c>schema check</c> and <c>schema diff</c>.</summary>
public sealed class SchemaCommandTests
{
    [Fact]
    public void CheckOfAShippedSchemaWithoutPayloadsReportsNoErrors()
    {
        var (exitCode, output, _) = Cli.Run(string.Empty, "schema", "check", Cli.Schema("2021"), "--lang", "en");

        Assert.Equal(0, exitCode);
        Assert.Contains("no schema errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckReportsASchemaErrorWithFileLineAndColumn()
    {
        var directory = Directory.CreateTempSubdirectory("govinfo-cli-");
        var path = Path.Combine(directory.FullName, "draft.schema.json");
        File.WriteAllText(path, File.ReadAllText(Cli.Schema("2021")).Replace("total == upheld + corrected", "total == upheld ++ corrected", StringComparison.Ordinal));
        var lines = File.ReadAllLines(path);
        var line = Array.FindIndex(lines, l => l.Contains("upheld ++", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf("++", StringComparison.Ordinal) + 2;

        var (exitCode, output, _) = Cli.Run(string.Empty, "schema", "check", path, Cli.Fixture("seed-004.json"), "--lang", "en");

        Assert.Equal(1, exitCode);
        Assert.Contains($"{path}({line},{column}): error GIR0010: Rule 'R4'", output, StringComparison.Ordinal);
        Assert.Contains("payloads were not validated", output, StringComparison.Ordinal);
        directory.Delete(true);
    }

    [Fact]
    public void CheckValidatesPayloadsAgainstTheDraftIncludingItsRules()
    {
        var (exitCode, output, _) = Cli.Run(string.Empty, "schema", "check", Cli.Schema("2021"), Cli.Fixture("seed-002.json"), "--format", "json");

        Assert.Equal(1, exitCode);
        using var document = JsonDocument.Parse(output);
        var issues = document.RootElement.GetProperty("results")[0].GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("ruleId").GetString()).OrderBy(s => s);
        Assert.Equal(["R2", "R3"], issues);
    }

    [Fact]
    public void CheckAndRenderADraftWithAVariableLengthTable()
    {
        // Issue 12: a maintainer's draft with an array validates row by row and renders as a variable-length table.
        var directory = Directory.CreateTempSubdirectory("govinfo-cli-");
        var schema = Path.Combine(directory.FullName, "budget.schema.json");
        File.WriteAllText(schema, """
            { "type": "object", "additionalProperties": false, "required": ["total", "lines"],
              "properties": {
                "total": { "title": "合计", "type": "integer" },
                "lines": { "title": "明细", "type": "array", "maxItems": 3,
                  "items": { "type": "object", "additionalProperties": false, "required": ["amount"], "properties": { "amount": { "title": "金额", "type": "integer", "minimum": 0 } } } } },
              "x-govinfo-rules": [ { "id": "T1", "severity": "error", "assert": "total == sum(lines.*.amount)", "message": { "zh": "合计应为 {expected}", "en": "total should be {expected}" } } ] }
            """);
        var payload = Path.Combine(directory.FullName, "payload.json");
        File.WriteAllText(payload, """{ "total": 5, "lines": [ { "amount": 2 }, { "amount": 2 } ] }""");
        var html = Path.Combine(directory.FullName, "budget.html");

        var (checkExit, checkOutput, _) = Cli.Run(string.Empty, "schema", "check", schema, payload, "--format", "json");
        var (renderExit, _, _) = Cli.Run(string.Empty, "schema", "render", schema, "--out", html);

        Assert.Equal(1, checkExit);
        using var document = JsonDocument.Parse(checkOutput);
        var issue = document.RootElement.GetProperty("results")[0].GetProperty("issues").EnumerateArray().Single();
        Assert.Equal(("T1", "/total", "4"), (issue.GetProperty("ruleId").GetString(), issue.GetProperty("pointer").GetString(), issue.GetProperty("expected").GetString()));
        Assert.Equal(0, renderExit);
        Assert.Contains("明细（变长表，至多 3 行）", File.ReadAllText(html), StringComparison.Ordinal);
        directory.Delete(true);
    }

    [Fact]
    public void DiffOf2019And2021MatchesTheTemplateChangeList()
    {
        var (exitCode, output, _) = Cli.Run(string.Empty, "schema", "diff", Cli.Schema("2019"), Cli.Schema("2021"), "--format", "json");

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        var entries = document.RootElement.EnumerateArray()
            .Select(e => (Kind: e.GetProperty("kind").GetString()!, Subject: e.GetProperty("subject").GetString()!, Key: e.GetProperty("key").GetString()!, Old: e.GetProperty("old").GetString(), New: e.GetProperty("new").GetString()))
            .ToList();

        // template.md §2: no 第（九）项 in 2021; 其他对外管理服务事项 gone from （五）; 规范性文件 became 行政规范性文件.
        Assert.Contains(("removed", "object", "/activeDisclosure/procurement", "第二十条第（九）项", null), entries);
        Assert.Contains(("removed", "object", "/activeDisclosure/licensing/otherManagementServices", "其他对外管理服务事项", null), entries);
        Assert.Contains(("changed", "object", "/activeDisclosure/regulations/normativeDocuments", "规范性文件", "行政规范性文件"), entries);

        // Item (1) columns: 本年新制作/新公开/对外公开总数量 → 本年制发/废止/现行有效件数, for both rows.
        foreach (var row in new[] { "departmentalRules", "normativeDocuments" })
        {
            foreach (var removed in new[] { "newlyMade", "newlyPublished", "totalPublished" })
            {
                Assert.Contains(entries, e => e.Kind == "removed" && e.Key == $"/activeDisclosure/regulations/{row}/{removed}");
            }

            foreach (var added in new[] { "issuedThisYear", "repealedThisYear", "currentlyValid" })
            {
                Assert.Contains(entries, e => e.Kind == "added" && e.Key == $"/activeDisclosure/regulations/{row}/{added}");
            }
        }

        // Item (8): 本年收费金额（单位：万元） replaces the item counts.
        Assert.Contains(entries, e => e.Kind == "added" && e.Key == "/activeDisclosure/fees/administrativeFees/amountInTenThousandYuan" && e.New!.StartsWith("本年收费金额（单位：万元）", StringComparison.Ordinal));

        // §3: （六）其他处理 splits into three rows; everything else in table 三 is identical.
        Assert.Equal(["correctionOverdue", "feeUnpaid", "other"], entries.Where(e => e.Kind == "added" && e.Subject == "object" && e.Key.StartsWith("/applications/", StringComparison.Ordinal)).Select(e => e.Key.Split('/').Last()));
        Assert.All(entries.Where(e => e.Key.StartsWith("/applications/", StringComparison.Ordinal)), e => Assert.StartsWith("/applications/outcomes/otherHandling", e.Key, StringComparison.Ordinal));

        // §4: table 四 is the same in both versions.
        Assert.DoesNotContain(entries, e => e.Key.StartsWith("/reviewAndLitigation", StringComparison.Ordinal));

        // Rules: R3 sums the three new rows; R11 flips the year condition.
        Assert.Contains(entries, e => e.Kind == "changed" && e.Key == "R3" && e.New!.Contains("sum(otherHandling.*.$column)", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Kind == "changed" && e.Key == "R11");
        Assert.DoesNotContain(entries, e => e.Subject == "rule" && e.Key is "R1" or "R2" or "R4" or "R5");
    }
}
