using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// Reads a PDF's text layer (PdfPig) into paragraphs and tables: letters are grouped into lines by their baselines and
/// into chunks at wide gaps and at the table's vertical ruling lines; the positioned lines then go through the same
/// builder as space-aligned text (<see cref="AlignedTableBuilder"/>), with the horizontal ruling lines telling which
/// lines make one table row (a label wrapped inside its cell). A table continued on the next page simply continues:
/// the table reader works across pages. Page numbers in the bottom and top margins are dropped. Told by its "%PDF-"
/// header; the budgets of <see cref="PdfBudget"/> are checked before PdfPig reads any page.
/// </summary>
internal sealed class PdfDocumentReader : IDocumentFormatReader
{
    /// <summary>The one instance (the reader keeps no state between documents).</summary>
    public static readonly PdfDocumentReader Instance = new();

    private PdfDocumentReader()
    {
    }

    public SourceFormat Format => SourceFormat.Pdf;

    public IReadOnlyList<string> FilePatterns { get; } = ["*.pdf"];

    public bool CanRead(FormatInput input, ExtractionOptions options) => IsPdf(input.Bytes);

    public FormatRead Read(FormatInput input, ExtractionOptions options)
    {
        var pdf = input.Bytes;
        if (pdf.Length > options.MaxPdfBytes)
        {
            return FormatRead.TooLarge(pdf.Length, options.MaxPdfBytes);
        }

        if (!IsPdf(pdf))
        {
            return FormatRead.Refused("输入不是 PDF 文件（没有“%PDF-”文件头）。", "The input is not a PDF file (no \"%PDF-\" header).");
        }

        try
        {
            return Read(pdf, options);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not StackOverflowException)
        {
            // PdfPig reports a damaged or encrypted file with its own exception types.
            return FormatRead.Refused("PDF 文件无法读取：" + exception.Message, "The PDF file cannot be read: " + exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>A gap wider than this share of the font size separates two chunks of a line.</summary>
    private const double ChunkGap = 0.9;

    /// <summary>Share of the page height at the top and bottom where a lone number is a page number.</summary>
    private const double MarginShare = 0.08;

    /// <summary>Reads a PDF's bytes; PdfPig's exceptions are left to the caller.</summary>
    private static FormatRead Read(byte[] pdf, ExtractionOptions options)
    {
        if (PdfBudget.CheckReferenceLoops(pdf) is { } loop)
        {
            return loop;
        }

        // The budget inflates every stream a page uses before PdfPig reads one; PdfPig then takes those bytes instead of
        // inflating them again.
        var decodedStreams = new PdfDecodedStreams();
        using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false, FilterProvider = decodedStreams });
        var pages = document.NumberOfPages;
        if (pages > options.MaxPdfPages)
        {
            return FormatRead.Refused(
                $"PDF 页数过多（{pages.ToString(CultureInfo.InvariantCulture)} 页，上限 {options.MaxPdfPages.ToString(CultureInfo.InvariantCulture)} 页），未读取。",
                $"The PDF has too many pages ({pages.ToString(CultureInfo.InvariantCulture)}; the limit is {options.MaxPdfPages.ToString(CultureInfo.InvariantCulture)}); not read.",
                ExtractionNoteCodes.InputTooLarge);
        }

        if (PdfBudget.Check(document, options, decodedStreams) is { } overBudget)
        {
            return overBudget;
        }

        var lines = new List<LayoutLine>();
        var rulings = new PdfRulings();
        var letters = 0;
        var images = 0;
        var notes = new List<ExtractionNote>();
        using var buffers = new PageBuffers();
        for (var number = 1; number <= pages; number++)
        {
            var page = document.GetPage(number);
            letters += page.Letters.Count;
            images += page.NumberOfImages;
            if (letters > options.MaxPdfLetters)
            {
                return FormatRead.Refused(
                    $"PDF 文字过多（超过 {options.MaxPdfLetters.ToString(CultureInfo.InvariantCulture)} 个字符），未读取。",
                    $"The PDF holds too much text (more than {options.MaxPdfLetters.ToString(CultureInfo.InvariantCulture)} characters); not read.",
                    ExtractionNoteCodes.InputTooLarge);
            }

            var frame = PdfPageFrame.Of(page);
            var segments = rulings.AddPage(page, frame);
            if (segments.Count > options.MaxPdfPageRulings)
            {
                return FormatRead.Refused(
                    $"PDF 第 {number.ToString(CultureInfo.InvariantCulture)} 页的表格线过多（{segments.Count.ToString(CultureInfo.InvariantCulture)} 段，上限 {options.MaxPdfPageRulings.ToString(CultureInfo.InvariantCulture)} 段），未读取。",
                    $"Page {number.ToString(CultureInfo.InvariantCulture)} of the PDF draws too many ruling lines ({segments.Count.ToString(CultureInfo.InvariantCulture)} segments; the limit is {options.MaxPdfPageRulings.ToString(CultureInfo.InvariantCulture)}); not read.",
                    ExtractionNoteCodes.InputTooLarge);
            }

            var skipped = ReadPage(page, frame, segments, lines, notes, buffers);
            var where = new SourceLocation(Page: number);
            var n = number.ToString(CultureInfo.InvariantCulture);
            if (frame.IsRotated)
            {
                var degrees = frame.Degrees.ToString(CultureInfo.InvariantCulture);
                notes.Add(new ExtractionNote(ExtractionNoteCodes.PdfPageRotated, NoteSeverity.Info, null, where, null,
                    $"第 {n} 页的文字旋转了 {degrees}°，已按阅读方向读取（位置以阅读方向计）。",
                    $"The text of page {n} is turned {degrees}°; read in its reading direction (positions are given in that direction)."));
            }

            if (skipped > 0)
            {
                var count = skipped.ToString(CultureInfo.InvariantCulture);
                notes.Add(new ExtractionNote(ExtractionNoteCodes.PdfTextSkipped, NoteSeverity.Warning, null, where, null,
                    $"第 {n} 页有 {count} 个字符的书写方向与该页正文不同（如印章、侧注、竖排表头），未读取。",
                    $"{count} character(s) on page {n} run in another direction than the page's text (a stamp, a side note, a turned header); not read."));
            }
        }

        var (characters, undecodable) = CountCharacters(lines);
        if (characters > 0 && undecodable * 2 > characters)
        {
            return FormatRead.Refused(
                $"PDF 的文本层无法解码：{characters.ToString(CultureInfo.InvariantCulture)} 个字符中有 {undecodable.ToString(CultureInfo.InvariantCulture)} 个没有 Unicode 映射（字体缺少 ToUnicode 表）。请先用 OCR（文字识别）处理，再提取。",
                $"The PDF's text layer cannot be decoded: {undecodable.ToString(CultureInfo.InvariantCulture)} of its {characters.ToString(CultureInfo.InvariantCulture)} characters have no Unicode mapping (fonts without a ToUnicode table). Run OCR first, then extract that.",
                ExtractionNoteCodes.PdfWithoutText);
        }

        if (CountText(lines) == 0)
        {
            var what = images > 0 ? "只有图像（扫描件）" : "没有可读取的文字";
            var whatEn = images > 0 ? "only images (a scan)" : "no readable text";
            return FormatRead.Refused(
                $"PDF 没有文本层：{pages.ToString(CultureInfo.InvariantCulture)} 页中{what}。请先用 OCR（文字识别）生成带文本层的 PDF 或文本/Markdown，再提取。",
                $"The PDF has no text layer: its {pages.ToString(CultureInfo.InvariantCulture)} page(s) hold {whatEn}. Run OCR first (to a PDF with a text layer, or to text or Markdown), then extract that.",
                ExtractionNoteCodes.PdfWithoutText);
        }

        var blocks = new List<SourceBlock>();
        var result = new SourceDocument(SourceFormat.Pdf, blocks);
        foreach (var note in notes)
        {
            result.ReaderNotes.Add(note);
        }

        AlignedTableBuilder.Build(lines, rulings, blocks, cellLocations: true);
        return FormatRead.Read(result);
    }

    /// <summary>Characters of the text layer, and those that carry no text: private-use code points, U+FFFD, controls.</summary>
    internal static (int Characters, int Undecodable) CountCharacters(List<LayoutLine> lines)
    {
        var characters = 0;
        var undecodable = 0;
        foreach (var line in lines)
        {
            foreach (var chunk in line.Chunks)
            {
                foreach (var c in chunk.Text)
                {
                    characters++;
                    if (c is >= '\uE000' and <= '\uF8FF' or '\uFFFD' || char.IsControl(c))
                    {
                        undecodable++;
                    }
                }
            }
        }

        return (characters, undecodable);
    }

    private static int CountText(List<LayoutLine> lines)
    {
        var count = 0;
        foreach (var line in lines)
        {
            count += line.Chunks.Count;
        }

        return count;
    }

    /// <summary>Reads the lines of one page in its reading direction.</summary>
    /// <returns>The letters left out because they run in another direction.</returns>
    private static int ReadPage(Page page, PdfPageFrame frame, PageSegments segments, List<LayoutLine> lines, List<ExtractionNote> notes, PageBuffers buffers)
    {
        var letters = page.Letters;
        var glyphs = buffers.Glyphs(letters.Count);
        var count = 0;
        var skipped = 0;
        var across = frame.Degrees is 90 or 270;
        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                continue;
            }

            if (!frame.Reads(letter.TextOrientation))
            {
                skipped++;
                continue;
            }

            var box = letter.BoundingBox;
            var size = letter.PointSize > 0.5 ? letter.PointSize : Math.Max(1, across ? box.Width : box.Height);
            var (startX, baseline) = frame.Map(letter.StartBaseLine);
            var (endX, _) = frame.Map(letter.EndBaseLine);
            var left = Math.Min(startX, endX);
            var right = Math.Max(startX, endX);
            if (right - left < 0.1)
            {
                right = left + Math.Max(across ? box.Height : box.Width, size * 0.5);
            }

            glyphs[count] = new Glyph(letter.Value, left, right, baseline, size, count);
            count++;
        }

