using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace GovInfoReport.Extraction.Documents;

/// <summary>The input format a document was read from.</summary>
public enum SourceFormat
{
    /// <summary>Plain text (any of the conversions seen in published reports).</summary>
    Text,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>A Word (.docx) document.</summary>
    Docx,

    /// <summary>Blocks built by the caller (another reader).</summary>
    Blocks,

    /// <summary>A PDF with a text layer (words with their positions).</summary>
    Pdf,
}

/// <summary>
/// The common intermediate every input format is turned into: the document's paragraphs and tables in reading order.
/// One table reader works on it, whatever the format was.
/// </summary>
public sealed class SourceDocument
{
    /// <summary>Creates a document.</summary>
    /// <param name="format">The format it was read from.</param>
    /// <param name="blocks">The paragraphs and tables, in reading order.</param>
    public SourceDocument(SourceFormat format, IReadOnlyList<SourceBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        Format = format;
        Blocks = blocks;
    }

    /// <summary>The format the document was read from.</summary>
    public SourceFormat Format { get; }

    /// <summary>The paragraphs and tables, in reading order.</summary>
    public IReadOnlyList<SourceBlock> Blocks { get; }

    /// <summary>The title the format carries apart from the body (an HTML page's &lt;title&gt;), or null.</summary>
    public string? Title { get; init; }

    /// <summary>The character encoding the bytes were decoded with (e.g. "utf-8", "gb18030"), or null when the input was given as text.</summary>
    public string? Encoding { get; set; }

    /// <summary>Notes the reader made while building the blocks (artefacts dropped, limits hit).</summary>
    public IList<ExtractionNote> ReaderNotes { get; } = new List<ExtractionNote>();

    /// <summary>A plain-text rendering (paragraphs as lines, table rows as tab-separated lines), for diagnostics.</summary>
    /// <returns>The text.</returns>
    public string ToPlainText()
    {
        var builder = new StringBuilder();
        foreach (var block in Blocks)
        {
            if (block is SourceParagraph paragraph)
            {
                builder.Append(paragraph.Text).Append('\n');
            }
            else if (block is SourceTable table)
            {
                foreach (var row in table.Rows)
                {
                    for (var i = 0; i < row.Cells.Count; i++)
                    {
                        if (i > 0)
                        {
                            builder.Append('\t');
                        }

                        builder.Append(row.Cells[i].Text.Replace('\n', ' ').Replace('\t', ' '));
                    }

                    builder.Append('\n');
                }
            }
        }

        return builder.ToString();
    }
}

/// <summary>A paragraph or a table of a <see cref="SourceDocument"/>.</summary>
public abstract class SourceBlock
{
    private protected SourceBlock(SourceLocation location) => Location = location ?? throw new ArgumentNullException(nameof(location));

    /// <summary>Where the block starts in the source.</summary>
    public SourceLocation Location { get; }
}

/// <summary>One paragraph (one line of a text file, one &lt;p&gt; of a page, one w:p of a DOCX).</summary>
public sealed class SourceParagraph : SourceBlock
{
    /// <summary>Creates a paragraph.</summary>
    /// <param name="text">The text as published (artefacts included).</param>
    /// <param name="location">Where it is.</param>
    public SourceParagraph(string text, SourceLocation location)
        : base(location)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    /// <summary>The text as published.</summary>
    public string Text { get; }

    // The paragraph as a cell, made when first asked for.
    private SourceCell? asCell;

    /// <summary>
    /// The paragraph as a cell, made when first asked for and then the same instance (the table readers keep a cell's
    /// parsed value on it, and every pass over the items must see one cell). Made on demand: only paragraphs in a table
    /// region are read as cells (anchor searches read texts), and making one for every paragraph of a document was a
    /// sixth of what a report printed one cell per line allocated.
    /// </summary>
    internal SourceCell AsCell()
    {
        if (Volatile.Read(ref asCell) is { } cell)
        {
            return cell;
        }

        // Two threads reading one document publish one cell between them.
        var made = new SourceCell(Text, Location);
        return Interlocked.CompareExchange(ref asCell, made, null) ?? made;
    }
}

