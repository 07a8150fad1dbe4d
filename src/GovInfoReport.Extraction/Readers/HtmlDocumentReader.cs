using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// Turns an HTML report page into paragraphs and tables (AngleSharp). Block elements and &lt;br&gt; end paragraphs;
/// every data table becomes a <see cref="SourceTable"/> whose merged cells appear once, with their spans, and whose
/// rowspan placeholders are marked as merge continuations; a table that holds other tables is layout and is read
/// through. Scripts, styles and navigation chrome are skipped. As a format reader it is told by markup anywhere in the
/// decoded text, and a streaming scan bounds nesting and element count before the tree is built.
/// </summary>
public sealed class HtmlDocumentReader : IDocumentFormatReader
{
    /// <summary>The one instance behind <see cref="IDocumentFormatReader"/>.</summary>
    internal static readonly HtmlDocumentReader Instance = new();

    private HtmlDocumentReader()
    {
    }

    SourceFormat IDocumentFormatReader.Format => SourceFormat.Html;

    IReadOnlyList<string> IDocumentFormatReader.FilePatterns { get; } = ["*.htm", "*.html"];

    bool IDocumentFormatReader.CanRead(FormatInput input, ExtractionOptions options)
        => !input.TooLargeForText(options) && input.AsText(options, out _) is { } text && HtmlSniffer.LooksLikeHtml(text);

    FormatRead IDocumentFormatReader.Read(FormatInput input, ExtractionOptions options)
    {
        if (input.AsText(options, out var refusal) is not { } html)
        {
            return refusal!;
        }

        if (FormatInput.LooksBinary(html))
        {
            return FormatRead.Refused("输入不是 HTML 文本（含有大量控制字符）。", "The input is not HTML text (it holds many control characters).");
        }

        if (MarkupLimits.ScanHtml(html, options.MaxMarkupDepth, options.MaxMarkupElements) is { } exceeded)
        {
            return FormatRead.LimitExceeded(exceeded);
        }

        return FormatRead.Read(Read(html));
    }

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "center", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ul", "ol", "dl", "dt", "dd", "pre", "address", "figure", "figcaption", "form", "fieldset", "hr", "body", "caption", "tr", "td", "th",
    };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "nav", "select", "option", "button", "iframe", "svg", "object",
    };

    /// <summary>Reads an HTML page into the common intermediate.</summary>
    /// <param name="html">The page.</param>
    /// <returns>The document.</returns>
    public static SourceDocument Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var state = new State();
        if (document.Body is { } body)
        {
            Walk(body, state);
        }

        state.Flush();
        return new SourceDocument(SourceFormat.Html, state.Blocks) { Title = document.Title };
    }

    /// <summary>Nesting deeper than this is read as flat text (hostile or broken pages must not exhaust the stack).</summary>
    private const int MaxDepth = 200;

    private static void Walk(INode node, State state, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            state.Append(node.TextContent);
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    state.Append(text.Data);
                    break;
                case IHtmlTableElement table when !table.QuerySelectorAll("table").Any():
                    state.Flush();
                    state.AddTable(table);
                    break;
                case IElement element when SkippedElements.Contains(element.LocalName):
                    break;
                case IElement element when element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                    state.Flush();
                    break;
                case IElement element when BlockElements.Contains(element.LocalName) || element.LocalName.Equals("table", StringComparison.OrdinalIgnoreCase):
                    state.Flush();
                    Walk(element, state, depth + 1);
                    state.Flush();
                    break;
                case IElement element:
                    Walk(element, state, depth + 1);
                    break;
            }
        }
    }

    /// <summary>The text of a cell: block children and &lt;br&gt; become line breaks.</summary>
    private static string CellText(IElement cell)
    {
        var builder = new StringBuilder();
        AppendText(cell, builder);
        var lines = builder.ToString().Split('\n').Select(l => l.Trim(' ', '\t', '\r')).Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }

    private static void AppendText(INode node, StringBuilder builder, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            builder.Append(CollapseSpaces(node.TextContent));
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    builder.Append(CollapseSpaces(text.Data));
                    break;
                case IElement element when SkippedElements.Contains(element.LocalName):
                    break;
                case IElement element when element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                    builder.Append('\n');
                    break;
                case IElement element when BlockElements.Contains(element.LocalName):
                    builder.Append('\n');
                    AppendText(element, builder, depth + 1);
                    builder.Append('\n');
                    break;
                case IElement element:
                    AppendText(element, builder, depth + 1);
                    break;
            }
        }
    }

    /// <summary>HTML white space (not U+00A0 or U+3000, which are published characters) collapses to one space.</summary>
    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (!space)
                {
                    builder.Append(' ');
                }

                space = true;
            }
            else
            {
                builder.Append(c);
                space = false;
            }
        }

        return builder.ToString();
    }

    private sealed class State
    {
        private readonly StringBuilder line = new();
        private int tables;
        private int paragraphs;

        public List<SourceBlock> Blocks { get; } = [];

        public void Append(string text) => line.Append(CollapseSpaces(text));

        public void Flush()
        {
            if (line.Length == 0)
            {
                return;
            }

            var text = line.ToString().Trim(' ');
            line.Clear();
            if (TextNormalizer.TrimLayout(text).Length > 0)
            {
                paragraphs++;
                Blocks.Add(new SourceParagraph(text, SourceLocation.AtParagraph(paragraphs)));
            }
        }

        public void AddTable(IHtmlTableElement table)
        {
            if (table.Caption is { } caption && TextNormalizer.TrimLayout(caption.TextContent).Length > 0)
            {
                paragraphs++;
                Blocks.Add(new SourceParagraph(CellText(caption), SourceLocation.AtParagraph(paragraphs)));
            }

            tables++;
            var rows = new List<SourceRow>();

            // Grid positions: rowspans leave placeholders (merge continuations) in the rows below.
            var pending = new Dictionary<int, (int Remaining, int Span, SourceCell Origin)>();
            var r = 0;
            foreach (var row in table.Rows)
            {
                r++;
                var cells = new List<SourceCell>();
                var column = 1;
                void FillPending()
                {
                    while (pending.TryGetValue(column, out var hold) && hold.Remaining > 0)
                    {
                        cells.Add(new SourceCell(string.Empty, SourceLocation.AtCell(tables, r, column), hold.Span, 1, isMergeContinuation: true) { MergedFrom = hold.Origin });
                        pending[column] = (hold.Remaining - 1, hold.Span, hold.Origin);
                        column += hold.Span;
                    }
                }

                foreach (var cell in row.Cells)
                {
                    FillPending();
                    var colSpan = Math.Clamp(cell.ColumnSpan, 1, 100);
                    var rowSpan = Math.Clamp(cell.RowSpan, 1, 1000);
                    var source = new SourceCell(CellText(cell), SourceLocation.AtCell(tables, r, column), colSpan, rowSpan);
                    cells.Add(source);
                    if (rowSpan > 1)
                    {
                        pending[column] = (rowSpan - 1, colSpan, source);
                    }

                    column += colSpan;
                }

                FillPending();
                rows.Add(new SourceRow(cells));
            }

            Blocks.Add(new SourceTable(rows, rowsAreReliable: true, SourceLocation.AtCell(tables, 1, 1)));
        }
    }
}
