using System;

namespace GovInfoReport.Extraction;

/// <summary>Limits that keep extraction bounded whatever the input holds.</summary>
public sealed class ExtractionOptions
{
    /// <summary>The defaults.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>The longest text or HTML accepted, in characters (default 4,000,000; a real report is 5–60 thousand).</summary>
    public int MaxInputChars { get; init; } = 4_000_000;

    /// <summary>The largest DOCX accepted, in bytes (default 32 MiB).</summary>
    public int MaxDocxBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>The most characters read from one DOCX part (default 16,000,000): a guard against decompression bombs.</summary>
    public long MaxDocxPartChars { get; init; } = 16_000_000;

    /// <summary>The largest PDF accepted, in bytes (default 64 MiB; a real report is 0.2–5 MB).</summary>
    public int MaxPdfBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>The most pages read from one PDF (default 300; a real report has 3–30).</summary>
    public int MaxPdfPages { get; init; } = 300;

    /// <summary>The most characters read from one PDF's text layer (default 2,000,000; a real report has 5–60 thousand).</summary>
    public int MaxPdfLetters { get; init; } = 2_000_000;

    /// <summary>
    /// The most content operations on one PDF page (default 200,000; the real and seed report pages have 970–6,600), counted before
    /// PdfPig reads the page: one per operator and one per byte of shown text, a form XObject counted at each use.
    /// </summary>
    public int MaxPdfPageOperations { get; init; } = 200_000;

    /// <summary>The most content operations in one PDF, counted as for <see cref="MaxPdfPageOperations"/> (default 2,000,000; a real 10-page report has about 28,000).</summary>
    public int MaxPdfOperations { get; init; } = 2_000_000;

    /// <summary>
    /// The most bytes the content streams, forms and font programs of one PDF may decompress to (default 64 MiB): a guard
    /// against decompression bombs, checked while decompressing, before PdfPig decompresses anything of a page.
    /// </summary>
    public long MaxPdfDecodedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most ruling-line segments on one PDF page (default 5,000; the ruled real and seed pages have at most 53): past it the page is refused, since every line of text is checked against them.</summary>
    public int MaxPdfPageRulings { get; init; } = 5_000;

    /// <summary>
    /// The deepest nesting of HTML elements or DOCX XML elements accepted (default 256; real reports nest 10–40 deep).
    /// Checked by a streaming scan before any tree is built.
    /// </summary>
    public int MaxMarkupDepth { get; init; } = 256;

    /// <summary>The most HTML elements, or XML elements over a DOCX's parts, accepted (default 500,000; a 370 KB Word-paste page has about 10,000).</summary>
    public int MaxMarkupElements { get; init; } = 500_000;

    /// <summary>
    /// The most notes one document gets (default 1,000; a real report has 5–60). Past it the list ends with one
    /// <see cref="ExtractionNoteCodes.NotesTruncated"/> note, as a validation issue list ends at its limit.
    /// </summary>
    public int MaxNotes { get; init; } = 1000;

    /// <summary>Checks that every limit is positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public void Validate()
    {
        if (MaxInputChars <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxInputChars), MaxInputChars, "Must be positive.");
        }

        if (MaxDocxBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDocxBytes), MaxDocxBytes, "Must be positive.");
        }

        if (MaxMarkupDepth <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxMarkupDepth), MaxMarkupDepth, "Must be positive.");
        }

        if (MaxMarkupElements <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxMarkupElements), MaxMarkupElements, "Must be positive.");
        }

        if (MaxNotes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxNotes), MaxNotes, "Must be positive.");
        }

        if (MaxDocxPartChars <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDocxPartChars), MaxDocxPartChars, "Must be positive.");
        }

        if (MaxPdfBytes <= 0 || MaxPdfPages <= 0 || MaxPdfLetters <= 0)
        {
            throw new ArgumentOutOfRangeException(MaxPdfBytes <= 0 ? nameof(MaxPdfBytes) : MaxPdfPages <= 0 ? nameof(MaxPdfPages) : nameof(MaxPdfLetters), "Must be positive.");
        }

        if (MaxPdfPageOperations <= 0 || MaxPdfOperations <= 0 || MaxPdfDecodedBytes <= 0 || MaxPdfPageRulings <= 0)
        {
            throw new ArgumentOutOfRangeException(
                MaxPdfPageOperations <= 0 ? nameof(MaxPdfPageOperations) : MaxPdfOperations <= 0 ? nameof(MaxPdfOperations) : MaxPdfDecodedBytes <= 0 ? nameof(MaxPdfDecodedBytes) : nameof(MaxPdfPageRulings),
                "Must be positive.");
        }
    }
}