/// <summary>A table: rows of cells as they appear in the source (a merged cell appears once, where it starts).</summary>
public sealed class SourceTable : SourceBlock
{
    /// <summary>Creates a table.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="rowsAreReliable">
    /// Whether row boundaries are known (true for HTML, DOCX and delimited text); false when the source gives
    /// cells without row boundaries (one cell per line, no separators), so readers must not rely on them.
    /// </param>
    /// <param name="location">Where the table starts.</param>
    public SourceTable(IReadOnlyList<SourceRow> rows, bool rowsAreReliable, SourceLocation location)
        : base(location)
    {
        Rows = rows ?? throw new ArgumentNullException(nameof(rows));
        RowsAreReliable = rowsAreReliable;
    }

    /// <summary>The rows, top to bottom.</summary>
    public IReadOnlyList<SourceRow> Rows { get; }

    /// <summary>Whether row boundaries are known.</summary>
    public bool RowsAreReliable { get; }
}

/// <summary>A table row.</summary>
public sealed class SourceRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="cells">The cells, left to right.</param>
    public SourceRow(IReadOnlyList<SourceCell> cells) => Cells = cells ?? throw new ArgumentNullException(nameof(cells));

    /// <summary>The cells, left to right.</summary>
    public IReadOnlyList<SourceCell> Cells { get; }
}

/// <summary>A table cell.</summary>
public sealed class SourceCell
{
    /// <summary>Creates a cell.</summary>
    /// <param name="text">The text as published; lines of a multi-line cell are joined with '\n'.</param>
    /// <param name="location">Where it is.</param>
    /// <param name="columnSpan">How many grid columns it spans (1 when not merged).</param>
    /// <param name="rowSpan">How many grid rows it spans (1 when not merged).</param>
    /// <param name="isMergeContinuation">
    /// True for the placeholder of a cell merged from the row above (DOCX vMerge continue, HTML rowspan): it has no text
    /// of its own, and a value must never be read from it.
    /// </param>
    public SourceCell(string text, SourceLocation location, int columnSpan = 1, int rowSpan = 1, bool isMergeContinuation = false)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Location = location ?? throw new ArgumentNullException(nameof(location));
        if (columnSpan > 1 || rowSpan > 1 || isMergeContinuation)
        {
            rare = new Rare { ColumnSpan = Math.Max(1, columnSpan), RowSpan = Math.Max(1, rowSpan), IsMergeContinuation = isMergeContinuation };
        }
    }

    // What only merged and inferred cells have is kept apart (null for an ordinary cell): a text report's some 350 cells
    // are all ordinary, and the five fields of their own made every cell 72 bytes instead of 48.
    private Rare? rare;

    /// <summary>The text as published.</summary>
    public string Text { get; }

    /// <summary>Where it is.</summary>
    public SourceLocation Location { get; }

    /// <summary>Grid columns spanned.</summary>
    public int ColumnSpan => rare?.ColumnSpan ?? 1;

    /// <summary>Grid rows spanned.</summary>
    public int RowSpan => rare?.RowSpan ?? 1;

    /// <summary>Whether this is the placeholder of a vertically merged cell.</summary>
    public bool IsMergeContinuation => rare?.IsMergeContinuation ?? false;

    /// <summary>For a merge continuation, the cell it continues (the one that holds the text), when the reader knows it.</summary>
    public SourceCell? MergedFrom
    {
        get => rare?.MergedFrom;
        init
        {
            if (value is not null || rare is not null)
            {
                (rare ??= new Rare()).MergedFrom = value;
            }
        }
    }

    /// <summary>
    /// Set when the cell's text was not printed as a cell of its own but inferred (a run of digits split by the table's
    /// arithmetic); the value is then marked inferred in provenance and the rules used are not assessable for it.
    /// </summary>
    public CellInference? Inference
    {
        get => rare?.Inference;
        init
        {
            if (value is not null || rare is not null)
            {
                (rare ??= new Rare()).Inference = value;
            }
        }
    }

    /// <summary>The cell read as a value, computed once (the reader asks several times).</summary>
    internal Values.ParsedCell? ParsedValue { get; set; }

    /// <summary>A merged or inferred cell's properties; written only while the cell is made (constructor, init).</summary>
    private sealed class Rare
    {
        public int ColumnSpan { get; init; } = 1;

        public int RowSpan { get; init; } = 1;

        public bool IsMergeContinuation { get; init; }

        public SourceCell? MergedFrom { get; set; }

        public CellInference? Inference { get; set; }
    }
}