        if (count == 0)
        {
            return skipped;
        }

        // Lines: glyphs whose baselines lie within a third of the font size, top to bottom. A struct comparer (no
        // delegate) and index arrays instead of a list per line: this runs once per letter of every page.
        var sorted = glyphs.AsSpan(0, count);
        sorted.Sort();
        var groupOf = buffers.GroupOf(count);
        var firsts = buffers.Firsts;
        firsts.Clear();
        for (var i = 0; i < count; i++)
        {
            var glyph = sorted[i];
            var target = -1;
            for (var g = firsts.Count - 1; g >= 0 && g >= firsts.Count - 3; g--)
            {
                var first = sorted[firsts[g]];
                if (Math.Abs(first.Baseline - glyph.Baseline) <= Math.Min(first.Size, glyph.Size) / 3)
                {
                    target = g;
                    break;
                }
            }

            if (target < 0)
            {
                target = firsts.Count;
                firsts.Add(i);
            }

            groupOf[i] = target;
        }

        // Members of each group in glyph order (a counting sort by group), then left to right within the group.
        var groups = firsts.Count;
        var starts = buffers.Starts(groups + 1);
        for (var i = 0; i < count; i++)
        {
            starts[groupOf[i] + 1]++;
        }

        for (var g = 0; g < groups; g++)
        {
            starts[g + 1] += starts[g];
        }

