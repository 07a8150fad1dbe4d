using System;
using System.Collections.Generic;
using System.Globalization;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;

namespace GovInfoReport.Extraction.Structure;

/// <summary>Evidence that a document holds more than one annual report, and where the second starts.</summary>
/// <param name="Count">How many reports the statutory tables show.</param>
/// <param name="Second">Where the second report's tables start.</param>
/// <param name="ReasonZh">The refusal, in Chinese.</param>
/// <param name="ReasonEn">The refusal, in English.</param>
internal sealed record SeveralReportsEvidence(int Count, SourceLocation Second, string ReasonZh, string ReasonEn);

/// <summary>
/// Finds documents that hold several reports (year-on-year comparisons, compilations): each report prints table 三 once,
/// so two rows labelled 一、本年新收政府信息公开申请数量 (or two sets of the Article 20 sub-tables) mean two reports.
/// Reading such a document as one report merges their tables — the one route to silently wrong values — so it is
/// refused with a note instead.
/// </summary>
internal static class SeveralReports
{
    public static SeveralReportsEvidence? Find(List<DocumentItem> items)
    {
        var newRows = new List<SourceLocation>();
        var firstCaptions = new List<SourceLocation>();
        foreach (var item in items)
        {
            // A paragraph is read as its text: making it a cell would make one for every paragraph.
            if (item.Paragraph is { } paragraph)
            {
                Inspect(paragraph.Text, paragraph.Location, newRows, firstCaptions);
                continue;
            }

            var cells = item.Table!.Rows[item.RowIndex].Cells;
            for (var c = 0; c < cells.Count; c++)
            {
                Inspect(cells[c].Text, cells[c].Location, newRows, firstCaptions);
            }
        }

        var count = Math.Max(newRows.Count, firstCaptions.Count);
        if (count < 2)
        {
            return null;
        }

        var second = newRows.Count >= 2 ? newRows[1] : firstCaptions[1];
        var n = count.ToString(CultureInfo.InvariantCulture);
        return new SeveralReportsEvidence(count, second,
            $"文档包含 {n} 份报告的统计表（如逐年对比或汇编；第二份从 {second} 开始）；为免把不同报告的数值合并，未读取。请将每份报告单独提取。",
            $"The document holds the statutory tables of {n} reports (a year-on-year comparison or a compilation; the second starts at {second}); it was not read, so that values of different reports are never merged. Extract each report on its own.");
    }

    /// <summary>Notes a cell's or paragraph's text that is the first row of table 三 or the first Article 20 caption.</summary>
    private static void Inspect(string text, SourceLocation location, List<SourceLocation> newRows, List<SourceLocation> firstCaptions)
    {
        if (text.Length > 400)
        {
            return; // prose, not a label
        }

        if (text.Contains("本年新收", StringComparison.Ordinal)
            && Labels.TryMatchApplications(TextNormalizer.Normalize(text, out _), out var match) && match.Key == RowKey.AppNew)
        {
            newRows.Add(location);
        }
        else if (text.Contains("第二十条", StringComparison.Ordinal) && IsFirstCaption(text))
        {
            firstCaptions.Add(location);
        }
    }

    private static bool IsFirstCaption(string text)
    {
        var key = TextNormalizer.Key(TextNormalizer.Normalize(text, out _));
        return key.Length <= 12 && (key.StartsWith("第二十条第一项", StringComparison.Ordinal) || key.StartsWith("第二十条一项", StringComparison.Ordinal));
    }
}
