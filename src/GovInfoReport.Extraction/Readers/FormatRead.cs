using System.Globalization;
using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Extraction.Readers;

/// <summary>The outcome of a format reader: the document, or why it was not read (a refusal, never an exception).</summary>
internal sealed class FormatRead
{
    private FormatRead(SourceDocument? document, string? zh, string? en, string? code)
    {
        Document = document;
        ReasonZh = zh;
        ReasonEn = en;
        Code = code;
    }

    public SourceDocument? Document { get; }

    public string? ReasonZh { get; }

    public string? ReasonEn { get; }

    public string? Code { get; }

    public static FormatRead Read(SourceDocument document) => new(document, null, null, null);

    public static FormatRead Refused(string zh, string en, string code = ExtractionNoteCodes.InputUnreadable) => new(null, zh, en, code);

    public static FormatRead TooLarge(long size, long limit)
    {
        var s = size.ToString(CultureInfo.InvariantCulture);
        var l = limit.ToString(CultureInfo.InvariantCulture);
        return Refused($"输入过大（{s}，上限 {l}），未读取。", $"The input is too large ({s}; the limit is {l}); not read.", ExtractionNoteCodes.InputTooLarge);
    }

    public static FormatRead LimitExceeded(MarkupLimitExceeded exceeded)
    {
        var limit = exceeded.Limit.ToString(CultureInfo.InvariantCulture);
        return exceeded.TooDeep
            ? Refused($"标记嵌套过深（超过 {limit} 层，位于 {exceeded.Where}），未读取。", $"The markup is nested too deeply (more than {limit} levels, at {exceeded.Where}); not read.", ExtractionNoteCodes.TooDeeplyNested)
            : Refused($"标记元素过多（超过 {limit} 个，位于 {exceeded.Where}），未读取。", $"The markup has too many elements (more than {limit}, at {exceeded.Where}); not read.", ExtractionNoteCodes.TooManyElements);
    }
}
