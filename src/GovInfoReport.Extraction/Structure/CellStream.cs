using System.Collections.Generic;
using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Extraction.Reading;

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
internal readonly record struct DocumentItem(SourceParagraph? Paragraph, SourceTable? Table, int RowIndex)
{
    public SourceLocation Location => Paragraph?.Location ?? Table!.Rows[RowIndex].Cells.Count switch
    {
        0 => Table!.Location,
        _ => Table!.Rows[RowIndex].Cells[0].Location,
    };

    public IEnumerable<SourceCell> Cells()
    {
        if (Paragraph is not null)
        {
            yield return new SourceCell(Paragraph.Text, Paragraph.Location);
        }
        else
        {
            foreach (var cell in Table!.Rows[RowIndex].Cells)
            {
                yield return cell;
            }
        }
    }
}

/// <summary>Builds the rows a table reader consumes from a range of document items.</summary>
internal static class CellStream
{
    public static List<DocumentItem> Flatten(SourceDocument document)
    {
        var items = new List<DocumentItem>();
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
                if (TextNormalizer.TrimLayout(item.Paragraph.Text).Length == 0)
                {
                    continue;
                }

                loose ??= Add(rows, new StreamRow(false));
                loose.Cells.Add(new SourceCell(item.Paragraph.Text, item.Paragraph.Location));
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