        var members = buffers.Members(count);
        var fill = buffers.Fill(groups);
        for (var i = 0; i < count; i++)
        {
            var g = groupOf[i];
            members[starts[g] + fill[g]++] = new LeftKey(sorted[i].Left, i);
        }

        var text = buffers.Text;
        for (var g = 0; g < groups; g++)
        {
            var group = members.AsSpan(starts[g], starts[g + 1] - starts[g]);
            group.Sort();
            var head = glyphs[group[0].Index];
            var baseline = head.Baseline;
            var size = head.Size;
            var top = baseline - (size * 0.8);
            var bottom = baseline + (size * 0.2);
            // Chunks gather in a reused list and are copied at their exact count: most lines have one or two.
            var chunks = buffers.Chunks;
            chunks.Clear();
            text.Clear();
            var chunkLeft = head.Left;
            var previous = head;
            text.Append(previous.Text);
            for (var i = 1; i <= group.Length; i++)
            {
                var glyph = i < group.Length ? glyphs[group[i].Index] : default;
                var split = i == group.Length || glyph.Left - previous.Right > ChunkGap * Math.Max(previous.Size, glyph.Size) || segments.VerticalBetween(previous.Right, glyph.Left, top, bottom);
                if (split)
                {
                    chunks.Add(new LayoutChunk(text.ToString(), chunkLeft, previous.Right, Location(page.Number, chunkLeft, top)));
                    if (i == group.Length)
                    {
                        break;
                    }

                    text.Clear();
                    chunkLeft = glyph.Left;
                }
                else if (glyph.Left - previous.Right > 0.25 * Math.Max(previous.Size, glyph.Size) && IsLatin(previous.Text) && IsLatin(glyph.Text))
                {
                    text.Append(' '); // a word space in Latin text
                }

                text.Append(glyph.Text);
                previous = glyph;
            }

            // The line starts where its first chunk does: the same location, not a second equal one.
            var line = new LayoutLine(page.Number, top, bottom, new List<LayoutChunk>(chunks), chunks[0].Location);
            if (IsPageNumber(line, frame.ReadingHeight))
            {
                notes.Add(new ExtractionNote(ExtractionNoteCodes.ArtefactRemoved, NoteSeverity.Info, null, line.Location, line.Text,
                    "页码是版面残留，已删除。", "A page number is a layout artefact; dropped."));
                continue;
            }

            lines.Add(line);
        }

