using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace GovInfoReport.Extraction.Reading;

/// <summary>Every statutory row of the tables (and the group cells of table 三).</summary>
internal enum RowKey
{
    None,

    // Table 二.
    Rules,
    Normative,
    Licensing,
    OtherServices,
    Penalties,
    Coercion,
    Fees,
    Procurement,

    // Table 三, in statutory order.
    AppNew,
    AppCarriedIn,
    AppOutcomesGroup,
    AppDisclosed,
    AppPartial,
    AppNotDisclosedGroup,
    AppNd1,
    AppNd2,
    AppNd3,
    AppNd4,
    AppNd5,
    AppNd6,
    AppNd7,
    AppNd8,
    AppUnableGroup,
    AppUp1,
    AppUp2,
    AppUp3,
    AppNotProcessedGroup,
    AppNp1,
    AppNp2,
    AppNp3,
    AppNp4,
    AppNp5,
    AppOther,
    AppOther1,
    AppOther2,
    AppOther3,
    AppTotal,
    AppCarriedOut,
}

/// <summary>How a label was numbered: 一、 / （一） / 1.</summary>
internal enum PrefixKind
{
    None,
    Chinese,
    Paren,
    Arabic,
}

/// <summary>How a label matched its statutory row.</summary>
internal enum MatchKind
{
    Exact,
    Variant,
    Annotation,
    Fuzzy,
}

/// <summary>A label matched to a row.</summary>
/// <param name="Key">The row.</param>
/// <param name="Kind">How it matched.</param>
/// <param name="Form">For 二 规范性文件: the version whose wording was printed (2019 规范性文件, 2021 行政规范性文件); otherwise 0.</param>
/// <param name="Detail">The variant or annotation seen, for notes.</param>
internal readonly record struct LabelMatch(RowKey Key, MatchKind Kind, int Form, string? Detail);

/// <summary>The statutory labels of tables 二 and 三 and the header words of every table, and how printed labels are matched to them.</summary>
internal static partial class Labels
{
    private static readonly LabelDef[] ActiveDisclosureLabels =
    [
        new(RowKey.Rules, "规章"),
        new(RowKey.Normative, "规范性文件", Form: 2019),
        new(RowKey.Normative, "行政规范性文件", Form: 2021),
        new(RowKey.Licensing, "行政许可"),
        new(RowKey.OtherServices, "其他对外管理服务事项"),
        new(RowKey.Penalties, "行政处罚"),
        new(RowKey.Coercion, "行政强制"),
        new(RowKey.Fees, "行政事业性收费"),
        new(RowKey.Procurement, "政府集中采购"),
    ];

    private static readonly LabelDef[] ApplicationLabels =
    [
        new(RowKey.AppNew, "本年新收政府信息公开申请数量", PrefixKind.Chinese, 1),
        new(RowKey.AppCarriedIn, "上年结转政府信息公开申请数量", PrefixKind.Chinese, 2),
        new(RowKey.AppOutcomesGroup, "本年度办理结果", PrefixKind.Chinese, 3),
        new(RowKey.AppDisclosed, "予以公开", PrefixKind.Paren, 1),
        new(RowKey.AppPartial, "部分公开区分处理的只计这一情形不计其他情形", PrefixKind.Paren, 2, Variants: ["部分公开区分处理的只计这一情况不计其他情形"], Aliases: ["部分公开"]),
        new(RowKey.AppNotDisclosedGroup, "不予公开", PrefixKind.Paren, 3),
        new(RowKey.AppNd1, "属于国家秘密", PrefixKind.Arabic, 1, Variants: ["属于国家机密"]),
        new(RowKey.AppNd2, "其他法律行政法规禁止公开", PrefixKind.Arabic, 2, Variants: ["其他法律行政止公开"]),
        new(RowKey.AppNd3, "危及三安全一稳定", PrefixKind.Arabic, 3),
        new(RowKey.AppNd4, "保护第三方合法权益", PrefixKind.Arabic, 4),
        new(RowKey.AppNd5, "属于三类内部事务信息", PrefixKind.Arabic, 5, Variants: ["属于三类内容事务信息"]),
        new(RowKey.AppNd6, "属于四类过程性信息", PrefixKind.Arabic, 6),
        new(RowKey.AppNd7, "属于行政执法案卷", PrefixKind.Arabic, 7),
        new(RowKey.AppNd8, "属于行政查询事项", PrefixKind.Arabic, 8),
        new(RowKey.AppUnableGroup, "无法提供", PrefixKind.Paren, 4),
        new(RowKey.AppUp1, "本机关不掌握相关政府信息", PrefixKind.Arabic, 1),
        new(RowKey.AppUp2, "没有现成信息需要另行制作", PrefixKind.Arabic, 2),
        new(RowKey.AppUp3, "补正后申请内容仍不明确", PrefixKind.Arabic, 3),
        new(RowKey.AppNotProcessedGroup, "不予处理", PrefixKind.Paren, 5),
        new(RowKey.AppNp1, "信访举报投诉类申请", PrefixKind.Arabic, 1),
        new(RowKey.AppNp2, "重复申请", PrefixKind.Arabic, 2),
        new(RowKey.AppNp3, "要求提供公开出版物", PrefixKind.Arabic, 3),
        new(RowKey.AppNp4, "无正当理由大量反复申请", PrefixKind.Arabic, 4),
        new(RowKey.AppNp5, "要求行政机关确认或重新出具已获取信息", PrefixKind.Arabic, 5, Variants: ["要求行政机关确认或重新出具以获取信息"]),
        new(RowKey.AppOther, "其他处理", PrefixKind.Paren, 6),
        new(RowKey.AppOther1, "申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请", PrefixKind.Arabic, 1),
        new(RowKey.AppOther2, "申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请", PrefixKind.Arabic, 2),
        new(RowKey.AppOther3, "其他", PrefixKind.Arabic, 3, RequiresPrefix: true),
        new(RowKey.AppTotal, "总计", PrefixKind.Paren, 7, RequiresPrefix: true),
        new(RowKey.AppCarriedOut, "结转下年度继续办理", PrefixKind.Chinese, 4, Variants: ["结转下半年度继续办理"]),
    ];

