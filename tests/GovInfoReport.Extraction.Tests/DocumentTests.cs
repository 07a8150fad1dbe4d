using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoReport.Extraction.Checks;
using GovInfoReport.Extraction.Tests.Support;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// The hand-made documents under Documents/, one per deviation of template.md §6, each with its expected result in a
/// sidecar <c>*.expected.json</c>: the status (and rejection reason), header facts, every table cell the document
/// prints (or its absence when it must not be read), the notes that must be made, and the issues the checks must (or
/// must not) raise. A document whose sidecar lists no absent cell must also validate structurally.
/// </summary>
public sealed class DocumentTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestFiles.DocumentsFolder, "*.expected.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^".expected.json".Length]);
        }

        return data;
    }

    [Fact]
    public void There_are_at_least_twenty_documents() => Assert.True(Directory.GetFiles(TestFiles.DocumentsFolder, "*.expected.json").Length >= 20);

    internal static ExtractionResult Extract(string name, out JsonObject expected)
    {
        expected = JsonNode.Parse(File.ReadAllText(Path.Combine(TestFiles.DocumentsFolder, name + ".expected.json")))!.AsObject();
        var source = Directory.GetFiles(TestFiles.DocumentsFolder, name + ".*").Single(f => !f.EndsWith(".expected.json", StringComparison.Ordinal));
        var text = File.ReadAllText(source);
        return source.EndsWith(".html", StringComparison.Ordinal) ? ReportExtractor.ExtractHtml(text, name) : ReportExtractor.Extract(text, name);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_is_read_as_expected(string name)
    {
        var result = Extract(name, out var expected);
        Assert.Equal((bool)expected["isAnnualReport"]!, result.IsAnnualReport);
        if (!result.IsAnnualReport)
        {
            Assert.Equal(ExtractionStatus.NotAnnualReport, result.Status);
            Assert.Contains((string)expected["reasonContains"]!, result.ReasonZh, StringComparison.Ordinal);
            return;
        }

        var payload = result.Payload!;
        Assert.Equal((string)expected["templateVersion"]!, (string)payload["templateVersion"]!);
        Assert.Equal((string)expected["agencyName"]!, result.AgencyName);
        Assert.Equal((int)expected["reportYear"]!, result.ReportYear);
        if (expected["publicationDate"] is { } date)
        {
            Assert.Equal((string)date!, (string)payload["publicationDate"]!);
        }
        else
        {
            Assert.Null(payload["publicationDate"]);
        }

        foreach (var (table, cells) in expected["tables"]!.AsObject())
        {
            PayloadAssert.Contains(cells!, payload[table], "/" + table);
        }

        foreach (var prose in new[] { "overview", "problemsAndImprovements", "otherMatters" })
        {
            if (expected[prose] is { } text)
            {
                Assert.Equal(PayloadAssert.WithoutSpace((string)text!), PayloadAssert.WithoutSpace((string)payload[prose]!));
            }
        }

        var absent = expected["absent"]?.AsArray().Select(a => (string)a!).ToList() ?? [];
        foreach (var pointer in absent)
        {
            Assert.True(PayloadAssert.At(payload, pointer) is null, $"{pointer} must not be read");
        }

        foreach (var note in expected["notes"]?.AsArray() ?? [])
        {
            var (code, pointer) = note is JsonObject o ? ((string)o["code"]!, (string?)o["pointer"]) : ((string)note!, null);
            Assert.True(result.Notes.Any(n => n.Code == code && (pointer is null || n.Pointer == pointer)), $"expected a note {code} at {pointer}; notes: {string.Join("; ", result.Notes.Where(n => n.Code != ExtractionNoteCodes.BlankAsZero).Select(n => n.Code + "@" + n.Pointer))}");
        }

        foreach (var code in expected["noNotes"]?.AsArray().Select(n => (string)n!) ?? [])
        {
            Assert.DoesNotContain(result.Notes, n => n.Code == code);
        }

        foreach (var (id, version) in expected["subTables"]?.AsObject() ?? [])
        {
            Assert.Equal(int.Parse((string)version!, System.Globalization.CultureInfo.InvariantCulture), (int)result.SubTables.Single(t => t.Id == id).Version!);
        }

        var issues = ReportChecker.Check(result).Issues;
        foreach (var issue in expected["issues"]?.AsArray() ?? [])
        {
            var rule = (string)issue!["rule"]!;
            var pointer = (string)issue["pointer"]!;
            Assert.True(issues.Any(i => i.RuleId == rule && i.Pointer == pointer), $"expected {rule} at {pointer}; issues: {string.Join("; ", issues.Select(i => i.RuleId + "@" + i.Pointer))}");
        }

        foreach (var rule in expected["noIssueRules"]?.AsArray().Select(r => (string)r!) ?? [])
        {
            Assert.DoesNotContain(issues, i => i.RuleId == rule);
        }

        if (absent.Count == 0)
        {
            Assert.DoesNotContain(issues, i => i.RuleId.StartsWith("structure.", StringComparison.Ordinal) || i.RuleId.StartsWith("json.", StringComparison.Ordinal));
        }
    }
}