        return skipped;
    }

    /// <summary>A PDF starts with "%PDF-", possibly after a little junk (the format allows up to 1 KB before it).</summary>
    private static bool IsPdf(ReadOnlySpan<byte> content)
    {
        var head = content.Length > 1024 ? content[..1024] : content;
        return head.IndexOf("%PDF-"u8) >= 0;
    }

    private static bool IsLatin(string text) => text.Length > 0 && text[0] < 0x2E80;

    private static bool IsPageNumber(LayoutLine line, double pageHeight)
    {
        if (line.Top > pageHeight * MarginShare && line.Bottom < pageHeight * (1 - MarginShare))
        {
            return false;
        }

        var digits = 0;
        foreach (var chunk in line.Chunks)
        {
            foreach (var c in chunk.Text)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
                else if (c is not ('-' or '—' or '–' or '－' or '第' or '页' or '/' or ' ' or '共'))
                {
                    return false;
                }
            }
        }

        return digits is > 0 and <= 4;
    }

    private static SourceLocation Location(int page, double x, double y)
        => new(Page: page, X: Math.Round(x, 1), Y: Math.Round(y, 1));

    /// <summary>
    /// A letter in top-down coordinates. Ordered top to bottom, then left to right; the drawing order breaks ties, so the
    /// result does not depend on the sort algorithm. IComparable (not a comparer) lets the runtime sort without a delegate.
    /// </summary>
    private readonly record struct Glyph(string Text, double Left, double Right, double Baseline, double Size, int Order) : IComparable<Glyph>
    {
        public int CompareTo(Glyph other)
        {
            var c = Baseline.CompareTo(other.Baseline);
            if (c == 0)
            {
                c = Left.CompareTo(other.Left);
            }

            return c != 0 ? c : Order.CompareTo(other.Order);
        }
    }

    /// <summary>A glyph's place in the line order: its left edge, then its index in the top-down order (no ties).</summary>
    private readonly record struct LeftKey(double Left, int Index) : IComparable<LeftKey>
    {
        public int CompareTo(LeftKey other)
        {
            var c = Left.CompareTo(other.Left);
            return c != 0 ? c : Index.CompareTo(other.Index);
        }
    }

    /// <summary>
    /// Arrays reused from page to page, rented from the shared pool: a page of 1,800 letters needs more than the 85 KB
    /// above which an array goes to the large-object heap, which only a full collection frees.
    /// </summary>
    private sealed class PageBuffers : IDisposable
    {
        private Glyph[] glyphs = [];
        private int[] groupOf = [];
        private LeftKey[] members = [];
        private int[] starts = [];
        private int[] fill = [];

        public List<int> Firsts { get; } = [];

        public List<LayoutChunk> Chunks { get; } = [];

        public StringBuilder Text { get; } = new();

        public Glyph[] Glyphs(int count) => Ensure(ref glyphs, count);

        public int[] GroupOf(int count) => Ensure(ref groupOf, count);

        public LeftKey[] Members(int count) => Ensure(ref members, count);

        public int[] Starts(int count)
        {
            var result = Ensure(ref starts, count);
            Array.Clear(result, 0, count);
            return result;
        }

        public int[] Fill(int count)
        {
            var result = Ensure(ref fill, count);
            Array.Clear(result, 0, count);
            return result;
        }

        public void Dispose()
        {
            Return(ref glyphs);
            Return(ref groupOf);
            Return(ref members);
            Return(ref starts);
            Return(ref fill);
        }

        private static T[] Ensure<T>(ref T[] array, int count)
        {
            if (array.Length < count)
            {
                Return(ref array);
                array = ArrayPool<T>.Shared.Rent(count);
            }

            return array;
        }

        private static void Return<T>(ref T[] array)
        {
            if (array.Length > 0)
            {
                ArrayPool<T>.Shared.Return(array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            }

            array = [];
        }
    }
}
