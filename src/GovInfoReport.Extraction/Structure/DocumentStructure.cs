using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;

namespace GovInfoReport.Extraction.Structure;

/// <summary>Header facts read from the title and the closing lines.</summary>
internal sealed record HeaderFacts(string? AgencyName, int? ReportYear, DateOnly? PublicationDate, string? Title, SourceLocation? TitleLocation, SourceLocation? DateLocation);

/// <summary>Section headings, regions, title, date and prose: everything of the document that is not a table cell.</summary>
internal static partial class DocumentStructure
{
    /// <summary>Finds the headings of sections 一 … 六 (item index per section, -1 when not found), in order.</summary>
    public static int[] FindHeadings(List<DocumentItem> items, NoteSink notes)
    {
        var headings = new int[7];
        Array.Fill(headings, -1);
        var last = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var text = HeadingText(items[i]);
            if (text is null)
            {
                continue;
            }

            var section = HeadingSection(text, out var changes);
            if (section > last)
            {
                headings[section] = i;
                last = section;
                notes.TextChanged(changes, items[i].Location, text);
            }
        }

        return headings;
    }

    private static string? HeadingText(DocumentItem item)
    {
        if (item.Paragraph is not null)
        {
            return item.Paragraph.Text;
        }

        string? only = null;
        foreach (var cell in item.Table!.Rows[item.RowIndex].Cells)
        {
            if (TextNormalizer.IsBlank(cell.Text))
            {
                continue;
            }

            if (only is not null)
            {
                return null;
            }

            only = cell.Text;
        }

        return only;
    }

    /// <summary>The section (1–6) a heading line opens, or 0.</summary>
    public static int HeadingSection(string text, out TextChanges changes)
    {
        changes = TextChanges.None;
        // Every section heading ends in 情况, 事项 or 问题 (in either script). Two searches of three characters each
        // compare vectors directly; one of six would take a probabilistic map, slow in baseline-x64 native code.
        if (text.Length > 80 || (text.AsSpan().IndexOfAny('况', '项', '题') < 0 && text.AsSpan().IndexOfAny('況', '項', '題') < 0))
        {
            return 0;
        }

        var normalized = TextNormalizer.Normalize(text, out changes);
        var match = HeadingNumberRegex().Match(normalized);
        var number = 0;
        var rest = normalized;
        if (match.Success)
        {
            number = match.Groups["cn"].Success ? Labels.ChineseDigit(match.Groups["cn"].Value) : int.Parse(match.Groups["an"].Value, CultureInfo.InvariantCulture);
            rest = normalized[match.Length..];
        }

        var key = TextNormalizer.Key(rest);
        if (key.Length == 0 || key.Length > 40)
        {
            return 0;
        }

        var section = 0;
        if (key.Contains("总体情况", StringComparison.Ordinal))
        {
            section = 1;
        }
        else if (key.Contains("主动公开", StringComparison.Ordinal) && !key.Contains("依申请", StringComparison.Ordinal))
        {
            section = 2;
        }
        else if (key.Contains("申请", StringComparison.Ordinal) && (key.Contains("收到", StringComparison.Ordinal) || key.Contains("处理", StringComparison.Ordinal) || key.Contains("依申请", StringComparison.Ordinal)) && !key.Contains("本年", StringComparison.Ordinal) && !key.Contains("上年", StringComparison.Ordinal))
        {
            section = 3;
        }
        else if (key.Contains("行政复议", StringComparison.Ordinal) || key.Contains("行政诉讼", StringComparison.Ordinal))
        {
            section = 4;
        }
        else if (key.Contains("主要问题", StringComparison.Ordinal) || key.Contains("改进情况", StringComparison.Ordinal))
        {
            section = 5;
        }
        else if (key.Contains("其他需要报告", StringComparison.Ordinal) || key.Contains("其他需要说明", StringComparison.Ordinal) || key == "其他事项")
        {
            section = 6;
        }

        if (section == 0)
        {
            return 0;
        }

        if (number != 0)
        {
            return number == section ? section : 0;
        }

        // Unnumbered: only a short line that starts with the heading phrase (a sub-heading "（一）…主动公开…" is not one).
        return key.Length <= 24 && StartsWithAny(key, UnnumberedStarts[Math.Min(section, UnnumberedStarts.Length) - 1]) ? section : 0;
    }

    // The phrases an unnumbered heading of sections 一 to 六 starts with (section 6 and beyond: the last).
    private static readonly string[][] UnnumberedStarts =
    [
        ["总体情况"],
        ["主动公开政府信息", "行政机关主动公开"],
        ["收到和处理", "依申请公开"],
        ["政府信息公开行政复议", "因政府信息公开", "行政复议"],
        ["存在的主要问题", "政府信息公开工作存在的主要问题", "主要问题"],
        ["其他需要报告", "其他需要说明", "其他事项"],
    ];

    // A loop, not Any with a lambda: the lambda captured the key, and its closure was allocated on every call of
    // HeadingSection (once per paragraph), not only on those that get here.
    private static bool StartsWithAny(string key, string[] starts)
    {
        foreach (var start in starts)
        {
            if (key.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads the title (agency and year) from the lines before the first heading — the article heading, a crawler's
    /// "标题:" line (without the label) — or, failing those, from the page's &lt;title&gt;. Web pages put dozens of
    /// navigation lines before the heading, so every short line before the first section is a candidate.
    /// </summary>
    public static HeaderFacts ReadHeader(List<DocumentItem> items, int firstHeading, int lastHeading, NoteSink notes, string? pageTitle = null)
    {
        var limit = firstHeading >= 0 ? Math.Min(firstHeading, MaxHeaderItems) : Math.Min(items.Count, 16);
        var paragraphs = new List<SourceParagraph>();
        for (var i = 0; i < limit; i++)
        {
            if (items[i].Paragraph is { } p && !TextNormalizer.IsBlank(p.Text))
            {
                paragraphs.Add(p);
            }
        }

        if (pageTitle is not null && !TextNormalizer.IsBlank(pageTitle))
        {
            paragraphs.Add(new SourceParagraph(PageTitleSegment(pageTitle), new SourceLocation(Paragraph: 0)));
        }

        string? agency = null;
        int? year = null;
        string? title = null;
        SourceLocation? titleLocation = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].Text.Length > 160)
            {
                continue;
            }

            var normalized = StripHeaderLabel(TextNormalizer.Normalize(paragraphs[i].Text, out var changes));
            if (normalized.Length > 80 || !(normalized.Contains("年度报告", StringComparison.Ordinal) || normalized.Contains("年报", StringComparison.Ordinal) || normalized.Contains("工作报告", StringComparison.Ordinal)))
            {
                continue;
            }

            var combined = normalized;
            var location = paragraphs[i].Location;
            var match = TitleRegex().Match(combined);
            if ((!match.Success || match.Groups["pre"].Length == 0) && i > 0)
            {
                // "2019年政府信息公开工作年度报告" with the agency on the line before.
                var previous = StripHeaderLabel(TextNormalizer.Normalize(paragraphs[i - 1].Text, out _));
                if (previous.Length <= 30 && !previous.Contains('。', StringComparison.Ordinal) && !previous.Contains('，', StringComparison.Ordinal) && !previous.Contains(',', StringComparison.Ordinal) && !previous.Contains('>', StringComparison.Ordinal) && !previous.Contains("年报", StringComparison.Ordinal) && !previous.Contains("报告", StringComparison.Ordinal)
                    && TitleRegex().Match(previous + combined) is { Success: true } withPrevious)
                {
                    combined = previous + combined;
                    location = paragraphs[i - 1].Location;
                    match = withPrevious;
                }
            }

            if (!match.Success && i + 1 < paragraphs.Count)
            {
                var next = TextNormalizer.Normalize(paragraphs[i + 1].Text, out _);
                if (next.Length <= 20 && TitleRegex().Match(combined + next) is { Success: true } withNext)
                {
                    combined += next;
                    match = withNext;
                }
            }

            if (!match.Success)
            {
                // A line that names the report but gives no year (a breadcrumb "…年报"): keep looking.
                title ??= combined;
                titleLocation ??= location;
                continue;
            }

            notes.TextChanged(changes, paragraphs[i].Location, paragraphs[i].Text);
            title = combined;
            titleLocation = location;
            year = ParseYear(match.Groups["year"].Value);
            var pre = CleanAgency(match.Groups["pre"].Value);
            var post = CleanAgency(match.Groups["post"].Value);
            agency = pre.Length > 0 ? pre : post.Length > 0 ? post : null;
            break;
        }

        if (title is not null && agency is null)
        {
            // "2022年政府信息公开工作年度报告" with the agency on the line before or after.
            foreach (var p in paragraphs)
            {
                var key = TextNormalizer.Normalize(p.Text, out _);
                if (key.Length is > 1 and <= 30 && AgencySuffixRegex().IsMatch(key) && !key.Contains("报告", StringComparison.Ordinal))
                {
                    agency = CleanAgency(key);
                    break;
                }
            }
        }

        if (title is null || agency is null || year is null)
        {
            notes.Add(ExtractionNoteCodes.HeaderIncomplete, NoteSeverity.Warning, title is null ? null : agency is null ? "/agencyName" : "/reportYear", titleLocation, title,
                title is null ? "未找到报告标题（“……年政府信息公开工作年度报告”），机关名称和报告年度缺失。" : agency is null ? "标题中未找到机关名称。" : "标题中未找到报告年度。",
                title is null ? "No report title (\"…年政府信息公开工作年度报告\") was found; the agency name and report year are absent." : agency is null ? "The title names no agency." : "The title gives no report year.");
        }

        var (date, dateLocation) = FindDate(items, lastHeading, firstHeading, agency);
        return new HeaderFacts(agency, year, date, title, titleLocation, dateLocation);
    }

    /// <summary>Looks for a date line at the end of the document (or right under the title).</summary>
    private static (DateOnly? Date, SourceLocation? Location) FindDate(List<DocumentItem> items, int lastHeading, int firstHeading, string? agency)
    {
        var seen = 0;
        for (var i = items.Count - 1; i > lastHeading && seen < 6; i--)
        {
            if (items[i].Paragraph is not { } p || TextNormalizer.IsBlank(p.Text))
            {
                continue;
            }

            seen++;
            if (TryDateLine(p.Text, agency, out var date))
            {
                return (date, p.Location);
            }
        }

        var limit = firstHeading >= 0 ? firstHeading : Math.Min(items.Count, 12);
        for (var i = 0; i < limit; i++)
        {
            if (items[i].Paragraph is { } p && TryDateLine(p.Text, agency, out var date))
            {
                return (date, p.Location);
            }
        }

        // A web page's or crawler's publishing line ("发布时间: 2022-02-08 16:34", "来源：… 时间：2022-02-08").
        for (var i = 0; i < Math.Min(limit, MaxHeaderItems); i++)
        {
            if (items[i].Paragraph is { } p && p.Text.Length <= 120 && PublishedRegex().Match(p.Text) is { Success: true } m
                && int.TryParse(m.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                && int.TryParse(m.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var mo)
                && int.TryParse(m.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                && y is >= 1990 and <= 2100 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo))
            {
                return (new DateOnly(y, mo, d), p.Location);
            }
        }

        return (null, null);
    }

    /// <summary>Whether a line is only a date (optionally after the agency name or a signature).</summary>
    public static bool TryDateLine(string text, string? agency, out DateOnly date)
    {
        date = default;
        if (text.Length > 120 || text.AsSpan().IndexOf('日') < 0)
        {
            return false;
        }

        var normalized = TextNormalizer.Normalize(text, out _);
        if (normalized.Length is 0 or > 40)
        {
            return false;
        }

        var match = DateRegex().Match(normalized);
        if (!match.Success)
        {
            return false;
        }

        var prefix = match.Groups["pre"].Value;
        if (prefix.Length > 0 && (prefix.Length > 30 || (agency is not null && !agency.Contains(prefix, StringComparison.Ordinal) && !prefix.Contains(agency, StringComparison.Ordinal) && !AgencySuffixRegex().IsMatch(prefix))))
        {
            return false;
        }

        var year = ParseYear(match.Groups["y"].Value);
        var month = ParseSmall(match.Groups["m"].Value);
        var day = ParseSmall(match.Groups["d"].Value);
        if (year is null || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year.Value, month))
        {
            return false;
        }

        date = new DateOnly(year.Value, month, day);
        return true;
    }

    /// <summary>The prose of a section: its paragraphs, artefacts removed, trimmed, empty lines dropped, joined with '\n'.</summary>
    public static string? Prose(List<DocumentItem> items, int start, int end, string? agency, bool dropClosing)
    {
        if (start < 0)
        {
            return null;
        }

        var lines = new List<string>();
        for (var i = start + 1; i < end && i < items.Count; i++)
        {
            if (items[i].Paragraph is not { } p)
            {
                continue;
            }

            var text = TextNormalizer.TrimLayout(TextNormalizer.RemoveArtefacts(p.Text, out _));
            if (text.Length == 0 || IsRuleLine(text))
            {
                continue;
            }

            if (PageChromeRegex().IsMatch(text))
            {
                break; // the page footer of a web page (主办单位, 版权所有, 打印本页…) ends the last section
            }

            lines.Add(text);
        }

        if (dropClosing)
        {
            // The closing date and signature lines are not part of section 六.
            while (lines.Count > 0 && (TryDateLine(lines[^1], agency, out _) || (agency is not null && TextNormalizer.Normalize(lines[^1], out _) == TextNormalizer.Normalize(agency, out _))))
            {
                lines.RemoveAt(lines.Count - 1);
            }
        }

        return string.Join("\n", lines);
    }

    private static bool IsRuleLine(string text)
    {
        foreach (var c in text)
        {
            if (c is not ('-' or '—' or '=' or '*' or '_' or '|' or ':') && !TextNormalizer.IsLayoutSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many document items before the first section may hold the title (navigation chrome of web pages).</summary>
    private const int MaxHeaderItems = 400;

    /// <summary>A crawler's or CMS's field label before the title ("标题:", "文章标题：", "题名:").</summary>
    private static string StripHeaderLabel(string text)
    {
        var match = HeaderLabelRegex().Match(text);
        return match.Success ? text[match.Length..].Trim() : text;
    }

    /// <summary>The segment of a page &lt;title&gt; that names the report ("…年度报告_栏目_网站" → "…年度报告").</summary>
    internal static string PageTitleSegment(string title)
    {
        foreach (var part in title.Split(['_', '|', '｜', '—', '–'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Contains("报告", StringComparison.Ordinal) || part.Contains("年报", StringComparison.Ordinal))
            {
                return part;
            }
        }

        var dash = title.IndexOf(" - ", StringComparison.Ordinal);
        return dash > 0 ? title[..dash].Trim() : title.Trim();
    }

    [GeneratedRegex(@"(?:发布|成文|印发|公开)?(?:时间|日期)\s*[:：]\s*(?<y>\d{4})\s*[-年/.]\s*(?<m>\d{1,2})\s*[-月/.]\s*(?<d>\d{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex PublishedRegex();

    [GeneratedRegex(@"^(?:文章|信息|公开)?(?:标题|题名|名称|标 题)\s*[:：]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLabelRegex();

    private static readonly char[] AgencyEdges = ['《', '》', '“', '”', '"', '\'', '「', '」', ':', '：', ',', '，', '、', '(', ')'];

    private static readonly char[] AgencyQuotes = ['《', '》', '“', '”', '"'];

    private static string CleanAgency(string text)
    {
        var value = text.Trim(AgencyEdges);
        if (value.EndsWith("关于", StringComparison.Ordinal))
        {
            value = value[..^2];
        }

        return value.Trim(AgencyQuotes);
    }

    internal static int? ParseYear(string text)
    {
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        if (text.Length == 4)
        {
            var value = 0;
            foreach (var c in text)
            {
                var digit = "〇一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
                if (digit < 0 && c == '零')
                {
                    digit = 0;
                }

                if (digit < 0)
                {
                    return null;
                }

                value = (value * 10) + digit;
            }

            return value;
        }

        return null;
    }

    private static int ParseSmall(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        return text.Length switch
        {
            1 => Labels.ChineseDigit(text),
            2 or 3 => text[0] == '十' ? 10 + Labels.ChineseDigit(text.AsSpan(1)) : text.Length == 2 && text[1] == '十' ? Labels.ChineseDigit(text.AsSpan(0, 1)) * 10 : text.Length == 3 && text[1] == '十' ? (Labels.ChineseDigit(text.AsSpan(0, 1)) * 10) + Labels.ChineseDigit(text.AsSpan(2)) : 0,
            _ => 0,
        };
    }

    [GeneratedRegex(@"^(?:主办单位|承办单位|主办：|版权所有|Copyright|©|网站标识码|[京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云藏陕甘青宁新]?ICP备|联系我们|技术支持|打印本页|【打印】|\[打印\]|关闭窗口|【关闭】|分享到|扫一扫|上一篇|下一篇|相关链接)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageChromeRegex();

    [GeneratedRegex(@"^(?:第?(?<cn>[一二三四五六])[、.,:：]|(?<an>[1-6])[、.,:：])", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingNumberRegex();

    [GeneratedRegex(@"^(?<pre>.*?)(?<year>(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年度?(?<post>.*?)(?:政府信息公开|政务信息公开|政府信息公開|信息公开)", RegexOptions.CultureInvariant)]
    private static partial Regex TitleRegex();

    [GeneratedRegex(@"^(?<pre>.*?)(?<y>(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年(?<m>\d{1,2}|[一二三四五六七八九十]{1,2})月(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})日$", RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"(局|委员会|委|厅|办公室|办|政府|部|院|中心|署|会|所|站|处|室|公司|馆|队)$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencySuffixRegex();
}
