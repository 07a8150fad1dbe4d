using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Values;
using GovInfoReport.Schema;

namespace GovInfoReport.Extraction.Tables;

// The table reader, table 二: the Article 20 sub-tables of section 二, split at their captions; the rows of every table are gathered and placed in TableReaders.cs.
internal static partial class TableReaders
{
    /// <summary>The statutory sub-tables of section 二, by item number of Article 20.</summary>
    internal static readonly Article20Item[] ActiveItems = [Article20Item.Regulations, Article20Item.Licensing, Article20Item.Penalties, Article20Item.Fees, Article20Item.Procurement];

    internal static string ActiveId(Article20Item item) => item switch
    {
        Article20Item.Regulations => "二（一）",
        Article20Item.Licensing => "二（五）",
        Article20Item.Penalties => "二（六）",
        Article20Item.Fees => "二（八）",
        _ => "二（九）",
    };

    internal static string ActivePointer(Article20Item item) => item switch
    {
        Article20Item.Regulations => Paths.Regulations,
        Article20Item.Licensing => Paths.Licensing,
        Article20Item.Penalties => Paths.Penalties,
        Article20Item.Fees => Paths.Fees,
        _ => Paths.Procurement,
    };


    /// <summary>Reads the Article 20 sub-tables of section 二.</summary>
    public static Dictionary<Article20Item, SubTableRead> ReadActiveDisclosure(List<StreamRow> rows, NoteSink notes)
    {
        var result = new Dictionary<Article20Item, SubTableRead>();
        foreach (var item in ActiveItems)
        {
            result[item] = new SubTableRead(ActiveId(item), ActivePointer(item));
        }

        // Split at the captions 第二十条第（X）项; cells of a row after a caption belong to the new segment.
        var segments = new List<(Article20Item Item, SourceCell Caption, List<StreamRow> Rows)>();
        List<StreamRow>? current = null;
        foreach (var row in rows)
        {
            StreamRow? part = null;
            foreach (var cell in row.Cells)
            {
                if (!cell.IsMergeContinuation && TryCaption(cell.Text, out var item, out var changes))
                {
                    notes.TextChanged(changes, cell.Location, cell.Text);
                    current = [];
                    segments.Add((item, cell, current));
                    part = null;
                    continue;
                }

                if (current is null)
                {
                    continue;
                }

                if (part is null)
                {
                    part = new StreamRow(row.Known);
                    current.Add(part);
                }

                part.Cells.Add(cell);
            }
        }

        foreach (var (item, caption, segmentRows) in segments)
        {
            if (!result.TryGetValue(item, out var read))
            {
                notes.Add(ExtractionNoteCodes.Annotation, NoteSeverity.Info, null, caption.Location, caption.Text,
                    $"第二十条第（{((int)item).ToString(CultureInfo.InvariantCulture)}）项不在统计表格式中（地方增加的表），已忽略。",
                    $"Article 20 item ({((int)item).ToString(CultureInfo.InvariantCulture)}) is not a table of the template (a local addition); ignored.");
                continue;
            }

            if (read.Found)
            {
                notes.Add(ExtractionNoteCodes.Annotation, NoteSeverity.Warning, read.Pointer, caption.Location, caption.Text,
                    $"{read.Id} 出现两次，只读取第一次。", $"{read.Id} appears twice; only the first was read.");
                continue;
            }

            ReadActiveSegment(item, read, caption, segmentRows, notes);
        }

        return result;
    }

