using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfoReport.Extraction.Tests.Support;

/// <summary>
/// Renders a layout as a Word document with the Open XML SDK: w:gridSpan for merged columns, w:vMerge restart /
/// continue for merged rows (every grid position under a vertical merge gets its continuation cell, as Word writes it).
/// </summary>
internal static class DocxRenderer
{
    /// <param name="blocks">The layout.</param>
    /// <param name="ruled">Draw every cell border (most published reports do) instead of only the table's top and bottom.</param>
    public static byte[] Render(List<LayoutBlock> blocks, bool ruled = false)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case LayoutParagraph p:
                        body.Append(Paragraph(p.Text, p.Heading));
                        break;
                    case LayoutTable t:
                        body.Append(Table(t, ruled));
                        body.Append(new Paragraph());
                        break;
                }
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, bool bold)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        return new Paragraph(run);
    }

    private static Table Table(LayoutTable layout, bool ruled)
    {
        var width = layout.Rows.Max(r => r.Sum(c => c.ColumnSpan));
        var borders = ruled
            ? new TableBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single }, new LeftBorder { Val = BorderValues.Single }, new RightBorder { Val = BorderValues.Single }, new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single })
            : new TableBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single });
        var table = new Table(new TableProperties(borders));
        var grid = new TableGrid();
        for (var i = 0; i < width; i++)
        {
            // The grid fills a page's text width (about 9,000 twips), as published tables do.
            grid.Append(new GridColumn { Width = System.Math.Max(600, 9000 / width).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        table.Append(grid);

        // Vertical merges still open: start column → (span, rows left).
        var open = new Dictionary<int, (int Span, int Left)>();
        foreach (var row in layout.Rows)
        {
            var tr = new TableRow();
            var column = 0;
            var queue = new Queue<LayoutCell>(row);
            while (column < width && (queue.Count > 0 || open.ContainsKey(column)))
            {
                if (open.TryGetValue(column, out var merge))
                {
                    tr.Append(Cell(string.Empty, merge.Span, new VerticalMerge()));
                    open[column] = (merge.Span, merge.Left - 1);
                    if (merge.Left - 1 == 0)
                    {
                        open.Remove(column);
                    }

                    column += merge.Span;
                    continue;
                }

                var cell = queue.Dequeue();
                VerticalMerge? restart = null;
                if (cell.RowSpan > 1)
                {
                    restart = new VerticalMerge { Val = MergedCellValues.Restart };
                    open[column] = (cell.ColumnSpan, cell.RowSpan - 1);
                }

                tr.Append(Cell(cell.Text, cell.ColumnSpan, restart));
                column += cell.ColumnSpan;
            }

            table.Append(tr);
        }

        return table;
    }

    private static TableCell Cell(string text, int span, VerticalMerge? merge)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is not null)
        {
            properties.Append(merge);
        }

        var paragraphs = text.Split('\n').Select(line => new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
        var cell = new TableCell(properties);
        cell.Append(paragraphs);
        return cell;
    }
}
