using System;
using System.IO.Enumeration;
using GovInfoReport.Cli.Commands;
using GovInfoReport.Cli.Input;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>
/// A folder contributes the files whose names match the command's patterns. The walker tests a star-and-suffix
/// pattern as an ordinal suffix: it must choose exactly the names the general matcher chooses.
/// </summary>
public sealed class InputPatternTests
{
    private static readonly string[] Names =
    [
        "report.json", ".json", "json", "report.JSON", "report.json.bak", "report.jsonl", "a.b.json", "报告.json",
        "report.txt", "report.TXT", "report.pdf", "report.html", "report.htm", "report.docx", "report.md", "x", "",
        "*.json", "?.json", "report\\.json", "report .json", "report.json ",
    ];

    [Fact]
    public void TheSuffixTestChoosesWhatTheGeneralMatcherChooses()
    {
        Assert.NotEmpty(InputCollector.ReportDocuments);
        string[][] patternSets =
        [
            InputCollector.JsonFiles, [.. InputCollector.ReportDocuments], ["*"], ["*.*"], ["report.*"], ["*.js?n"],
            ["*\\*.json"], ["?.json"], ["*json", "*.txt"], ["*.报告"],
        ];
        foreach (var patterns in patternSets)
        {
            foreach (var name in Names)
            {
                var expected = Array.Exists(patterns, p => FileSystemName.MatchesSimpleExpression(p, name, ignoreCase: OperatingSystem.IsWindows()));
                Assert.True(expected == InputWalker.Matches(name, patterns), $"{name} against {string.Join(", ", patterns)}");
            }
        }
    }
}
