using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoReport.Extraction.Checks;
using GovInfoReport.Extraction.Tests.Support;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// Real published reports (RealReports/: two full government web pages and the text a website crawler saved of them),
/// compared cell by cell with their hand transcriptions under the scorer's semantics: a printed blank (null) is exact
/// when the payload has 0 or leaves the cell out; a (six) single row against a 2021 payload is the sum of the sub-rows.
/// A wrong cell fails every test; a missing cell must be absent with a note.
/// </summary>
public sealed class WebRealReportTests
{
    private static readonly string[] OtherSubRows = ["correctionOverdue", "feeUnpaid", "other"];

    public static TheoryData<string, string> Files() => new()
    {
        { "pingtan-2019", "pingtan-2019.page.html" },
        { "pingtan-2021", "pingtan-2021.page.html" },
        { "pingtan-2019", "pingtan-2019.page.txt" },
        { "pingtan-2021", "pingtan-2021.page.txt" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void No_cell_is_wrong_and_every_missing_cell_has_a_note(string id, string file)
    {
        var (expected, result) = Read(id, file);
        Assert.True(result.IsAnnualReport, result.ReasonEn);
        var score = Score(expected, result);
        Assert.True(score.Wrong.Count == 0, "wrong cells:\n" + string.Join("\n", score.Wrong));
        foreach (var pointer in score.Missing)
        {
            Assert.True(result.Notes.Any(n => n.Pointer is { } p && (p == pointer || pointer.StartsWith(p + "/", StringComparison.Ordinal))), $"{pointer} is absent without a note");
        }
    }

    [Theory]
    [InlineData("pingtan-2019", "pingtan-2019.page.html")]
    [InlineData("pingtan-2021", "pingtan-2021.page.html")]
    public void Full_web_pages_are_read_exactly_with_agency_year_and_date(string id, string file)
    {
        var (expected, result) = Read(id, file);
        var score = Score(expected, result);
        Assert.Empty(score.Missing);
        Assert.Empty(score.Wrong);
        Assert.Equal((string)expected["agency"]!, result.AgencyName);
        Assert.Equal((int)expected["year"]!, result.ReportYear);
        Assert.Equal((string)expected["template"]!, result.TemplateVersion is { } v ? ((int)v).ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        Assert.NotNull(result.PublicationDate);
        Assert.Equal("utf-8", result.Encoding);
    }

    [Theory]
    [InlineData("pingtan-2019.page.txt", 179)]
    [InlineData("pingtan-2021.page.txt", 197)]
    public void Crawler_text_with_cells_run_together_is_read_where_the_arithmetic_decides(string file, int exactAtLeast)
    {
        var id = file[..file.IndexOf(".page", StringComparison.Ordinal)];
        var (expected, result) = Read(id, file);
        var score = Score(expected, result);
        Assert.True(score.Exact >= exactAtLeast, $"{score.Exact} exact");
        Assert.Empty(score.Wrong);

        // Every table 三 and 四 cell is read; what is missing is table 二, whose rows have no arithmetic to split by.
        Assert.All(score.Missing, p => Assert.StartsWith("/activeDisclosure/", p, StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Code == ExtractionNoteCodes.SplitAmbiguous);
        Assert.Equal((string)expected["agency"]!, result.AgencyName);
        Assert.Equal((int)expected["year"]!, result.ReportYear);
        Assert.NotNull(result.PublicationDate);

        // Values cut out of a run are marked inferred, with the rules that chose the cut.
        var inferred = result.Provenance.Where(p => p.IsInferred).ToList();
        Assert.NotEmpty(inferred);
        Assert.All(inferred, p => Assert.Contains("inferred", p.Derivation, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_on_web_pages_reports_no_finding_caused_by_extraction()
    {
        foreach (var (id, file) in new[] { ("pingtan-2019", "pingtan-2019.page.html"), ("pingtan-2021", "pingtan-2021.page.html") })
        {
            var (expected, result) = Read(id, file);
            var report = ReportChecker.Check(result);
            Assert.Empty(expected["publishedInconsistencies"]!.AsArray());
            Assert.True(report.Issues.Count == 0, file + ":\n" + string.Join("\n", report.Issues));
        }
    }

    [Fact]
    public void Check_never_counts_a_rule_as_passed_on_values_inferred_with_it()
    {
        var (_, result) = Read("pingtan-2021", "pingtan-2021.page.txt");
        var report = ReportChecker.Check(result);
        var notAssessable = report.NotAssessable;

        // R2 was used to cut 一、本年新收 ("640020470"), R4 to cut table 四: both are reported not assessable there.
        Assert.Contains(notAssessable, i => i.RuleId == "R2" && i.Pointer == "/applications/newApplications");
        Assert.Contains(notAssessable, i => i.RuleId == "R4" && i.Pointer == "/reviewAndLitigation");
        Assert.All(notAssessable, i => Assert.Equal(IssueSeverity.Warning, i.Severity));

        // Every inferred value's rules appear as not assessable for it.
        foreach (var item in result.Provenance.Where(p => p.Inference is { Rules.Count: > 0 }))
        {
            foreach (var rule in item.Inference!.Rules)
            {
                Assert.Contains(notAssessable, i => i.RuleId == rule && (item.Pointer.StartsWith(i.Pointer + "/", StringComparison.Ordinal) || i.Pointer == item.Pointer));
            }
        }

        // A row whose digits were one per cell ("0000000") needed no rule: nothing is claimed for it.
        var zeroRow = result.FindProvenance("/applications/carriedOverFromPreviousYear/total");
        Assert.NotNull(zeroRow);
        Assert.True(zeroRow!.Inference!.Rules.Count == 0);
    }

    [Fact]
    public void A_document_holding_both_reports_is_refused_not_merged()
    {
        var folder = Path.Combine(TestFiles.Root, "RealReports");
        var both = File.ReadAllText(Path.Combine(folder, "pingtan-2019.page.txt")) + "\n" + File.ReadAllText(Path.Combine(folder, "pingtan-2021.page.txt"));
        var result = ReportExtractor.Extract(both, "both.txt");
        Assert.False(result.IsAnnualReport);
        Assert.Null(result.Payload);
        Assert.Contains(result.Notes, n => n.Code == ExtractionNoteCodes.SeveralReports);
        Assert.Contains("2 reports", result.ReasonEn, StringComparison.Ordinal);
    }

    internal static (JsonObject Expected, ExtractionResult Result) Read(string id, string file)
    {
        var folder = Path.Combine(TestFiles.Root, "RealReports");
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, id + ".expected.json")))!.AsObject();
        var result = ReportExtractor.ExtractBytes(File.ReadAllBytes(Path.Combine(folder, file)), file);
        return (expected, result);
    }

    internal static (int Exact, List<string> Wrong, List<string> Missing) Score(JsonObject expected, ExtractionResult result)
    {
        var exact = 0;
        var wrong = new List<string>();
        var missing = new List<string>();
        foreach (var (pointer, value) in expected["cells"]!.AsObject())
        {
            var got = ValueAt(result.Payload, pointer);
            if (Same(value, got))
            {
                exact++;
            }
            else if (got is null)
            {
                missing.Add(pointer);
            }
            else
            {
                wrong.Add($"{pointer}: printed {value?.ToJsonString() ?? "blank"}, extracted {got.ToJsonString()}");
            }
        }

        return (exact, wrong, missing);
    }

    private static JsonNode? Get(JsonNode? node, string pointer)
    {
        foreach (var part in pointer.Trim('/').Split('/'))
        {
            if (node is not JsonObject o || !o.TryGetPropertyValue(part, out node))
            {
                return null;
            }
        }

        return node;
    }

    private static JsonNode? ValueAt(JsonNode? payload, string pointer)
    {
        var got = Get(payload, pointer);
        var parent = pointer[..pointer.LastIndexOf('/')];
        if (got is null && parent.EndsWith("/outcomes/otherHandling", StringComparison.Ordinal))
        {
            var column = pointer[(pointer.LastIndexOf('/') + 1)..];
            var parts = OtherSubRows.Select(s => Get(payload, $"{parent}/{s}/{column}")).ToList();
            if (parts.All(p => p is JsonValue))
            {
                return JsonValue.Create(parts.Sum(p => PayloadAssert.Number(p!)));
            }
        }

        return got;
    }

    private static bool Same(JsonNode? expected, JsonNode? got)
    {
        if (expected is null)
        {
            return got is null || (got is JsonValue v && !v.TryGetValue<string>(out _) && PayloadAssert.Number(got) == 0);
        }

        if (expected.AsValue().TryGetValue<string>(out var text))
        {
            return got is JsonValue g && (g.TryGetValue<string>(out var s) ? s : g.ToJsonString()) == text;
        }

        return got is JsonValue gv && !gv.TryGetValue<string>(out _) && !gv.TryGetValue<bool>(out _) && PayloadAssert.Number(got) == PayloadAssert.Number(expected);
    }
}
