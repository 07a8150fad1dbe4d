using System.Collections.Generic;
using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Extraction.Readers;

/// <summary>HTML pages and fragments (<see cref="HtmlDocumentReader"/>); told by markup anywhere in the decoded text.</summary>
internal sealed class HtmlFormatReader : IDocumentFormatReader
{
    public SourceFormat Format => SourceFormat.Html;

    public IReadOnlyList<string> FilePatterns { get; } = ["*.htm", "*.html"];

    public bool CanRead(FormatInput input, ExtractionOptions options)
        => !input.TooLargeForText(options) && input.AsText(options, out _) is { } text && HtmlSniffer.LooksLikeHtml(text);

    public FormatRead Read(FormatInput input, ExtractionOptions options)
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

        return FormatRead.Read(HtmlDocumentReader.Read(html));
    }
}
