using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// The work a PDF would cost PdfPig, measured before PdfPig does it. PdfPig has no timeout or cancellation and builds
/// every letter and path of a page at once, so a 20 KB file whose page shows two million one-letter strings takes
/// seconds and a gigabyte. Before any page is read, this walks the page tree, decodes (with a cap) every content
/// stream, form and font program the pages use, and counts the content operations: operators, plus the bytes of the
/// strings they show (each may become a letter), with a form counted once per use. Budgets are checked as the count
/// grows, so a hostile file costs at most one budget's worth of decoding and counting.
/// </summary>
internal sealed class PdfBudget
{
    /// <summary>Forms nested deeper than this are refused (real reports nest none or one).</summary>
    private const int MaxFormDepth = 16;

    /// <summary>A chain of objects that are only references to the next, longer than this, is a loop.</summary>
    private const int MaxReferenceHops = 64;

    /// <summary>Page tree levels deeper than this are refused (a real tree has two or three).</summary>
    private const int MaxTreeDepth = 64;

    private static readonly NameToken[] FontFiles = [NameToken.FontFile, NameToken.FontFile2, NameToken.FontFile3];

    /// <summary>Image codecs and encryption: PdfPig does not decode these while reading a page's text.</summary>
    private static readonly HashSet<string> UndecodedFilters =
    [
        NameToken.DctDecode.Data, NameToken.DctDecodeAbbreviation.Data, NameToken.JpxDecode.Data, NameToken.Jbig2Decode.Data,
        NameToken.CcittfaxDecode.Data, NameToken.CcittfaxDecodeAbbreviation.Data, NameToken.Crypt.Data,
    ];

    private readonly IPdfTokenScanner scanner;
    private readonly ExtractionOptions options;
    private readonly PdfDecodedStreams? decodedStreams;
    private readonly Dictionary<IndirectReference, long> forms = [];
    private readonly HashSet<IndirectReference> formsInProgress = [];
    private readonly HashSet<IndirectReference> decoded = [];
    private long decodedBytes;
    // Rented for one check and returned at its end: every report needs them, and a page's content can outgrow 85 KB
    // (a large-object-heap array, which only a full collection frees).
    private byte[] inflateBuffer = [];
    private byte[] contentBuffer = [];

    private PdfBudget(IPdfTokenScanner scanner, ExtractionOptions options, PdfDecodedStreams? decodedStreams)
    {
        this.decodedStreams = decodedStreams;
        this.scanner = scanner;
        this.options = options;
    }

    /// <summary>The content operations of each page checked so far, in page order.</summary>
    public List<long> PageOperations { get; } = [];

    /// <summary>The bytes decoded so far (content streams, forms, font programs and ToUnicode maps).</summary>
    public long DecodedBytes => decodedBytes;

    /// <summary>Objects whose whole body is a reference to another object (<c>6 0 obj 7 0 R endobj</c>), in the file's bytes.</summary>
    private static readonly Regex ReferenceObject = new(@"(?<!\d)(\d{1,10})\s+(\d{1,5})\s+obj\s*(\d{1,10})\s+(\d{1,5})\s+R\s*endobj$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    /// <summary>
    /// Refuses a file in which objects refer to each other in a loop (<c>6 0 obj 7 0 R endobj 7 0 obj 6 0 R endobj</c>):
    /// PdfPig follows such a chain by recursion and dies of a stack overflow, which no catch can stop. Checked on the raw
    /// bytes before PdfPig opens the file (it resolves the page tree while opening).
    /// </summary>
    public static FormatRead? CheckReferenceLoops(byte[] pdf)
    {
        // Only an "endobj" right after "R" can close such an object: the pattern is tried on the few bytes before those.
        var targets = new Dictionary<(long, int), (long, int)>();
        var bytes = pdf.AsSpan();
        for (var at = bytes.IndexOf("endobj"u8); at >= 0; at = NextEndobj(bytes, at))
        {
            var before = at - 1;
            while (before >= 0 && bytes[before] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or 0 or 12)
            {
                before--;
            }

            if (before < 0 || bytes[before] != 'R')
            {
                continue;
            }

            var from = Math.Max(0, at - 80);
            var match = ReferenceObject.Match(Encoding.Latin1.GetString(bytes[from..(at + 6)]));
            if (match.Success
                && long.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && int.TryParse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var generation)
                && long.TryParse(match.Groups[3].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var target)
                && int.TryParse(match.Groups[4].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var targetGeneration))
            {
                targets[(number, generation)] = (target, targetGeneration);
            }
        }

        foreach (var start in targets.Keys)
        {
            var current = start;
            for (var hops = 0; targets.TryGetValue(current, out var next); hops++)
            {
                if (hops > MaxReferenceHops)
                {
                    return LoopRefusal(start.Item1);
                }

                current = next;
            }
        }

        return null;
    }