    /// <summary>Header words of the table 二 sub-tables, 2019 wording.</summary>
    internal static readonly string[] ActiveHeaders2019 = ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增减", "处理决定数量", "采购项目数量", "采购总金额"];

    /// <summary>Header words of the table 二 sub-tables, 2021 wording.</summary>
    internal static readonly string[] ActiveHeaders2021 = ["本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额单位万元", "本年收费金额"];

    /// <summary>Header words of table 三.</summary>
    internal static readonly string[] ApplicationHeaders = ["申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计", "本列数据的勾稽关系为第一项加第二项之和等于第三项加第四项之和"];

    /// <summary>Header words of table 四.</summary>
    internal static readonly string[] ReviewHeaders = ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    /// <summary>Whether a key is a header word of the list or a fragment of one (a header broken over lines or cells).</summary>
    /// <param name="key">The cell key.</param>
    /// <param name="words">The header words.</param>
    /// <returns>True for a header or a fragment.</returns>
    internal static bool IsHeaderOrFragment(string key, string[] words)
    {
        if (key.Length == 0)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (word.Contains(key, StringComparison.Ordinal) || (key.Length > word.Length && key.StartsWith(word, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return key.StartsWith("信息内容", StringComparison.Ordinal) || key.StartsWith("本列数据", StringComparison.Ordinal);
    }

    /// <summary>Matches a printed (normalised) label against the statutory rows of table 二.</summary>
    /// <param name="normalized">The normalised cell text.</param>
    /// <param name="match">The match.</param>
    /// <returns>Whether it matched.</returns>
    internal static bool TryMatchActiveDisclosure(string normalized, out LabelMatch match) => TryMatch(normalized, ActiveDisclosureLabels, allowFuzzy: true, out match);

    /// <summary>Matches a printed (normalised) label against the statutory rows and groups of table 三.</summary>
    /// <param name="normalized">The normalised cell text.</param>
    /// <param name="match">The match.</param>
    /// <returns>Whether it matched.</returns>
    internal static bool TryMatchApplications(string normalized, out LabelMatch match) => TryMatch(normalized, ApplicationLabels, allowFuzzy: true, out match);

    /// <summary>Splits a normalised label into its numbering and its text.</summary>
    /// <param name="normalized">The normalised text.</param>
    /// <param name="kind">The numbering style.</param>
    /// <param name="number">The number.</param>
    /// <returns>The text after the numbering.</returns>
    internal static string SplitPrefix(string normalized, out PrefixKind kind, out int number)
    {
        var match = PrefixRegex().Match(normalized);
        if (!match.Success)
        {
            kind = PrefixKind.None;
            number = 0;
            return normalized;
        }

        if (match.Groups["cn"].Success)
        {
            kind = PrefixKind.Chinese;
            number = ChineseDigit(match.Groups["cn"].Value);
        }
        else if (match.Groups["pn"].Success)
        {
            kind = PrefixKind.Paren;
            number = ChineseDigit(match.Groups["pn"].Value);
        }
        else
        {
            kind = PrefixKind.Arabic;
            number = int.Parse(match.Groups["an"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return normalized[match.Length..];
    }

    /// <summary>The value of a Chinese numeral from 一 to 十九.</summary>
    /// <param name="text">The numeral.</param>
    /// <returns>Its value, or 0.</returns>
    internal static int ChineseDigit(string text)
    {
        if (text.Length == 1)
        {
            return DigitOf(text[0]);
        }

        if (text.Length == 2 && text[0] == '十')
        {
            return 10 + DigitOf(text[1]);
        }

        if (text.Length == 2 && text[1] == '十')
        {
            return DigitOf(text[0]) * 10;
        }

        return 0;
    }

    private static int DigitOf(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        _ => 0,
    };

    private static bool TryMatch(string normalized, LabelDef[] table, bool allowFuzzy, out LabelMatch match)
    {
        match = default;
        var core = SplitPrefix(normalized, out var kind, out var number);
        var key = TextNormalizer.Key(core);
        if (key.Length == 0)
        {
            return false;
        }

        foreach (var def in table)
        {
            if (def.CoreKey == key && PrefixAllows(def, kind, number))
            {
                match = new LabelMatch(def.Key, MatchKind.Exact, def.Form, null);
                return true;
            }
        }

        foreach (var def in table)
        {
            if (def.Variants is null || !PrefixAllows(def, kind, number))
            {
                continue;
            }

            foreach (var variant in def.Variants)
            {
                if (variant == key)
                {
                    match = new LabelMatch(def.Key, MatchKind.Variant, def.Form, core);
                    return true;
                }
            }
        }

        // A local annotation in parentheses after the label: 规章（设区的市、自治州人民政府应提供相关数据）.
        var stripped = StripTrailingParentheses(core);
        if (!ReferenceEquals(stripped, core))
        {
            var strippedKey = TextNormalizer.Key(stripped);
            foreach (var def in table)
            {
                if (!PrefixAllows(def, kind, number))
                {
                    continue;
                }

                if (def.CoreKey == strippedKey || (def.Aliases is not null && Array.IndexOf(def.Aliases, strippedKey) >= 0))
                {
                    match = new LabelMatch(def.Key, MatchKind.Annotation, def.Form, core[stripped.Length..]);
                    return true;
                }
            }
        }

        if (!allowFuzzy || key.Length < 5)
        {
            return false;
        }

        var limit = key.Length >= 10 ? 2 : 1;
        LabelDef? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var def in table)
        {
            if (!PrefixAllows(def, kind, number) || def.CoreKey.Length < 4)
            {
                continue;
            }

            var distance = Distance(key, def.CoreKey, limit);
            if (distance < bestDistance)
            {
                best = def;
                bestDistance = distance;
                tie = false;
            }
            else if (distance == bestDistance && best is not null && best.Key != def.Key)
            {
                tie = true;
            }
        }

        if (best is not null && bestDistance <= limit && !tie)
        {
            match = new LabelMatch(best.Key, MatchKind.Fuzzy, best.Form, core);
            return true;
        }

        return false;
    }

    private static bool PrefixAllows(LabelDef def, PrefixKind kind, int number)
    {
        if (def.RequiresPrefix)
        {
            return kind == def.PrefixKind && number == def.Number;
        }

        return true;
    }

    private static string StripTrailingParentheses(string core)
    {
        var text = core;
        while (text.Length > 0 && (text[^1] == ')' || text[^1] == '）'))
        {
            var open = Math.Max(text.LastIndexOf('('), text.LastIndexOf('（'));
            if (open <= 0)
            {
                break;
            }

            text = text[..open];
        }

        return text.Length == core.Length ? core : text;
    }

    /// <summary>Levenshtein distance, stopping early past a limit.</summary>
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return int.MaxValue;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    // [0-9], not \d: \d also matches other scripts' digits (໓, ꧑), which int.Parse rejects; such a cell is mojibake, not a number.
    [GeneratedRegex(@"^(?:(?<cn>[一二三四五六七八九十])[、.,:：]|\((?<pn>[一二三四五六七八九十]{1,2})\)|(?<an>[0-9]{1,2})(?:[.、,:：]|(?=[\u4E00-\u9FFF])))", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixRegex();

    private sealed record LabelDef(
        RowKey Key,
        string Core,
        PrefixKind PrefixKind = PrefixKind.None,
        int Number = 0,
        string[]? Variants = null,
        string[]? Aliases = null,
        bool RequiresPrefix = false,
        int Form = 0)
    {
        public string CoreKey { get; } = TextNormalizer.Key(Core);
    }
}
