using System;
using System.Collections.Generic;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;

namespace GovInfoReport.Extraction.Structure;

/// <summary>
/// One row of a table region as the table reader sees it. <see cref="Known"/> rows come from tables with reliable row
/// boundaries; unknown rows gather consecutive cells whose boundaries are not known (one cell per line, paragraphs).
/// </summary>
internal sealed class StreamRow(bool known)
{
    public bool Known { get; } = known;

    public List<SourceCell> Cells { get; } = [];
}

/// <summary>A paragraph or a table row of the document, in reading order.</summary>
/// <param name="Paragraph">The paragraph, or null for a table row.</param>
/// <param name="Table">The table, or null for a paragraph.</param>
/// <param name="RowIndex">The row of the table.</param>
internal readonly record struct DocumentItem(SourceParagraph? Paragraph, SourceTable? Table, int RowIndex)
{
    public SourceLocation Location => Paragraph?.Location ?? Table!.Rows[RowIndex].Cells.Count switch
    {
        0 => Table!.Location,
        _ => Table!.Rows[RowIndex].Cells[0].Location,
    };

    /// <summary>
    /// Whether <paramref name="test"/> holds for a text of the item: the paragraph's, or one of the row's cells'. The
    /// texts as they are: a paragraph is made a cell only when a table reader reads it as one (<see cref="SourceParagraph.AsCell"/>).
    /// </summary>
    public bool AnyText(Func<string, bool> test)
    {
        if (Paragraph is { } paragraph)
        {
            return test(paragraph.Text);
        }

        var cells = Table!.Rows[RowIndex].Cells;
        for (var c = 0; c < cells.Count; c++)
        {
            if (test(cells[c].Text))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Builds the rows a table reader consumes from a range of document items.</summary>
internal static class CellStream
{
    public static List<DocumentItem> Flatten(SourceDocument document)
    {
        // Sized first: a text without tabs is hundreds of paragraphs, and growing the list copied it nine times.
        var count = 0;
        foreach (var block in document.Blocks)
        {
            count += block is SourceTable counted ? counted.Rows.Count : 1;
        }

        var items = new List<DocumentItem>(count);
        foreach (var block in document.Blocks)
        {
            if (block is SourceParagraph paragraph)
            {
                items.Add(new DocumentItem(paragraph, null, 0));
            }
            else if (block is SourceTable table)
            {
                for (var i = 0; i < table.Rows.Count; i++)
                {
                    items.Add(new DocumentItem(null, table, i));
                }
            }
        }

        return items;
    }

    public static List<StreamRow> Rows(List<DocumentItem> items, int start, int end)
    {
        var rows = new List<StreamRow>();
        StreamRow? loose = null;
        for (var i = start; i < end && i < items.Count; i++)
        {
            var item = items[i];
            if (item.Paragraph is not null)
            {
                if (TextNormalizer.IsBlank(item.Paragraph.Text))
                {
                    continue;
                }

                loose ??= Add(rows, new StreamRow(false));
                loose.Cells.Add(item.Paragraph.AsCell());
                continue;
            }

            var table = item.Table!;
            if (table.RowsAreReliable)
            {
                loose = null;
                var row = Add(rows, new StreamRow(true));
                row.Cells.AddRange(table.Rows[item.RowIndex].Cells);
            }
            else
            {
                loose ??= Add(rows, new StreamRow(false));
                loose.Cells.AddRange(table.Rows[item.RowIndex].Cells);
            }
        }

        return rows;
    }

    private static StreamRow Add(List<StreamRow> rows, StreamRow row)
    {
        rows.Add(row);
        return row;
    }
}
