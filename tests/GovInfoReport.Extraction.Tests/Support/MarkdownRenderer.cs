using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace GovInfoReport.Extraction.Tests.Support;

/// <summary>
/// Renders a layout as the Markdown an OCR service exports: <c>### </c> section headings, pipe tables with merged
/// cells flattened (a merged cell printed once, in its first row), and the defects seen in real exports: row labels
/// that wrap moved out of the table as lines of their own above a row of bare values; placeholder header rows
/// (<c>数据1…数据6</c>); table 四 split into one table per group.
/// </summary>
internal static class MarkdownRenderer
{
    /// <summary>Longest label kept in its row; longer ones are wrapped out of the table.</summary>
    private const int LabelWidth = 14;

    public static string Render(List<LayoutBlock> blocks)
    {
        var text = new StringBuilder();
        var section = 0;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case LayoutParagraph { Heading: true } p:
                    text.Append("\n### ").Append(p.Text).Append("\n\n");
                    section++;
                    break;
                case LayoutParagraph p:
                    text.Append(p.Text).Append('\n');
                    break;
                case LayoutTable t when section == 4:
                    ReviewPerGroup(t, text);
                    break;
                case LayoutTable t:
                    Table(t, text, placeholderHeader: section == 3);
                    break;
            }
        }

        return text.ToString();
    }

    private static void Table(LayoutTable table, StringBuilder text, bool placeholderHeader)
    {
        var first = true;
        foreach (var row in table.Rows)
        {
            var cells = row.Select(c => c.Text).ToList();
            var values = cells.Count(IsValue);
            if (placeholderHeader && values == 0 && !cells.Any(c => c.Contains('、', System.StringComparison.Ordinal)))
            {
                // The OCR service replaced the header rows of table 三 by a placeholder row.
                if (first)
                {
                    text.Append("| 项目 | ").Append(string.Join(" | ", Enumerable.Range(1, 7).Select(i => "数据" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).Append(" |\n|---|---|---|---|---|---|---|---|\n");
                    first = false;
                }

                continue;
            }

            var label = cells.FindLastIndex(c => !IsValue(c));
            if (values > 0 && label >= 0 && cells[label].Length > LabelWidth)
            {
                // A wrapped label moved out of the table: its lines above a row of bare values.
                text.Append('\n').Append(cells[label][..LabelWidth]).Append('\n').Append(cells[label][LabelWidth..]).Append('\n');
                cells = cells.Skip(label + 1).ToList();
                text.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n|").Append(string.Concat(Enumerable.Repeat("---|", cells.Count))).Append('\n');
                first = true;
                continue;
            }

            text.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
            if (first)
            {
                text.Append('|').Append(string.Concat(Enumerable.Repeat("---|", cells.Count))).Append('\n');
                first = false;
            }
        }

        text.Append('\n');
    }

    /// <summary>Table 四 as three tables, each under its group caption.</summary>
    private static void ReviewPerGroup(LayoutTable table, StringBuilder text)
    {
        var values = table.Rows[^1].Select(c => c.Text).ToList();
        string[] groups = ["行政复议", "未经复议直接起诉", "复议后起诉"];
        for (var g = 0; g < 3; g++)
        {
            text.Append(groups[g]).Append("\n\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|---|---|---|---|---|\n| ")
                .Append(string.Join(" | ", values.Skip(g * 5).Take(5))).Append(" |\n\n");
        }
    }

    private static bool IsValue(string text) => text.Length == 0 || char.IsAsciiDigit(text[^1]) || text.EndsWith('元');
}