    private static int NextEndobj(ReadOnlySpan<byte> bytes, int at)
    {
        var next = bytes[(at + 6)..].IndexOf("endobj"u8);
        return next < 0 ? -1 : at + 6 + next;
    }

    /// <summary>The same check over the objects PdfPig parsed (those in object streams included), before any page is read.</summary>
    private static FormatRead? CheckReferenceLoops(PdfDocument document)
    {
        var scanner = document.Structure.TokenScanner;
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            var current = scanner.Get(reference)?.Data;
            for (var hops = 0; current is IndirectReferenceToken next; hops++)
            {
                if (hops > MaxReferenceHops)
                {
                    return LoopRefusal(reference.ObjectNumber);
                }

                current = scanner.Get(next.Data)?.Data;
            }
        }

        return null;
    }

    private static FormatRead LoopRefusal(long number)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        return FormatRead.Refused($"PDF 对象之间的引用形成循环（从对象 {n} 开始），文件已损坏，未读取。", $"The PDF's objects refer to each other in a loop (from object {n}); the file is damaged; not read.");
    }

    /// <summary>Checks every page of <paramref name="document"/> against the budgets of <paramref name="options"/>.</summary>
    /// <returns>Null when the document is within them; otherwise the refusal, naming the page and the budget.</returns>
    /// <param name="document">The document, opened but no page read.</param>
    /// <param name="options">The budgets.</param>
    /// <param name="decodedStreams">Where the inflated streams are kept for PdfPig (the document's filter provider); null to keep none.</param>
    public static FormatRead? Check(PdfDocument document, ExtractionOptions options, PdfDecodedStreams? decodedStreams = null)
        => Check(document, options, out _, decodedStreams);

    /// <summary>As <see cref="Check(PdfDocument, ExtractionOptions, PdfDecodedStreams?)"/>, with the counts made.</summary>
    internal static FormatRead? Check(PdfDocument document, ExtractionOptions options, out PdfBudget measured, PdfDecodedStreams? decodedStreams = null)
    {
        var budget = measured = new PdfBudget(document.Structure.TokenScanner, options, decodedStreams);
        budget.inflateBuffer = ArrayPool<byte>.Shared.Rent(16384);
        budget.contentBuffer = ArrayPool<byte>.Shared.Rent(65536);
        try
        {
            return budget.CheckPages(document);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(budget.inflateBuffer);
            ArrayPool<byte>.Shared.Return(budget.contentBuffer);
            budget.inflateBuffer = budget.contentBuffer = [];
        }
    }

    private FormatRead? CheckPages(PdfDocument document)
    {
        if (CheckReferenceLoops(document) is { } loop)
        {
            return loop;
        }

        var pages = new List<(DictionaryToken Page, DictionaryToken? Resources)>();
        if (!DirectObjectFinder.TryGet<DictionaryToken>(document.Structure.Catalog.CatalogDictionary.Data.GetValueOrDefault(NameToken.Pages.Data), scanner, out var root))
        {
            return null; // no page tree of its own: PdfPig's repair decides, and the letter limit still applies
        }

        if (!CollectPages(root, null, 0, pages, []))
        {
            return Refused("PDF 的页面树嵌套过深或页面过多，未读取。", "The PDF's page tree is nested too deeply or holds too many pages; not read.");
        }

        var operations = 0L;
        for (var index = 0; index < pages.Count; index++)
        {
            var (page, resources) = pages[index];
            var number = (index + 1).ToString(CultureInfo.InvariantCulture);
            if (!TryCountStreams(page.Data.GetValueOrDefault(NameToken.Contents.Data), resources, 0, out var pageOperations, out var why))
            {
                return Refused($"PDF 第 {number} 页{why.Zh}，未读取。", $"Page {number} of the PDF {why.En}; not read.");
            }

            operations += pageOperations;
            PageOperations.Add(pageOperations);
            if (pageOperations > options.MaxPdfPageOperations)
            {
                return Refused(
                    $"PDF 第 {number} 页的内容操作过多（{pageOperations.ToString(CultureInfo.InvariantCulture)} 个，上限 {options.MaxPdfPageOperations.ToString(CultureInfo.InvariantCulture)} 个），未读取。",
                    $"Page {number} of the PDF holds too many content operations ({pageOperations.ToString(CultureInfo.InvariantCulture)}; the limit is {options.MaxPdfPageOperations.ToString(CultureInfo.InvariantCulture)}); not read.");
            }

            if (operations > options.MaxPdfOperations)
            {
                return Refused(
                    $"PDF 的内容操作过多（到第 {number} 页已超过 {options.MaxPdfOperations.ToString(CultureInfo.InvariantCulture)} 个），未读取。",
                    $"The PDF holds too many content operations (more than {options.MaxPdfOperations.ToString(CultureInfo.InvariantCulture)} by page {number}); not read.");
            }
        }

        return null;
    }

    private static FormatRead Refused(string zh, string en) => FormatRead.Refused(zh, en, ExtractionNoteCodes.InputTooLarge);

    /// <summary>The leaf pages in document order, each with the resources it has or inherits.</summary>
    private bool CollectPages(DictionaryToken node, DictionaryToken? inherited, int depth, List<(DictionaryToken, DictionaryToken?)> pages, HashSet<DictionaryToken> seen)
    {
        if (depth > MaxTreeDepth || pages.Count > options.MaxPdfPages || !seen.Add(node))
        {
            return depth <= MaxTreeDepth && pages.Count <= options.MaxPdfPages; // a loop is PdfPig's to reject; it reads each page once
        }

        var resources = DirectObjectFinder.TryGet<DictionaryToken>(node.Data.GetValueOrDefault(NameToken.Resources.Data), scanner, out var own) ? own : inherited;
        if (!DirectObjectFinder.TryGet<ArrayToken>(node.Data.GetValueOrDefault(NameToken.Kids.Data), scanner, out var kids))
        {
            pages.Add((node, resources));
            return true;
        }

        foreach (var kid in kids.Data)
        {
            if (DirectObjectFinder.TryGet<DictionaryToken>(kid, scanner, out var child) && !CollectPages(child, resources, depth + 1, pages, seen))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Counts the operations of a content stream or array of them, with the forms they draw.</summary>
    private bool TryCountStreams(IToken? contents, DictionaryToken? resources, int depth, out long count, out (string Zh, string En) why)
    {
        count = 0;
        why = default;
        var streams = new List<StreamToken>();
        if (DirectObjectFinder.TryGet<StreamToken>(contents, scanner, out var single))
        {
            streams.Add(single);
        }
        else if (DirectObjectFinder.TryGet<ArrayToken>(contents, scanner, out var array))
        {
            foreach (var item in array.Data)
            {
                if (DirectObjectFinder.TryGet<StreamToken>(item, scanner, out var part))
                {
                    streams.Add(part);
                }
            }
        }

        if (!TryCountFonts(resources, out why))
        {
            return false;
        }

        foreach (var stream in streams)
        {
            if (!TryDecode(stream, keep: true, out var bytes, out why))
            {
                return false;
            }

            var scan = PdfContentScan.Count(bytes);
            count += scan.Operations;
            if (scan.Drawn is null)
            {
                continue;
            }

            foreach (var (name, uses) in scan.Drawn)
            {
                if (!TryCountForm(name, resources, depth, out var form, out why))
                {
                    return false;
                }

                count += form * uses;
                if (count > options.MaxPdfPageOperations)
                {
                    return true; // already over: the caller names the page
                }
            }
        }

        return true;
    }

    /// <summary>The operations one use of the XObject <paramref name="name"/> costs: its content when it is a form, nothing for an image.</summary>
    private bool TryCountForm(string name, DictionaryToken? resources, int depth, out long count, out (string Zh, string En) why)
    {
        count = 0;
        why = default;
        if (resources is null
            || !DirectObjectFinder.TryGet<DictionaryToken>(resources.Data.GetValueOrDefault(NameToken.Xobject.Data), scanner, out var xobjects)
            || !xobjects.Data.TryGetValue(name, out var entry)
            || !DirectObjectFinder.TryGet<StreamToken>(entry, scanner, out var stream)
            || !(stream.StreamDictionary.Data.GetValueOrDefault(NameToken.Subtype.Data) is NameToken { Data: var subtype } && subtype == NameToken.Form.Data))
        {
            return true;
        }

        var reference = (entry as IndirectReferenceToken)?.Data;
        if (reference is { } known)
        {
            if (forms.TryGetValue(known, out count))
            {
                return true;
            }

            if (!formsInProgress.Add(known))
            {
                return true; // a form that draws itself: PdfPig stops the recursion; count it once
            }
        }

        if (depth >= MaxFormDepth)
        {
            why = ($"的表单对象嵌套过深（超过 {MaxFormDepth} 层）", $"nests form XObjects too deeply (more than {MaxFormDepth} levels)");
            return false;
        }

        var own = DirectObjectFinder.TryGet<DictionaryToken>(stream.StreamDictionary.Data.GetValueOrDefault(NameToken.Resources.Data), scanner, out var formResources) ? formResources : resources;
        var ok = TryCountStreams(stream, own, depth + 1, out count, out why);
        if (reference is { } done)
        {
            formsInProgress.Remove(done);
            forms[done] = count;
        }

        return ok;
    }

    /// <summary>Decodes (with the cap) the font programs and ToUnicode maps of the fonts in <paramref name="resources"/>: PdfPig parses them in full.</summary>
    private bool TryCountFonts(DictionaryToken? resources, out (string Zh, string En) why)
    {
        why = default;
        if (resources is null || !DirectObjectFinder.TryGet<DictionaryToken>(resources.Data.GetValueOrDefault(NameToken.Font.Data), scanner, out var fonts))
        {
            return true;
        }

        foreach (var entry in fonts.Data.Values)
        {
            if (!DirectObjectFinder.TryGet<DictionaryToken>(entry, scanner, out var font))
            {
                continue;
            }

            var dictionaries = new List<DictionaryToken> { font };
            if (DirectObjectFinder.TryGet<ArrayToken>(font.Data.GetValueOrDefault(NameToken.DescendantFonts.Data), scanner, out var descendants))
            {
                foreach (var descendant in descendants.Data)
                {
                    if (DirectObjectFinder.TryGet<DictionaryToken>(descendant, scanner, out var child))
                    {
                        dictionaries.Add(child);
                    }
                }
            }

            foreach (var dictionary in dictionaries)
            {
                var streams = new List<IToken?> { dictionary.Data.GetValueOrDefault(NameToken.ToUnicode.Data) };
                if (DirectObjectFinder.TryGet<DictionaryToken>(dictionary.Data.GetValueOrDefault(NameToken.FontDescriptor.Data), scanner, out var descriptor))
                {
                    foreach (var file in FontFiles)
                    {
                        streams.Add(descriptor.Data.GetValueOrDefault(file.Data));
                    }
                }

                foreach (var token in streams)
                {
                    if (token is IndirectReferenceToken reference && !decoded.Add(reference.Data))
                    {
                        continue; // shared by several fonts or pages: decoded once, as PdfPig caches it
                    }

                    if (DirectObjectFinder.TryGet<StreamToken>(token, scanner, out var stream) && !TryDecode(stream, keep: false, out _, out why))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    /// <summary>Decodes a stream, stopping as soon as the document's decoded bytes pass <see cref="ExtractionOptions.MaxPdfDecodedBytes"/>.</summary>
    private bool TryDecode(StreamToken stream, bool keep, out ReadOnlySpan<byte> bytes, out (string Zh, string En) why)
    {
        bytes = default;
        why = default;
        var filters = new List<NameToken>();
        switch (stream.StreamDictionary.Data.GetValueOrDefault(NameToken.Filter.Data))
        {
            case NameToken name:
                filters.Add(name);
                break;
            case ArrayToken array:
                foreach (var item in array.Data)
                {
                    if (item is NameToken named)
                    {
                        filters.Add(named);
                    }
                }

                break;
        }

        var data = stream.Data;
        var notKept = 0L;
        var index = 0;
        foreach (var filter in filters)
        {
            if (filter.Data == NameToken.FlateDecode.Data || filter.Data == NameToken.FlateDecodeAbbreviation.Data)
            {
                // PdfPig's Flate filter gets the stream's own bytes only as the first filter.
                var offerTo = index == 0 && decodedStreams is not null && PdfDecodedStreams.CanKeep(stream) ? decodedStreams : null;
                if (!TryInflate(data, keep || index + 1 < filters.Count, offerTo, out data, out notKept))
                {
                    why = Exceeded();
                    return false;
                }
            }
            else if (UndecodedFilters.Contains(filter.Data))
            {
                break;
            }
            else
            {
                // ASCII85/ASCIIHex shrink their input; LZW and RunLength are rare and bounded by PdfPig's own decoders.
                try
                {
                    data = DefaultFilterProvider.Instance.GetNamedFilters([filter])[0].Decode(data, stream.StreamDictionary, DefaultFilterProvider.Instance, index);
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    return true; // PdfPig reports the damage when it reads the page
                }
            }

            index++;
        }

        decodedBytes += data.Length + notKept;
        if (decodedBytes > options.MaxPdfDecodedBytes)
        {
            why = Exceeded();
            return false;
        }

        if (keep)
        {
            bytes = data.Span;
        }

        return true;
    }

    private (string Zh, string En) Exceeded()
    {
        var limit = options.MaxPdfDecodedBytes.ToString(CultureInfo.InvariantCulture);
        return ($"解压后的数据过大（全文件超过 {limit} 字节）", $"decompresses to too much data (more than {limit} bytes for the file)");
    }

    /// <summary>Inflates zlib data (as PdfPig does: the two header bytes skipped, a damaged tail tolerated) up to the remaining budget.</summary>
    /// <param name="compressed">The zlib data.</param>
    /// <param name="keep">Whether the caller needs the bytes (to scan them, or for the next filter).</param>
    /// <param name="offerTo">Where a whole, undamaged inflation is kept for PdfPig; null when it cannot use it.</param>
    /// <param name="result">The bytes when kept; empty otherwise.</param>
    /// <param name="notKept">The length inflated when the bytes are not kept (it still counts against the budget); 0 otherwise.</param>
    private bool TryInflate(Memory<byte> compressed, bool keep, PdfDecodedStreams? offerTo, out Memory<byte> result, out long notKept)
    {
        var remaining = options.MaxPdfDecodedBytes - decodedBytes;
        result = Memory<byte>.Empty;
        notKept = 0;
        if (compressed.Length < 2)
        {
            return true;
        }

        using var input = MemoryMarshal.TryGetArray<byte>(compressed[2..], out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(compressed[2..].ToArray(), writable: false);
        using var inflater = new DeflateStream(input, CompressionMode.Decompress);
        // Kept bytes go to one reused buffer: they are scanned before the next stream is decoded. Not when the input
        // is that buffer itself (Flate applied twice).
        var collect = keep || offerTo is not null;
        var reuse = collect && !(MemoryMarshal.TryGetArray<byte>(compressed, out var source) && ReferenceEquals(source.Array, contentBuffer));
        var output = collect && !reuse ? new MemoryStream() : null;
        var complete = true;
        var length = 0;
        long total = 0;
        try
        {
            int read;
            while ((read = inflater.Read(inflateBuffer, 0, inflateBuffer.Length)) > 0)
            {
                total += read;
                if (total > remaining)
                {
                    return false;
                }

                if (reuse)
                {
                    if (contentBuffer.Length < length + read)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(contentBuffer.Length * 2L, length + read), Array.MaxLength));
                        contentBuffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(contentBuffer);
                        contentBuffer = larger;
                    }

                    inflateBuffer.AsSpan(0, read).CopyTo(contentBuffer.AsSpan(length));
                    length += read;
                }
                else
                {
                    output?.Write(inflateBuffer, 0, read);
                }
            }
        }
        catch (InvalidDataException)
        {
            // A damaged tail: the count keeps what inflated; PdfPig decodes such a stream its own way, so it is not offered.
            complete = false;
        }

        var inflated = reuse ? contentBuffer.AsMemory(0, length) : output is null ? Memory<byte>.Empty : output.GetBuffer().AsMemory(0, (int)output.Length);
        if (complete)
        {
            offerTo?.Keep(compressed, inflated.Span);
        }

        // Only the length counts when the bytes are not kept (a font program): a placeholder of that length is not built.
        result = keep ? inflated : Memory<byte>.Empty;
        output?.Dispose();
        notKept = keep ? 0 : total;
        return true;
    }
}