/// <summary>How a cell's text was inferred rather than printed as a cell of its own.</summary>
/// <param name="RunText">The printed run of digits the value was cut from.</param>
/// <param name="Rules">The consistency rules (R1–R4) used to choose the one admissible split; empty when the split was unique by digit count alone.</param>
public sealed record CellInference(string RunText, IReadOnlyList<string> Rules)
{
    /// <summary>A short description for provenance.</summary>
    public string Describe() => Rules.Count == 0
        ? $"inferred: the only split of the run-together digits \"{RunText}\" into the row's columns"
        : $"inferred: the only split of the run-together digits \"{RunText}\" under which {string.Join(", ", Rules)} hold";
}

/// <summary>
/// Where something is in the source: a line (and cell) of a text file, or a table/row/column or paragraph of an
/// HTML or DOCX document. All numbers are one-based.
/// </summary>
/// <param name="Line">Line of a text file.</param>
/// <param name="Cell">Cell within a delimited text line.</param>
/// <param name="Table">Table number in the document.</param>
/// <param name="Row">Row within the table.</param>
/// <param name="Column">Grid column within the row.</param>
/// <param name="Paragraph">Paragraph number in the document.</param>
/// <param name="Page">Page of a PDF.</param>
/// <param name="X">Left edge on the PDF page, in points from the left.</param>
/// <param name="Y">Top edge on the PDF page, in points from the top.</param>
public sealed record SourceLocation(int? Line = null, int? Cell = null, int? Table = null, int? Row = null, int? Column = null, int? Paragraph = null, int? Page = null, double? X = null, double? Y = null)
{
    // The nine optional numbers are kept as plain fields and one mask of which are present: 64 bytes a location instead
    // of 104 for nine nullable fields. Text extraction makes a location per cell, some 400 per report. Equality (the
    // record's, over the fields) is unchanged: an absent number is 0 in its field and clear in the mask.
    private int line = Line.GetValueOrDefault();
    private int cell = Cell.GetValueOrDefault();
    private int table = Table.GetValueOrDefault();
    private int row = Row.GetValueOrDefault();
    private int column = Column.GetValueOrDefault();
    private int paragraph = Paragraph.GetValueOrDefault();
    private int page = Page.GetValueOrDefault();
    private double x = X.GetValueOrDefault();
    private double y = Y.GetValueOrDefault();
    private ushort present = Mask(Line.HasValue, Cell.HasValue, Table.HasValue, Row.HasValue, Column.HasValue, Paragraph.HasValue, Page.HasValue, X.HasValue, Y.HasValue);

    /// <summary>Line of a text file.</summary>
    public int? Line
    {
        get => Get(line, 0);
        init => Set(ref line, 0, value);
    }

    /// <summary>Cell within a delimited text line.</summary>
    public int? Cell
    {
        get => Get(cell, 1);
        init => Set(ref cell, 1, value);
    }

    /// <summary>Table number in the document.</summary>
    public int? Table
    {
        get => Get(table, 2);
        init => Set(ref table, 2, value);
    }

    /// <summary>Row within the table.</summary>
    public int? Row
    {
        get => Get(row, 3);
        init => Set(ref row, 3, value);
    }

    /// <summary>Grid column within the row.</summary>
    public int? Column
    {
        get => Get(column, 4);
        init => Set(ref column, 4, value);
    }

    /// <summary>Paragraph number in the document.</summary>
    public int? Paragraph
    {
        get => Get(paragraph, 5);
        init => Set(ref paragraph, 5, value);
    }

    /// <summary>Page of a PDF.</summary>
    public int? Page
    {
        get => Get(page, 6);
        init => Set(ref page, 6, value);
    }

    /// <summary>Left edge on the PDF page, in points from the left.</summary>
    public double? X
    {
        get => Get(x, 7);
        init => Set(ref x, 7, value);
    }

    /// <summary>Top edge on the PDF page, in points from the top.</summary>
    public double? Y
    {
        get => Get(y, 8);
        init => Set(ref y, 8, value);
    }

