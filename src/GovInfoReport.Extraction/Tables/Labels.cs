using System;
using System.Collections.Generic;
using System.Linq;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Values;
using GovInfoReport.Schema;

namespace GovInfoReport.Extraction.Tables;

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
/// <param name="Form">For 二 规范性文件: the version whose wording was printed (2019 规范性文件, 2021 行政规范性文件); otherwise null.</param>
/// <param name="Detail">The variant or annotation seen, for notes.</param>
internal readonly record struct LabelMatch(RowKey Key, MatchKind Kind, TemplateVersion? Form, string? Detail);

/// <summary>The statutory labels of tables 二 and 三 and the header words of every table, and how printed labels are matched to them.</summary>
internal static partial class Labels
{
    // The statutory labels, numbering and groups come from the shipped schemas (StatutoryLayout); only the printed
    // variants, typos and aliases the schemas do not describe are kept here, by hand.
    private static readonly LabelDef[] ActiveDisclosureLabels =
    [
        Row(RowKey.Rules),
        Row(RowKey.Normative, TemplateVersion.V2019, form: TemplateVersion.V2019),
        Row(RowKey.Normative, TemplateVersion.V2021, form: TemplateVersion.V2021),
        Row(RowKey.Licensing),
        Row(RowKey.OtherServices, TemplateVersion.V2019),
        Row(RowKey.Penalties),
        Row(RowKey.Coercion),
        Row(RowKey.Fees),
        Row(RowKey.Procurement, TemplateVersion.V2019),
    ];

    private static readonly LabelDef[] ApplicationLabels =
    [
        Row(RowKey.AppNew),
        Row(RowKey.AppCarriedIn),
        Group(RowKey.AppOutcomesGroup, RowKey.AppDisclosed),
        Row(RowKey.AppDisclosed),
        Row(RowKey.AppPartial, variants: ["部分公开区分处理的只计这一情况不计其他情形"], aliases: ["部分公开"]),
        Group(RowKey.AppNotDisclosedGroup, RowKey.AppNd1),
        Row(RowKey.AppNd1, variants: ["属于国家机密"]),
        Row(RowKey.AppNd2, variants: ["其他法律行政止公开"]),
        Row(RowKey.AppNd3),
        Row(RowKey.AppNd4),
        Row(RowKey.AppNd5, variants: ["属于三类内容事务信息"]),
        Row(RowKey.AppNd6),
        Row(RowKey.AppNd7),
        Row(RowKey.AppNd8),
        Group(RowKey.AppUnableGroup, RowKey.AppUp1),
        Row(RowKey.AppUp1),
        Row(RowKey.AppUp2),
        Row(RowKey.AppUp3),
        Group(RowKey.AppNotProcessedGroup, RowKey.AppNp1),
        Row(RowKey.AppNp1),
        Row(RowKey.AppNp2),
        Row(RowKey.AppNp3),
        Row(RowKey.AppNp4),
        Row(RowKey.AppNp5, variants: ["要求行政机关确认或重新出具以获取信息"]),
        Row(RowKey.AppOther, TemplateVersion.V2019),
        Row(RowKey.AppOther1),
        Row(RowKey.AppOther2),

        // "其他" and "总计" are also column headers: only with their numbering are they row labels.
        Row(RowKey.AppOther3, requiresPrefix: true),
        Row(RowKey.AppTotal, requiresPrefix: true),
        Row(RowKey.AppCarriedOut, variants: ["结转下半年度继续办理"]),
    ];

    /// <summary>The printed row labels of table 二 (every wording), for finding a label at the end of run-together text.</summary>
    internal static readonly string[] ActiveDisclosureWords = [.. ActiveDisclosureLabels.Select(l => l.Core).Distinct()];

    /// <summary>Header words of the table 二 sub-tables, 2019 wording (the schema's column titles).</summary>
    internal static readonly string[] ActiveHeaders2019 = HeaderKeys(TemplateVersion.V2019, "/activeDisclosure/");

    /// <summary>Header words of the table 二 sub-tables, 2021 wording (the schema's column titles, and the fee title without its unit).</summary>
    internal static readonly string[] ActiveHeaders2021 = [.. HeaderKeys(TemplateVersion.V2021, "/activeDisclosure/"), "本年收费金额"];

    /// <summary>Header words of table 三: the schema's column titles and the printed group headers and note.</summary>
    internal static readonly string[] ApplicationHeaders = ["申请人情况", .. HeaderKeys(TemplateVersion.V2021, "/applications/"), "法人或其他组织", "本列数据的勾稽关系为第一项加第二项之和等于第三项加第四项之和"];

    /// <summary>Header words of table 四: the group titles and column titles of the schema.</summary>
    internal static readonly string[] ReviewHeaders = [.. StatutoryLayout.Rows(TemplateVersion.V2021).Where(r => r.Pointer.StartsWith("/reviewAndLitigation/", StringComparison.Ordinal)).SelectMany(r => new[] { r.GroupTitle ?? string.Empty, r.Title }).Where(t => t.Length > 0).Concat(HeaderKeys(TemplateVersion.V2021, "/reviewAndLitigation/")).Select(TextNormalizer.Key).Distinct()];

    private static string[] HeaderKeys(TemplateVersion version, string prefix)
        => [.. StatutoryLayout.Rows(version).Where(r => r.Pointer.StartsWith(prefix, StringComparison.Ordinal)).SelectMany(r => r.Columns).Select(c => TextNormalizer.Key(TextNormalizer.Normalize(c.Title, out _))).Where(k => k.Length > 0).Distinct()];

