using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Xml;
using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// Turns a Word document into paragraphs and tables, streaming (a ZIP archive and an XML reader: no reflection, so it
/// runs under trimming and Native AOT). The main document part is found through the package relationships
/// (<see cref="DocxPackage"/>); body paragraphs and tables are read in order (content controls are read through); a
/// cell's paragraphs are joined with line breaks; w:gridSpan gives the column span; a w:vMerge continuation cell is
/// marked as a merge continuation (<see cref="DocxBodyReader"/>). Part sizes are bounded. As a format reader it is told
/// by the ZIP signature, opens the archive once and parses each part it needs once: nesting depth and element count
/// (<see cref="ExtractionOptions.MaxMarkupDepth"/>, <see cref="ExtractionOptions.MaxMarkupElements"/>) are counted in
/// that same pass over the package relationships and the main document part (<see cref="MarkupBudget"/>), and past
/// either the read stops with a located refusal. The other parts (styles, numbering, themes, headers, …) are never
/// parsed, so whatever markup they hold, however large or malformed, neither counts nor costs anything.
/// </summary>
public sealed class DocxDocumentReader : IDocumentFormatReader
{
    /// <summary>The one instance behind <see cref="IDocumentFormatReader"/>.</summary>
    internal static readonly DocxDocumentReader Instance = new();

    private DocxDocumentReader()
    {
    }

    SourceFormat IDocumentFormatReader.Format => SourceFormat.Docx;

    IReadOnlyList<string> IDocumentFormatReader.FilePatterns { get; } = ["*.docx"];

    bool IDocumentFormatReader.CanRead(FormatInput input, ExtractionOptions options) => IsZip(input.Bytes);

    FormatRead IDocumentFormatReader.Read(FormatInput input, ExtractionOptions options)
    {
        var docx = input.Bytes;
        if (docx.Length > options.MaxDocxBytes)
        {
            return FormatRead.TooLarge(docx.Length, options.MaxDocxBytes);
        }

        if (docx.Length < 4 || !IsZip(docx))
        {
            return FormatRead.Refused("输入不是 DOCX 文件（不是 ZIP 包）。", "The input is not a DOCX file (not a ZIP package).");
        }

        try
        {
            using var buffer = new MemoryStream(docx, writable: false);
            return FormatRead.Read(Read(buffer, options.MaxDocxPartChars, new MarkupBudget(options.MaxMarkupDepth, options.MaxMarkupElements)));
        }
        catch (MarkupLimitException exception)
        {
            return FormatRead.LimitExceeded(exception.Exceeded);
        }
        catch (InvalidDataException exception)
        {
            return FormatRead.Refused("DOCX 文件无法读取：" + exception.Message, "The DOCX file cannot be read: " + exception.Message);
        }
        catch (IOException exception)
        {
            return FormatRead.Refused("DOCX 文件无法读取：" + exception.Message, "The DOCX file cannot be read: " + exception.Message);
        }
    }

    private static bool IsZip(byte[] content) => content is [(byte)'P', (byte)'K', ..];

    /// <summary>Reads a DOCX package into the common intermediate.</summary>
    /// <param name="docx">The package (seekable or not; a non-seekable stream is copied).</param>
    /// <param name="maxPartCharacters">The most characters read from one part (a guard against decompression bombs).</param>
    /// <returns>The document.</returns>
    /// <exception cref="InvalidDataException">
    /// The stream is not a readable DOCX package: not a ZIP archive, no main document part (the package relationships
    /// name none, or name a part the archive lacks), XML that is malformed, has a DTD or is longer than
    /// <paramref name="maxPartCharacters"/>, or a table cell whose w:gridSpan is not a number or whose w:vMerge value is
    /// neither "restart" nor "continue".
    /// </exception>
    /// <remarks>
    /// Nesting depth and element count are not bounded here (the reader does not recurse: depth costs a list entry, not
    /// stack); <see cref="ReportExtractor"/> bounds them with <see cref="ExtractionOptions.MaxMarkupDepth"/> and
    /// <see cref="ExtractionOptions.MaxMarkupElements"/> in the same pass.
    /// </remarks>
    public static SourceDocument Read(Stream docx, long maxPartCharacters = 16_000_000)
    {
        ArgumentNullException.ThrowIfNull(docx);
        return Read(docx, maxPartCharacters, MarkupBudget.Unlimited());
    }

    /// <summary>
    /// Reads a DOCX package, counting every element of the parts it parses (the package relationships, then the main
    /// document part) against <paramref name="budget"/> as it goes. Parts it does not read (styles, numbering, themes,
    /// headers, …) are not parsed at all, so no markup in them is counted or can cost anything.
    /// </summary>
    /// <exception cref="InvalidDataException">As <see cref="Read(Stream, long)"/>.</exception>
    /// <exception cref="MarkupLimitException">A part read nests deeper or the parts read hold more elements than the budget allows.</exception>
    private static SourceDocument Read(Stream docx, long maxPartCharacters, MarkupBudget budget)
    {
        var settings = UntrustedXml.Settings(maxPartCharacters);
        settings.IgnoreProcessingInstructions = true;
        try
        {
            using var archive = new ZipArchive(docx, ZipArchiveMode.Read, leaveOpen: true);

            // A part shorter than an XML declaration's first four bytes has no root element: the SDK gave no document.
            if (DocxPackage.MainDocument(archive, settings, budget, out var strict) is not { Length: >= 4 } main)
            {
                throw NoBody();
            }

            using var part = main.Open();
            using var reader = XmlReader.Create(part, settings);
            var blocks = DocxBodyReader.Read(reader, strict, budget, main.FullName) ?? throw NoBody();
            return new SourceDocument(SourceFormat.Docx, blocks);
        }
        catch (XmlException exception)
        {
            throw new InvalidDataException(exception.Message, exception);
        }
        catch (IOException exception)
        {
            throw new InvalidDataException(exception.Message, exception);
        }
        catch (NotSupportedException exception)
        {
            throw new InvalidDataException(exception.Message, exception);
        }
    }

    private static InvalidDataException NoBody() => new("The package has no document body.");
}
