using System;
using System.Globalization;
using System.IO;
using System.Text;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Readers;
using GovInfoReport.Extraction.Reading;

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
        if (text.Length > options.MaxInputChars)
        {
            return TooLarge(sourceName, SourceFormat.Text, text.Length, options.MaxInputChars);
        }

        if (LooksBinary(text))
        {
            return Unreadable(sourceName, SourceFormat.Text, "输入不是文本（含有大量控制字符或无法解码的字节），可能是二进制文件。", "The input is not text (it holds many control characters or undecodable bytes); it may be a binary file.");
        }

        return Guard(sourceName, SourceFormat.Text, () => ReportReader.Read(RunTogetherTextReader.TryRead(text) ?? TextDocumentReader.Read(text), sourceName, options));
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
        if (html.Length > options.MaxInputChars)
        {
            return TooLarge(sourceName, SourceFormat.Html, html.Length, options.MaxInputChars);
        }

        if (LooksBinary(html))
        {
            return Unreadable(sourceName, SourceFormat.Html, "输入不是 HTML 文本（含有大量控制字符）。", "The input is not HTML text (it holds many control characters).");
        }

        if (MarkupLimits.ScanHtml(html, options.MaxMarkupDepth, options.MaxMarkupElements) is { } exceeded)
        {
            return LimitExceeded(sourceName, SourceFormat.Html, exceeded);
        }

        return Guard(sourceName, SourceFormat.Html, () => ReportReader.Read(HtmlDocumentReader.Read(html), sourceName, options));
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
                    return TooLarge(sourceName, SourceFormat.Docx, buffer.Length, options.MaxDocxBytes);
                }
            }
        }
        catch (IOException exception)
        {
            return Unreadable(sourceName, SourceFormat.Docx, "读取 DOCX 数据流失败：" + exception.Message, "Reading the DOCX stream failed: " + exception.Message);
        }

        buffer.Position = 0;
        if (buffer.Length < 4 || buffer.ReadByte() != 'P' || buffer.ReadByte() != 'K')
        {
            return Unreadable(sourceName, SourceFormat.Docx, "输入不是 DOCX 文件（不是 ZIP 包）。", "The input is not a DOCX file (not a ZIP package).");
        }

        buffer.Position = 0;
        if (MarkupLimits.ScanDocx(buffer, options.MaxMarkupDepth, options.MaxMarkupElements, options.MaxDocxPartChars) is { } exceeded)
        {
            buffer.Dispose();
            return LimitExceeded(sourceName, SourceFormat.Docx, exceeded);
        }

        buffer.Position = 0;
        using (buffer)
        {
            SourceDocument document;
            try
            {
                document = DocxDocumentReader.Read(buffer, options.MaxDocxPartChars);
            }
            catch (InvalidDataException exception)
            {
                return Unreadable(sourceName, SourceFormat.Docx, "DOCX 文件无法读取：" + exception.Message, "The DOCX file cannot be read: " + exception.Message);
            }
            catch (IOException exception)
            {
                return Unreadable(sourceName, SourceFormat.Docx, "DOCX 文件无法读取：" + exception.Message, "The DOCX file cannot be read: " + exception.Message);
            }

            return Guard(sourceName, SourceFormat.Docx, () => ReportReader.Read(document, sourceName, options));
        }
    }

    /// <summary>Extracts a report from file content of any supported format, told by its content (ZIP: DOCX; markup: HTML; otherwise UTF-8 text).</summary>
    /// <param name="content">The bytes.</param>
    /// <param name="sourceName">A name for the source, kept in the result.</param>
    /// <param name="options">Limits; <see cref="ExtractionOptions.Default"/> when null.</param>
    /// <returns>The result.</returns>
    public static ExtractionResult ExtractBytes(ReadOnlySpan<byte> content, string? sourceName = null, ExtractionOptions? options = null)
    {
        options ??= ExtractionOptions.Default;
        options.Validate();
        if (content.Length >= 2 && content[0] == (byte)'P' && content[1] == (byte)'K')
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            return ExtractDocx(stream, sourceName, options);
        }

        if ((long)content.Length > (long)options.MaxInputChars * 4)
        {
            return TooLarge(sourceName, SourceFormat.Text, content.Length, options.MaxInputChars);
        }

        var decoded = TextDecoding.Decode(content);
        if (decoded.Text is not { } text)
        {
            var candidates = decoded.Candidates.Count == 0 ? "none" : string.Join(", ", decoded.Candidates);
            return Unreadable(sourceName, SourceFormat.Text,
                $"无法确定输入的字符编码（{decoded.How}；可无错解码的编码：{candidates}），未读取；不会用替换字符（U+FFFD）代替无法解码的字节。请将文件转换为 UTF-8。",
                $"The character encoding of the input cannot be decided ({decoded.How}; encodings that decode it without error: {candidates}); not read, and undecodable bytes are never replaced by U+FFFD. Convert the file to UTF-8.",
                ExtractionNoteCodes.EncodingUndecidable);
        }

        var result = HtmlSniffer.LooksLikeHtml(text)
            ? ExtractHtml(text, sourceName, options)
            : Extract(text, sourceName, options);
        result.Encoding = decoded.EncodingName;
        if (decoded.EncodingName is not ("utf-8" or null) || decoded.How.Contains("does not fit", StringComparison.Ordinal))
        {
            result.AddNote(new ExtractionNote(ExtractionNoteCodes.EncodingUsed, NoteSeverity.Info, null, null, null,
                $"输入按 {decoded.EncodingName} 编码解码（{decoded.How}）。", $"The input was decoded as {decoded.EncodingName} ({decoded.How})."));
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

    private static bool LooksBinary(string text)
    {
        var sample = Math.Min(text.Length, 65536);
        var bad = 0;
        for (var i = 0; i < sample; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return true;
            }

            if ((c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) || c == '\uFFFD' || (c >= '\u007F' && c < '\u00A0'))
            {
                bad++;
            }
        }

        return sample > 0 && bad > Math.Max(8, sample / 50);
    }

    private static ExtractionResult LimitExceeded(string? sourceName, SourceFormat format, MarkupLimitExceeded exceeded)
    {
        var limit = exceeded.Limit.ToString(CultureInfo.InvariantCulture);
        return exceeded.TooDeep
            ? Unreadable(sourceName, format, $"标记嵌套过深（超过 {limit} 层，位于 {exceeded.Where}），未读取。", $"The markup is nested too deeply (more than {limit} levels, at {exceeded.Where}); not read.", ExtractionNoteCodes.TooDeeplyNested)
            : Unreadable(sourceName, format, $"标记元素过多（超过 {limit} 个，位于 {exceeded.Where}），未读取。", $"The markup has too many elements (more than {limit}, at {exceeded.Where}); not read.", ExtractionNoteCodes.TooManyElements);
    }

    private static ExtractionResult TooLarge(string? sourceName, SourceFormat format, long size, long limit)
    {
        var s = size.ToString(CultureInfo.InvariantCulture);
        var l = limit.ToString(CultureInfo.InvariantCulture);
        var result = Unreadable(sourceName, format, $"输入过大（{s}，上限 {l}），未读取。", $"The input is too large ({s}; the limit is {l}); not read.", ExtractionNoteCodes.InputTooLarge);
        return result;
    }

    private static ExtractionResult Unreadable(string? sourceName, SourceFormat format, string zh, string en, string code = ExtractionNoteCodes.InputUnreadable)
        => new(sourceName, format, ExtractionStatus.Unreadable, zh, en, null, null, null, null, null, [], [],
            [new ExtractionNote(code, NoteSeverity.Warning, null, null, null, zh, en)], ExtractedProse.None);
}
