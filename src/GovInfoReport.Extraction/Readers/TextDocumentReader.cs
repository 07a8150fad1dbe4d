using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Layout;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// The text format (plain text and Markdown, <c>*.txt</c>, <c>*.md</c>): turns text, in every layout the published
/// conversions show, into paragraphs and tables: tab-indented cells one per line with blank lines between rows;
/// tab-separated rows; Markdown pipe tables; lines that do not belong to a table become paragraphs (tables printed one
/// cell per line without tabs reach the table reader as paragraphs); a text without such tables whose columns are
/// aligned with runs of spaces is read by position (<see cref="SpaceAlignedText"/>). Markdown rule lines
/// ("--------------", "|---|") are dropped. Text whose table cells run together is read by
/// <see cref="RunTogetherTextReader"/> when the arithmetic admits it. The format accepts anything, so it is tried last.
/// </summary>
/// <remarks>The one reader of the text format behind the format-reader interface; <see cref="Read(string)"/> is kept for
/// callers that build a <see cref="SourceDocument"/> themselves.</remarks>
public sealed partial class TextDocumentReader : IDocumentFormatReader
{
    private TextDocumentReader()
    {
    }

    /// <summary>The reader the extractor uses for the text format.</summary>
    internal static TextDocumentReader Instance { get; } = new();

    /// <inheritdoc/>
    SourceFormat IDocumentFormatReader.Format => SourceFormat.Text;

    /// <inheritdoc/>
    IReadOnlyList<string> IDocumentFormatReader.FilePatterns { get; } = ["*.txt", "*.md"];

    /// <inheritdoc/>
    bool IDocumentFormatReader.CanRead(FormatInput input, ExtractionOptions options) => true;

    /// <inheritdoc/>
    FormatRead IDocumentFormatReader.Read(FormatInput input, ExtractionOptions options)
    {
        if (input.AsText(options, out var refusal) is not { } text)
        {
            return refusal!;
        }

        if (FormatInput.LooksBinary(text))
        {
            return FormatRead.Refused("输入不是文本（含有大量控制字符或无法解码的字节），可能是二进制文件。", "The input is not text (it holds many control characters or undecodable bytes); it may be a binary file.");
        }

        return FormatRead.Read(RunTogetherTextReader.TryRead(text) ?? Read(text));
    }

    /// <summary>Reads text into the common intermediate (delimited, indented or space-aligned layouts; not run-together text).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The document.</returns>
    public static SourceDocument Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var blocks = new List<SourceBlock>();
        var document = new SourceDocument(SourceFormat.Text, blocks);
        if (!Array.Exists(lines, IsTableLine) && SpaceAlignedText.IsAligned(lines))
        {
            // Columns aligned with runs of spaces (pdftotext -layout): rebuilt from their positions.
            AlignedTableBuilder.Build(SpaceAlignedText.Lines(lines, document.ReaderNotes), null, blocks, cellLocations: false);
            return document;
        }