    /// <summary>A statutory row's label, numbering and wording from the schema of <paramref name="version"/>.</summary>
    private static LabelDef Row(RowKey key, TemplateVersion version = TemplateVersion.V2021, TemplateVersion? form = null, string[]? variants = null, string[]? aliases = null, bool requiresPrefix = false)
    {
        var pointer = Paths.Row(key, version);
        var title = (StatutoryLayout.Find(version, pointer) ?? StatutoryLayout.Row(pointer)).Title;
        return Def(key, title, form, variants, aliases, requiresPrefix);
    }

    /// <summary>The group cell above a statutory row ("（三）不予公开"), from the schema.</summary>
    private static LabelDef Group(RowKey key, RowKey firstRow)
        => Def(key, StatutoryLayout.Row(Paths.Row(firstRow, TemplateVersion.V2021)).GroupTitle ?? throw new InvalidOperationException(key + " has no group in the schema."), null, null, null, false);

    private static LabelDef Def(RowKey key, string title, TemplateVersion? form, string[]? variants, string[]? aliases, bool requiresPrefix)
    {
        var core = SplitPrefix(TextNormalizer.Normalize(title, out _), out var kind, out var number);
        return new LabelDef(key, core, kind, number, variants, aliases, requiresPrefix, form);
    }

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

    /// <summary>The comparison key of a statutory row's label (its text without numbering), for matching label fragments.</summary>
    /// <param name="key">The row.</param>
    /// <returns>The key, or an empty string for a row of no table here.</returns>
    internal static string StatutoryKey(RowKey key)
    {
        foreach (var def in ApplicationLabels)
        {
            if (def.Key == key)
            {
                return def.CoreKey;
            }
        }

        foreach (var def in ActiveDisclosureLabels)
        {
            if (def.Key == key)
            {
                return def.CoreKey;
            }
        }

        return string.Empty;
    }

    /// <summary>Splits a normalised label into its numbering and its text.</summary>
    /// <param name="normalized">The normalised text.</param>
    /// <param name="kind">The numbering style.</param>
    /// <param name="number">The number.</param>
    /// <returns>The text after the numbering.</returns>
    internal static string SplitPrefix(string normalized, out PrefixKind kind, out int number)
    {
        var length = PrefixLength(normalized, out kind, out number);
        return length == 0 ? normalized : normalized[length..];
    }

    /// <summary>
    /// The length of the numbering at the start of a label, scanned by hand: "一、" (<see cref="PrefixKind.Chinese"/>),
    /// "(一)" or "(十一)" (<see cref="PrefixKind.Paren"/>), "1." or "12、" or "1" right before an ideograph
    /// (<see cref="PrefixKind.Arabic"/>, ASCII digits only). Every label cell of every table passes here, and the regex
    /// it replaces allocated a match, its groups and their strings per cell.
    /// </summary>
    private static int PrefixLength(string text, out PrefixKind kind, out int number)
    {
        kind = PrefixKind.None;
        number = 0;
        if (text.Length >= 2 && IsChineseNumeral(text[0]) && IsNumberingSeparator(text[1]))
        {
            kind = PrefixKind.Chinese;
            number = DigitOf(text[0]);
            return 2;
        }

        if (text.Length >= 3 && text[0] == '(' && IsChineseNumeral(text[1]))
        {
            // One or two numerals, then ')': a second numeral can never be the ')' a shorter reading would need.
            var numerals = IsChineseNumeral(text[2]) ? 2 : 1;
            if (text.Length > numerals + 1 && text[numerals + 1] == ')')
            {
                kind = PrefixKind.Paren;
                number = ChineseDigit(text.AsSpan(1, numerals));
                return numerals + 2;
            }

            return 0;
        }

        if (text.Length >= 2 && char.IsAsciiDigit(text[0]))
        {
            var digits = char.IsAsciiDigit(text[1]) ? 2 : 1;
            if (digits < text.Length)
            {
                var next = text[digits];
                var value = digits == 2 ? ((text[0] - '0') * 10) + (text[1] - '0') : text[0] - '0';
                if (IsNumberingSeparator(next))
                {
                    kind = PrefixKind.Arabic;
                    number = value;
                    return digits + 1;
                }

                if (next >= '\u4E00' && next <= '\u9FFF')
                {
                    // Numbering right before the label's first ideograph ("1属于国家秘密"): the ideograph is not consumed.
                    kind = PrefixKind.Arabic;
                    number = value;
                    return digits;
                }
            }
        }

        return 0;
    }

    private static bool IsChineseNumeral(char c) => DigitOf(c) > 0;

    private static bool IsNumberingSeparator(char c) => c is '、' or '.' or ',' or ':' or '：';

    /// <summary>The value of a Chinese numeral from 一 to 十九.</summary>
    /// <param name="text">The numeral.</param>
    /// <returns>Its value, or 0.</returns>
    internal static int ChineseDigit(ReadOnlySpan<char> text)
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

        // On the stack for a label's length: a label is compared with every statutory row it might be, and two arrays
        // per comparison were about two fifths of the int arrays an extraction allocated (some 4.7 KB a report).
        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
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

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }

    // [0-9], not \d: \d also matches other scripts' digits (໓, ꧑), which int.Parse rejects; such a cell is mojibake, not a number.
    private sealed record LabelDef(
        RowKey Key,
        string Core,
        PrefixKind PrefixKind = PrefixKind.None,
        int Number = 0,
        string[]? Variants = null,
        string[]? Aliases = null,
        bool RequiresPrefix = false,
        TemplateVersion? Form = null)
    {
        public string CoreKey { get; } = TextNormalizer.Key(Core);
    }
}
