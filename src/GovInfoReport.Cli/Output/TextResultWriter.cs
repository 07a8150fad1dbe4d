using System;
using System.Collections.Generic;
using System.IO;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Cli.Output;

/// <summary>Writes results as a readable table per payload, fitted to the terminal's width.</summary>
internal sealed class TextResultWriter(TextWriter output, bool english, int width)
{
    private const int MinimumMessageWidth = 24;

    public void Write(string source, ReportValidationResult result)
    {
        var version = result.TemplateVersion is { } v ? ((int)v).ToString(System.Globalization.CultureInfo.InvariantCulture) + (english ? " template" : " 版模板") : (english ? "unknown template" : "模板未知");
        var verdict = result.IsValid
            ? (result.Validation.WarningCount == 0 ? (english ? "valid" : "有效") : (english ? $"valid, {result.Validation.WarningCount} warning(s)" : $"有效，{result.Validation.WarningCount} 条警告"))
            : (english ? $"{result.Validation.ErrorCount} error(s), {result.Validation.WarningCount} warning(s)" : $"{result.Validation.ErrorCount} 个错误，{result.Validation.WarningCount} 条警告");
        output.WriteLine($"{DisplayText.Escape(source)}  [{version}]  {verdict}");
        if (result.Issues.Count == 0)
        {
            output.WriteLine();
            return;
        }

        var headers = english
            ? new[] { "severity", "rule", "cell", "expected", "actual", "message" }
            : new[] { "级别", "规则", "位置", "应为", "实为", "说明" };
        var rows = new List<string[]>();
        foreach (var issue in result.Issues)
        {
            rows.Add(
            [
                issue.Severity == IssueSeverity.Error ? (english ? "error" : "错误") : (english ? "warning" : "警告"),
                issue.RuleId,
                DisplayText.Escape(issue.Pointer.Length == 0 ? "/" : issue.Pointer),
                Shorten(DisplayText.Escape(issue.Expected ?? "-"), 24),
                Shorten(DisplayText.Escape(issue.Actual ?? "-"), 24),
                DisplayText.Escape(english ? issue.MessageEn : issue.MessageZh),
            ]);
        }

        var widths = new int[5];
        for (var c = 0; c < 5; c++)
        {
            widths[c] = DisplayWidth.Of(headers[c]);
            foreach (var row in rows)
            {
                widths[c] = Math.Max(widths[c], DisplayWidth.Of(row[c]));
            }
        }

        var fixedWidth = 2 + widths[0] + widths[1] + widths[2] + widths[3] + widths[4] + (5 * 2);
        var messageWidth = Math.Max(MinimumMessageWidth, width - fixedWidth);
        WriteRow(headers, widths, messageWidth);
        foreach (var row in rows)
        {
            WriteRow(row, widths, messageWidth);
        }

        output.WriteLine();
    }

    private void WriteRow(string[] cells, int[] widths, int messageWidth)
    {
        var prefix = "  ";
        for (var c = 0; c < 5; c++)
        {
            prefix += DisplayWidth.PadRight(cells[c], widths[c]) + "  ";
        }

        var lines = DisplayWidth.Wrap(cells[5], messageWidth);
        output.WriteLine(prefix + lines[0]);
        var indent = new string(' ', DisplayWidth.Of(prefix));
        for (var i = 1; i < lines.Count; i++)
        {
            output.WriteLine(indent + lines[i]);
        }
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1) + "…";
}