    private static void ReadActiveSegment(Article20Item item, SubTableRead read, SourceCell caption, List<StreamRow> rows, NoteSink notes)
    {
        read.Found = true;
        read.Location = caption.Location;
        var headerCells = new List<SourceCell>();
        var records = Collect(rows, Labels.TryMatchActiveDisclosure, headerCells, notes, read.Pointer);

        var header = new StringBuilder();
        foreach (var cell in headerCells)
        {
            header.Append(TextNormalizer.Key(TextNormalizer.Normalize(cell.Text, out _)));
        }

        var headerText = header.ToString();
        bool Has(params string[] words) => words.Any(w => headerText.Contains(w, StringComparison.Ordinal));
        bool? is2019 = item switch
        {
            Article20Item.Regulations => Has("新制作", "新公开", "对外公开总") ? true : Has("制发", "废止", "现行有效") ? false : null,
            Article20Item.Licensing or Article20Item.Penalties => Has("上一年项目", "增减") ? true : Has("本年处理决定") ? false : null,
            Article20Item.Fees => Has("上一年项目", "增减") ? true : Has("收费金额") ? false : null,
            _ => true,
        };

        var evidence = is2019 is null ? string.Empty : "header: " + string.Join(" / ", headerCells.Select(c => TextNormalizer.TrimLayout(c.Text).Replace('\n', ' ')).Where(t => t.Length > 0));
        if (is2019 is null && item is Article20Item.Licensing or Article20Item.Penalties or Article20Item.Fees)
        {
            // No telling header: the number of cells in the first labelled row decides (3 or 2 cells: 2019; 1 cell: 2021).
            var first = records.FirstOrDefault(r => r.Match is not null);
            if (first is not null)
            {
                var cellCount = RowAlignment.SlotCount(first.Cells, HeaderColumns.From(headerCells));
                var full = item == Article20Item.Fees ? 2 : 3;
                if (cellCount == full || cellCount == 1)
                {
                    is2019 = cellCount == full;
                    evidence = string.Create(CultureInfo.InvariantCulture, $"no version-specific header; {cellCount} value cell(s) per row");
                }
            }
        }

        if (item == Article20Item.Procurement)
        {
            evidence = "第二十条第（九）项 exists only in the 2019 tables";
        }

        read.Version = is2019 switch
        {
            true => TemplateVersion.V2019,
            false => TemplateVersion.V2021,
            null => null,
        };
        read.Evidence = read.Version is null ? "version not told by the headers (same columns in both versions or no header)" : evidence;

        var version = read.Version ?? TemplateVersion.V2021;
        var columns = (item, version) switch
        {
            (Article20Item.Regulations, _) => 3,
            (Article20Item.Licensing or Article20Item.Penalties, TemplateVersion.V2019) => 3,
            (Article20Item.Licensing or Article20Item.Penalties, _) => 1,
            (Article20Item.Fees, TemplateVersion.V2019) => 2,
            (Article20Item.Fees, _) => 1,
            _ => 2,
        };

        RowKey[] expected = (item, version) switch
        {
            (Article20Item.Regulations, _) => [RowKey.Rules, RowKey.Normative],
            (Article20Item.Licensing, TemplateVersion.V2019) => [RowKey.Licensing, RowKey.OtherServices],
            (Article20Item.Licensing, _) => [RowKey.Licensing],
            (Article20Item.Penalties, _) => [RowKey.Penalties, RowKey.Coercion],
            (Article20Item.Fees, _) => [RowKey.Fees],
            _ => [RowKey.Procurement],
        };

        Assign(read, records, expected, columns, null, version, notes, HeaderColumns.From(headerCells));
        foreach (var row in read.Rows.Values)
        {
            if (row.Key == RowKey.Normative && row.Form is { } form && read.Version is { } v && form != v)
            {
                notes.Add(ExtractionNoteCodes.HybridLabel, NoteSeverity.Info, Paths.Row(row.Key, version), row.Label.Location, row.Label.Text,
                    $"{read.Id} 为 {v.Number()} 版表格，但行标签印作“{TextNormalizer.TrimLayout(row.Label.Text)}”（{form.Number()} 版用语）；按位置读作规范性文件行。",
                    $"{read.Id} follows the {v.Number()} tables but the row is labelled \"{TextNormalizer.TrimLayout(row.Label.Text)}\" (the {form.Number()} wording); read as the normative-documents row.");
            }
        }
    }

    private static bool TryCaption(string text, out Article20Item item, out TextChanges changes)
    {
        item = default;
        changes = TextChanges.None;
        if (text.Length > 60 || !(text.Contains('二', StringComparison.Ordinal) && (text.Contains('条', StringComparison.Ordinal) || text.Contains('條', StringComparison.Ordinal))))
        {
            return false;
        }

        var normalized = TextNormalizer.Normalize(text, out changes);
        var match = CaptionRegex().Match(normalized);
        if (!match.Success)
        {
            return false;
        }

        item = (Article20Item)Labels.ChineseDigit(match.Groups["n"].Value);
        return item > 0;
    }


    [GeneratedRegex(@"第二十条第?\((?<n>[一二三四五六七八九十]{1,3})\)项", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionRegex();
}
