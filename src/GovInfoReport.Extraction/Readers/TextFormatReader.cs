using System.Collections.Generic;
using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// Plain text and Markdown in any of the published layouts: cells run together (<see cref="RunTogetherTextReader"/>)
/// when the arithmetic admits it, else delimited or space-aligned lines (<see cref="TextDocumentReader"/>). It accepts
/// anything, so it is tried last.
/// </summary>
internal sealed class TextFormatReader : IDocumentFormatReader
{
    public SourceFormat Format => SourceFormat.Text;

    public IReadOnlyList<string> FilePatterns { get; } = ["*.txt", "*.md"];

    public bool CanRead(FormatInput input, ExtractionOptions options) => true;

    public FormatRead Read(FormatInput input, ExtractionOptions options)
    {
        if (input.AsText(options, out var refusal) is not { } text)
        {
            return refusal!;
        }

        if (FormatInput.LooksBinary(text))
        {
            return FormatRead.Refused("输入不是文本（含有大量控制字符或无法解码的字节），可能是二进制文件。", "The input is not text (it holds many control characters or undecodable bytes); it may be a binary file.");
        }

        return FormatRead.Read(RunTogetherTextReader.TryRead(text) ?? TextDocumentReader.Read(text));
    }
}