    /// <summary>A text line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="cell">The cell in a delimited line, if any.</param>
    /// <returns>The location; the same instance for the same line and cell (a location is immutable).</returns>
    public static SourceLocation AtLine(int line, int? cell = null) => LineLocations.At(line, cell);

    /// <summary>A table cell.</summary>
    /// <param name="table">The table.</param>
    /// <param name="row">The row.</param>
    /// <param name="column">The grid column.</param>
    /// <returns>The location.</returns>
    public static SourceLocation AtCell(int table, int row, int column) => new(Table: table, Row: row, Column: column);

    /// <summary>A paragraph.</summary>
    /// <param name="paragraph">The paragraph number.</param>
    /// <returns>The location.</returns>
    public static SourceLocation AtParagraph(int paragraph) => new(Paragraph: paragraph);

    private static ushort Mask(params ReadOnlySpan<bool> present)
    {
        var mask = 0;
        for (var i = 0; i < present.Length; i++)
        {
            mask |= present[i] ? 1 << i : 0;
        }

        return (ushort)mask;
    }

    private T? Get<T>(T field, int bit)
        where T : struct
        => (present & (1 << bit)) != 0 ? field : null;

    private void Set<T>(ref T field, int bit, T? value)
        where T : struct
    {
        field = value.GetValueOrDefault();
        present = (ushort)(value.HasValue ? present | (1 << bit) : present & ~(1 << bit));
    }

    /// <inheritdoc />
    public override string ToString()
    {
        Span<char> stack = stackalloc char[128];
        if (TryFormat(stack, out var length))
        {
            return new string(stack[..length]);
        }

        // Only extreme coordinates (e.g. 1e300 points) get here; 2 KB holds any combination of parts.
        var heap = new char[2048];
        _ = TryFormat(heap, out length);
        return new string(heap, 0, length);
    }

    /// <summary>
    /// Writes the location as <see cref="ToString"/> reads it ("page 2, line 12, cell 3") without building a string:
    /// an extraction result has a location per value, some 200 per report, and the CLI writes them all.
    /// </summary>
    /// <param name="destination">Where the text goes.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns>False when <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        var any = false;
        return Part(Page, "page ", destination, ref charsWritten, ref any)
            && Part(Line, "line ", destination, ref charsWritten, ref any)
            && Part(Cell, "cell ", destination, ref charsWritten, ref any)
            && Part(Table, "table ", destination, ref charsWritten, ref any)
            && Part(Row, "row ", destination, ref charsWritten, ref any)
            && Part(Column, "column ", destination, ref charsWritten, ref any)
            && Part(Paragraph, "paragraph ", destination, ref charsWritten, ref any)
            && Point(destination, ref charsWritten, ref any)
            && (any || Append("document", destination, ref charsWritten));
    }

    private static bool Part(int? value, string label, Span<char> destination, ref int length, ref bool any)
    {
        if (value is not { } number)
        {
            return true;
        }

        if (!Separate(destination, ref length, ref any) || !Append(label, destination, ref length)
            || !number.TryFormat(destination[length..], out var written, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        length += written;
        return true;
    }

    private bool Point(Span<char> destination, ref int length, ref bool any)
    {
        if (X is not { } x || Y is not { } y)
        {
            return true;
        }

        if (!Separate(destination, ref length, ref any) || !Append("at (", destination, ref length)
            || !x.TryFormat(destination[length..], out var written, "0.#", CultureInfo.InvariantCulture))
        {
            return false;
        }

        length += written;
        if (!Append(", ", destination, ref length) || !y.TryFormat(destination[length..], out written, "0.#", CultureInfo.InvariantCulture))
        {
            return false;
        }

        length += written;
        return Append(") pt", destination, ref length);
    }

    private static bool Separate(Span<char> destination, ref int length, ref bool any)
    {
        var first = !any;
        any = true;
        return first || Append(", ", destination, ref length);
    }

    private static bool Append(string text, Span<char> destination, ref int length)
    {
        if (!text.AsSpan().TryCopyTo(destination[length..]))
        {
            return false;
        }

        length += text.Length;
        return true;
    }
}
