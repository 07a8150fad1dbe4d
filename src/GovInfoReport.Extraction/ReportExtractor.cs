using System;
using System.Collections.Generic;
using System.IO;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Readers;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;

namespace GovInfoReport.Extraction;

/// <summary>
/// Reads published 政府信息公开工作年度报告 into payloads of the statutory templates, deterministically and by rules
/// only (no network, no model). Every input format is first turned into a <see cref="SourceDocument"/> (paragraphs and
/// tables); one table reader then reads the statutory tables from it.
/// </summary>
/// <remarks>
/// <para>The template version is decided per sub-table (hybrids exist) and reported in
/// <see cref="ExtractionResult.SubTables"/>. The payload's version is the majority of the Article 20 sub-tables whose
/// headers tell the version (二（一）（五）（六）（八）, and （九） which exists only in 2019: the version-defining tables);
/// on a tie, the layout of table 三's （六） rows decides (one row: 2019, sub-rows 1–3: 2021); failing that, the report
/// year (2021 on: 2021). A sub-table of the other version is converted only where the conversion is exact (处理决定数量;
/// a （六） row that is 0); anything else is left out with a note.</para>
/// <para>Values that cannot be read with confidence are left out of the payload (validation then reports them missing)
/// and noted; nothing is guessed. These methods never throw for bad content: an unreadable, binary or oversized input
/// gives a result with <see cref="ExtractionStatus.Unreadable"/> and a reason.</para>
/// </remarks>
public static class ReportExtractor
{
    /// <summary>Extracts a report from plain text (any of the layouts the published conversions show).</summary>
    /// <param name="text">The text.</param>
    /// <param name="sourceName">A name for the source (file name, URL), kept in the result.</param>
    /// <param name="options">Limits; <see cref="ExtractionOptions.Default"/> when null.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ExtractionResult Extract(string text, string? sourceName = null, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ExtractionOptions.Default;
        options.Validate();
        return Run(FormatReaders.Text, FormatInput.OfText(text), sourceName, options);
    }

    /// <summary>Extracts a report from an HTML page.</summary>
    /// <param name="html">The page.</param>
    /// <param name="sourceName">A name for the source, kept in the result.</param>
    /// <param name="options">Limits; <see cref="ExtractionOptions.Default"/> when null.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static ExtractionResult ExtractHtml(string html, string? sourceName = null, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        options ??= ExtractionOptions.Default;
        options.Validate();
        return Run(FormatReaders.Html, FormatInput.OfText(html), sourceName, options);
    }

    /// <summary>Extracts a report from a Word (.docx) document.</summary>
    /// <param name="docx">The package; read to its end (up to the size limit).</param>
    /// <param name="sourceName">A name for the source, kept in the result.</param>
    /// <param name="options">Limits; <see cref="ExtractionOptions.Default"/> when null.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="docx"/> is null.</exception>
    public static ExtractionResult ExtractDocx(Stream docx, string? sourceName = null, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(docx);
        options ??= ExtractionOptions.Default;
        options.Validate();
        MemoryStream buffer;
        try
        {
            buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = docx.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > options.MaxDocxBytes)
                {
                    return Unreadable(sourceName, SourceFormat.Docx, FormatRead.TooLarge(buffer.Length, options.MaxDocxBytes));
                }
            }
        }
        catch (IOException exception)
        {
            return Unreadable(sourceName, SourceFormat.Docx, "读取 DOCX 数据流失败：" + exception.Message, "Reading the DOCX stream failed: " + exception.Message);
        }

        using (buffer)
        {
            return Run(FormatReaders.Docx, FormatInput.OfBytes(buffer.ToArray()), sourceName, options);
        }
    }

    /// <summary>
    /// The file name patterns of the formats this library reads (<c>*.pdf</c>, <c>*.txt</c>, <c>*.md</c>, <c>*.htm</c>,
    /// <c>*.html</c>, <c>*.docx</c>): what a folder of published reports contributes. The content, not the name,
    /// decides how a file is read (<see cref="ExtractBytes(ReadOnlySpan{byte}, string?, ExtractionOptions?)"/>).
    /// </summary>
    public static IReadOnlyList<string> SupportedFilePatterns => FormatReaders.FilePatterns;

    /// <summary>Extracts a report from a PDF with a text layer.</summary>
    /// <param name="pdf">The PDF's bytes.</param>
    /// <param name="sourceName">A name for the source, kept in the result.</param>
    /// <param name="options">Limits; <see cref="ExtractionOptions.Default"/> when null.</param>
    /// <returns>The result; a PDF without a text layer (a scan) is <see cref="ExtractionStatus.Unreadable"/> with a
    /// note (<see cref="ExtractionNoteCodes.PdfWithoutText"/>) that says to run OCR first.</returns>
    public static ExtractionResult ExtractPdf(ReadOnlySpan<byte> pdf, string? sourceName = null, ExtractionOptions? options = null)
    {
        options ??= ExtractionOptions.Default;
        options.Validate();
        if (pdf.Length > options.MaxPdfBytes)
        {
            // Checked before the copy the reader needs, so an oversized span is not copied.
            return Unreadable(sourceName, SourceFormat.Pdf, FormatRead.TooLarge(pdf.Length, options.MaxPdfBytes));
        }

        return Run(FormatReaders.Pdf, FormatInput.OfBytes(pdf.ToArray()), sourceName, options);
    }

    /// <summary>
    /// Extracts a report from a PDF with a text layer held in an array, which is read in place: the span overload's copy
    /// of the whole file (a large-object-heap array for any PDF over 85 KB) is not made. The array must not change
    /// while the call runs.
    /// </summary>
    /// <param name="pdf">The PDF's bytes.</param>
    /// <param name="sourceName">A name for the source, kept in the result.</param>
    /// <param name="options">Limits; <see cref="ExtractionOptions.Default"/> when null.</param>
    /// <returns>The same result as <see cref="ExtractPdf(ReadOnlySpan{byte}, string?, ExtractionOptions?)"/> for the same bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pdf"/> is null.</exception>
    public static ExtractionResult ExtractPdf(byte[] pdf, string? sourceName = null, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        options ??= ExtractionOptions.Default;
        options.Validate();

        // Nothing is copied, so the size is left to the reader, which refuses an oversized PDF the same way.
        return Run(FormatReaders.Pdf, FormatInput.OfBytes(pdf), sourceName, options);
    }

    /// <summary>Extracts a report from file content of any supported format, told by its content (%PDF-: PDF; ZIP: DOCX; markup: HTML; otherwise UTF-8 text).</summary>
    /// <param name="content">The bytes.</param>
    /// <param name="sourceName">A name for the source, kept in the result.</param>
    /// <param name="options">Limits; <see cref="ExtractionOptions.Default"/> when null.</param>
    /// <returns>The result.</returns>
    public static ExtractionResult ExtractBytes(ReadOnlySpan<byte> content, string? sourceName = null, ExtractionOptions? options = null)
        => ExtractBytes(FormatInput.OfBytes(content.ToArray()), sourceName, options);

    /// <summary>
    /// Extracts a report from file content of any supported format held in an array, which is read in place: the span
    /// overload's copy of the whole file is not made. The array must not change while the call runs.
    /// </summary>
    /// <param name="content">The bytes.</param>
    /// <param name="sourceName">A name for the source, kept in the result.</param>
    /// <param name="options">Limits; <see cref="ExtractionOptions.Default"/> when null.</param>
    /// <returns>The same result as <see cref="ExtractBytes(ReadOnlySpan{byte}, string?, ExtractionOptions?)"/> for the same bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static ExtractionResult ExtractBytes(byte[] content, string? sourceName = null, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return ExtractBytes(FormatInput.OfBytes(content), sourceName, options);
    }

    private static ExtractionResult ExtractBytes(FormatInput input, string? sourceName, ExtractionOptions? options)
    {
        options ??= ExtractionOptions.Default;
        options.Validate();
        var result = Run(FormatReaders.For(input, options), input, sourceName, options);
        if (input.Decoded is { Text: not null } decoded)
        {
            result.Encoding = decoded.EncodingName;
            if (decoded.EncodingName is not ("utf-8" or null) || decoded.How.Contains("does not fit", StringComparison.Ordinal))
            {
                result.AddNote(new ExtractionNote(ExtractionNoteCodes.EncodingUsed, NoteSeverity.Info, null, null, null,
                    $"输入按 {decoded.EncodingName} 编码解码（{decoded.How}）。", $"The input was decoded as {decoded.EncodingName} ({decoded.How})."));
            }
        }

        return result;
    }

    /// <summary>Extracts a report from a document another reader built (the common intermediate).</summary>
    /// <param name="document">The paragraphs and tables.</param>
    /// <param name="sourceName">A name for the source, kept in the result.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static ExtractionResult Extract(SourceDocument document, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Guard(sourceName, document.Format, () => ReportReader.Read(document, sourceName));
    }

    private static ExtractionResult Guard(string? sourceName, SourceFormat format, Func<ExtractionResult> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not StackOverflowException)
        {
            // A bug must not take the caller down with it: report it as a result, with the exception's message.
            return Unreadable(sourceName, format, "读取时发生内部错误：" + exception.Message, "An internal error occurred while reading: " + exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>Reads <paramref name="input"/> with <paramref name="reader"/>, then the statutory tables from the document.</summary>
    private static ExtractionResult Run(IDocumentFormatReader reader, FormatInput input, string? sourceName, ExtractionOptions options)
        => Guard(sourceName, reader.Format, () =>
        {
            var read = reader.Read(input, options);
            return read.Document is { } document
                ? ReportReader.Read(document, sourceName, options)
                : Unreadable(sourceName, reader.Format, read);
        });

    private static ExtractionResult Unreadable(string? sourceName, SourceFormat format, FormatRead refusal)
        => Unreadable(sourceName, format, refusal.ReasonZh!, refusal.ReasonEn!, refusal.Code!);

    private static ExtractionResult Unreadable(string? sourceName, SourceFormat format, string zh, string en, string code = ExtractionNoteCodes.InputUnreadable)
        => new(sourceName, format, ExtractionStatus.Unreadable, zh, en, null, null, null, null, null, [], [],
            [new ExtractionNote(code, NoteSeverity.Warning, null, null, null, zh, en)], ExtractedProse.None);
}
