using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using GovInfoReport.Cli.Output;
using GovInfoReport.Schema;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>
/// <c>validate --format json</c> writes each result as text (<see cref="IssueResultText"/>): it must be, byte for byte,
/// what <see cref="IssueJsonWriter.WriteResult"/> writes into the document with the same options, for every shape of
/// result and every kind of text an issue can carry.
/// </summary>
public sealed class IssueResultTextTests
{
    private static readonly string[] Texts =
    [
        "报告年度为 2022 年，应使用 2021 版表格。",
        "Column \"Natural persons\": III.7 + IV is 0 but I + II is 7 (difference -7).",
        "/applications/outcomes/total/naturalPersons",
        "back\\slash, line\nbreak\ttab\u0001control\u007F\u0085",
        "\u2028\uFFFF\uFDD0 <html> & 'quotes' + `ticks` \u200B\uFEFF",
        "emoji 😀 outside the basic plane",
        "lone \uD800 surrogate",
        "\uDC00",
        string.Empty,
        new string('长', 30_000), // past the text's first buffer (64 KB)
    ];

    [Fact]
    public void ResultsOfTheSeedPayloadsAndTheirBreakagesAreWrittenAsTheWriterWritesThem()
    {
        var results = new List<ReportValidationResult>();
        foreach (var seed in Directory.EnumerateFiles(Cli.Fixture(""), "seed-*.json").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(seed);
            results.Add(ReportValidator.Validate(bytes));

            // Broken arithmetic (rule issues with lazily formatted messages), a wrong type and an unknown member
            // (structural issues with keywords), and broken syntax (issues with a line and position).
            var payload = JsonNode.Parse(bytes)!.AsObject();
            payload["applications"]!["newApplications"]!["naturalPersons"] = 9999;
            payload["reportYear"] = "2022";
            payload["unexpected"] = true;
            results.Add(ReportValidator.Validate(Encoding.UTF8.GetBytes(payload.ToJsonString())));
            results.Add(ReportValidator.Validate(bytes.AsSpan(0, bytes.Length / 2).ToArray()));
        }

        results.Add(ReportValidator.Validate("[]"u8.ToArray()));
        results.Add(ReportValidationResult.TooLarge(10_000_000, 1_000_000));
        Assert.Contains(results, r => r.IsValid);
        Assert.Contains(results, r => r.Issues.Any(i => i.Keyword is not null));
        Assert.Contains(results, r => r.Issues.Any(i => i.Line is not null && i.BytePositionInLine is not null));
        Assert.Contains(results, r => r.Issues.Any(i => i.Severity == IssueSeverity.Warning));
        Assert.Contains(results, r => r.TemplateVersion is null);
        foreach (var result in results)
        {
            foreach (var source in new[] { "/tmp/reports/report-000001.json", null, "报告 \"一\".json" })
            {
                AssertWrittenAsTheWriterWritesIt(source, result);
            }
        }
    }

    [Fact]
    public void EveryFieldOfAnIssueIsWrittenAsTheWriterWritesItWhateverItsText()
    {
        foreach (var text in Texts)
        {
            var issues = new[]
            {
                new ValidationIssue(text, IssueSeverity.Error, text, text, text, text, text) { Keyword = text, Line = long.MaxValue, BytePositionInLine = 0 },
                new ValidationIssue("R1", IssueSeverity.Warning, "", null, null, text, text) { BytePositionInLine = 17 },
                new ValidationIssue("R2", IssueSeverity.Error, text, "7", null, "", "") { Line = 1 },
            };
            var truncated = new ReportValidationResult(TemplateVersion.V2021, ValidationResult.FromIssues(issues, isTruncated: true), null);
            AssertWrittenAsTheWriterWritesIt(text, truncated);
            AssertWrittenAsTheWriterWritesIt(text, new ReportValidationResult(null, ValidationResult.Clean, null));
        }
    }

    [Fact]
    public void TheJsonFormatRendersThroughTheText()
    {
        var result = ReportValidator.Validate(File.ReadAllBytes(Cli.Fixture("seed-001.json")));
        var format = ValidationFormat.For(new OutputSettings("json", English: false, Verbose: false), 120);
        using var rendered = format.Render("seed-001.json", result, null);
        Assert.Equal(WriterText("seed-001.json", result), Encoding.UTF8.GetString(rendered.Span));
    }

    private static void AssertWrittenAsTheWriterWritesIt(string? source, ReportValidationResult result)
    {
        // Twice: the second rendering reuses the thread's text and must not carry anything over from the first.
        for (var round = 0; round < 2; round++)
        {
            using var rendered = IssueResultText.Render(source, result);
            Assert.Equal(WriterText(source, result), Encoding.UTF8.GetString(rendered.Span));
        }
    }

    private static string WriterText(string? source, ReportValidationResult result)
    {
        using var piece = JsonFragments.Write(IssueResultText.Depth, (source, result), static (writer, state) => IssueJsonWriter.WriteResult(writer, state.result, state.source));
        return Encoding.UTF8.GetString(piece.Span);
    }
}