        // One list of table lines for every table of the text, cleared per table instead of grown anew.
        var entries = new List<(int Line, LineKind Kind)>();
        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i];
            if (IsRuleLine(line))
            {
                document.ReaderNotes.Add(new ExtractionNote(ExtractionNoteCodes.ArtefactRemoved, NoteSeverity.Info, null, SourceLocation.AtLine(i + 1), line,
                    "Markdown 分隔线（“----”）是转换残留，已删除。", "A Markdown rule line (\"----\") is a conversion artefact; dropped."));
                i++;
                continue;
            }

            if (SpaceAlignedText.IsPageNumber(line))
            {
                document.ReaderNotes.Add(SpaceAlignedText.PageNumberNote(i, line));
                i++;
                continue;
            }

            if (IsTableLine(line))
            {
                i = ReadTable(lines, i, blocks, document, entries);
                continue;
            }

            if (!TextNormalizer.IsBlank(line))
            {
                blocks.Add(new SourceParagraph(line, SourceLocation.AtLine(i + 1)));
            }

            i++;
        }

        WrappedLabels.AttachLabelsAbove(blocks);
        return document;
    }

    private static bool IsTableLine(string line) => (line.Contains('\t', StringComparison.Ordinal) && !TextNormalizer.IsBlank(line)) || IsMarkdownRow(line);

    private static bool IsMarkdownRow(string line)
    {
        var trimmed = TextNormalizer.TrimLayoutSpan(line);
        return trimmed.Length > 1 && trimmed[0] == '|' && trimmed[1..].Contains('|');
    }

    // Room for the lines of one statutory table (rows, blank separators, wrapped labels).
    private const int TableLines = 256;

    private static int ReadTable(string[] lines, int start, List<SourceBlock> blocks, SourceDocument document, List<(int Line, LineKind Kind)> entries)
    {
        // Gather the lines of the table: table lines, blank lines (row separators) and short continuation lines. The
        // list (shared by the document's tables) starts with room for a statutory table's lines, 256 at most: grown
        // from empty it was copied some seven times, and sized for the rest of the text it took 8 bytes per line of a
        // long document for a table of twenty.
        entries.Clear();
        entries.EnsureCapacity(Math.Min(lines.Length - start, TableLines));
        var i = start;
        while (i < lines.Length)
        {
            var line = lines[i];
            if (IsRuleLine(line))
            {
                document.ReaderNotes.Add(new ExtractionNote(ExtractionNoteCodes.ArtefactRemoved, NoteSeverity.Info, null, SourceLocation.AtLine(i + 1), line,
                    "Markdown 分隔线是转换残留，已删除。", "A Markdown rule line is a conversion artefact; dropped."));
                i++;
                continue;
            }

            if (SpaceAlignedText.IsPageNumber(line))
            {
                document.ReaderNotes.Add(SpaceAlignedText.PageNumberNote(i, line));
                i++;
                continue;
            }

            if (line.Contains('\t', StringComparison.Ordinal) || IsMarkdownRow(line))
            {
                entries.Add((i, LineKind.Cells));
            }
            else if (TextNormalizer.IsBlank(line))
            {
                entries.Add((i, LineKind.Blank));
            }
            else if (entries.Count > 0 && entries[^1].Kind != LineKind.Blank && IsIndentedCell(lines[entries[^1].Line], entries[^1].Kind) && IsContinuation(line))
            {
                entries.Add((i, LineKind.Continuation));
            }
            else
            {
                break;
            }

            i++;
        }

        while (entries.Count > 0 && entries[^1].Kind == LineKind.Blank)
        {
            entries.RemoveAt(entries.Count - 1);
        }

        var delimited = false;
        foreach (var (line, kind) in entries)
        {
            if (kind != LineKind.Cells)
            {
                continue;
            }

            var text = lines[line];
            var firstTab = text.IndexOf('\t', StringComparison.Ordinal);
            if (IsMarkdownRow(text) || (firstTab >= 0 && (!TextNormalizer.IsBlank(text.AsSpan(0, firstTab)) || text.IndexOf('\t', firstTab + 1) >= 0)))
            {
                delimited = true;
                break;
            }
        }

        var rows = delimited ? DelimitedRows(lines, entries) : IndentedRows(lines, entries);
        var cellCount = 0;
        foreach (var row in rows)
        {
            cellCount += row.Count;
        }

        if (cellCount < 3)
        {
            // A stray tab-indented line (an indented title) is not a table.
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    if (!TextNormalizer.IsBlank(cell.Text))
                    {
                        blocks.Add(new SourceParagraph(cell.Text, cell.Location));
                    }
                }
            }

            return i;
        }

        var sourceRows = new List<SourceRow>(rows.Count);
        foreach (var row in rows)
        {
            sourceRows.Add(new SourceRow(row));
        }

        blocks.Add(new SourceTable(sourceRows, delimited || rows.Count > 1, SourceLocation.AtLine(start + 1)));
        return i;
    }

    /// <summary>Tab-separated or Markdown rows: one line, one row.</summary>
    private static List<List<SourceCell>> DelimitedRows(string[] lines, List<(int Line, LineKind Kind)> entries)
    {
        var rows = new List<List<SourceCell>>();
        for (var e = 0; e < entries.Count; e++)
        {
            var (line, kind) = entries[e];
            if (kind != LineKind.Cells)
            {
                continue; // blank; or continuation lines before any row, which have no cell to continue
            }

            var text = lines[line];
            string[] parts;
            if (IsMarkdownRow(text))
            {
                var trimmed = TextNormalizer.TrimLayout(text);
                parts = trimmed.Trim('|').Split('|');
                if (Array.TrueForAll(parts, p => MarkdownSeparatorRegex().IsMatch(p)))
                {
                    continue;
                }
            }
            else
            {
                parts = SplitCells(text);
            }

            var row = new List<SourceCell>(parts.Length);
            for (var c = 0; c < parts.Length; c++)
            {
                var cellText = c == parts.Length - 1 ? WithContinuations(parts[c], lines, entries, e) : parts[c];
                row.Add(new SourceCell(cellText, SourceLocation.AtLine(line + 1, c + 1)));
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// The cells of a tab-separated line, as <c>Split('\t')</c> cuts them, with a count's text shared
    /// (<see cref="PlainCounts.TextOf"/>) instead of cut out of the line once more.
    /// </summary>
    private static string[] SplitCells(string line)
    {
        var parts = new string[line.AsSpan().Count('\t') + 1];
        var rest = line.AsSpan();
        for (var p = 0; p < parts.Length - 1; p++)
        {
            var tab = rest.IndexOf('\t');
            parts[p] = PlainCounts.TextOf(rest[..tab]);
            rest = rest[(tab + 1)..];
        }

        parts[^1] = PlainCounts.TextOf(rest);
        return parts;
    }

    /// <summary>
    /// A cell's text with the continuation lines that follow its line (a header broken over lines), joined once: adding
    /// them one at a time copied the growing text per line.
    /// </summary>
    private static string WithContinuations(string text, string[] lines, List<(int Line, LineKind Kind)> entries, int entry)
    {
        var last = entry + 1;
        while (last < entries.Count && entries[last].Kind == LineKind.Continuation)
        {
            last++;
        }

        if (last == entry + 1)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text);
        for (var e = entry + 1; e < last; e++)
        {
            builder.Append('\n').Append(lines[entries[e].Line]);
        }

        return builder.ToString();
    }

    /// <summary>Tab-indented cells, one per line; blank lines separate rows; lines without a tab continue the cell above.</summary>
    private static List<List<SourceCell>> IndentedRows(string[] lines, List<(int Line, LineKind Kind)> entries)
    {
        var rows = new List<List<SourceCell>>();
        List<SourceCell>? current = null;
        for (var e = 0; e < entries.Count; e++)
        {
            var (line, kind) = entries[e];
            switch (kind)
            {
                case LineKind.Blank:
                    current = null;
                    break;
                case LineKind.Continuation:
                    break; // joined to the cell above by WithContinuations
                default:
                    if (current is null)
                    {
                        current = new List<SourceCell>(CellsOfRow(entries, e));
                        rows.Add(current);
                    }

                    var text = lines[line];
                    var tab = text.IndexOf('\t', StringComparison.Ordinal);
                    current.Add(new SourceCell(WithContinuations(tab >= 0 ? PlainCounts.TextOf(text.AsSpan(tab + 1)) : text, lines, entries, e), SourceLocation.AtLine(line + 1)));
                    break;
            }
        }

        return rows;
    }

    /// <summary>The cells of the indented row that starts at <paramref name="entry"/> (up to the next blank line), to size its list once.</summary>
    private static int CellsOfRow(List<(int Line, LineKind Kind)> entries, int entry)
    {
        var count = 0;
        for (var e = entry; e < entries.Count && entries[e].Kind != LineKind.Blank; e++)
        {
            count += entries[e].Kind == LineKind.Cells ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// A line without a tab right under a tab-indented single cell continues that cell (a header broken over lines:
    /// 商业 / 企业, 自 / 然 / 人). Only short lines, and never a heading or a table caption.
    /// </summary>
    private static bool IsContinuation(string line)
    {
        var trimmed = TextNormalizer.TrimLayoutSpan(line);
        return trimmed.Length is > 0 and <= 12 && !HeadingStartRegex().IsMatch(trimmed) && !trimmed.Contains("第二十", StringComparison.Ordinal) && trimmed[^1] != '项';
    }

    private static bool IsIndentedCell(string previous, LineKind kind)
    {
        if (kind == LineKind.Continuation)
        {
            return true;
        }

        var tab = previous.IndexOf('\t', StringComparison.Ordinal);
        return tab >= 0 && TextNormalizer.IsBlank(previous.AsSpan(0, tab)) && previous.IndexOf('\t', tab + 1) < 0;
    }

    private static bool IsRuleLine(string line)
    {
        var dashes = 0;
        foreach (var c in line)
        {
            if (c is '-' or '=' or '_' or '*' or ':')
            {
                dashes++;
            }
            else if (c is not ('\t' or '|') && !TextNormalizer.IsLayoutSpace(c))
            {
                return false;
            }
        }

        return dashes >= 3;
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十]+[）)])", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingStartRegex();

    [GeneratedRegex(@"^\s*:?-{3,}:?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownSeparatorRegex();

    private enum LineKind
    {
        Cells,
        Blank,
        Continuation,
    }
}
