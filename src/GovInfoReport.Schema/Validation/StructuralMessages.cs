using System;

namespace GovInfoReport.Schema.Validation;

/// <summary>The Chinese and English texts of the issues the validator raises itself.</summary>
internal static class StructuralMessages
{
    public static (string Zh, string En) WrongType(string label, string pointer, string expected, string actual)
        => ($"“{label}”（{pointer}）应为{ZhText(expected)}，实为{ZhText(actual)}。", $"'{label}' at {pointer} must be {expected}, but it is {actual}.");

    public static (string Zh, string En) Required(string label, string pointer)
        => ($"缺少必填项“{label}”（{pointer}）。", $"The required property '{label}' is missing at {pointer}.");

    public static (string Zh, string En) UnknownProperty(string name, string pointer)
        => ($"模板中没有属性“{name}”（{pointer}）。", $"The template has no property '{name}' (at {pointer}).");

    public static (string Zh, string En) DuplicateProperty(string name, string pointer)
        => ($"属性“{name}”重复出现（{pointer}）。", $"The property '{name}' appears more than once (at {pointer}).");

    public static (string Zh, string En) Minimum(string label, string pointer, string minimum, string actual)
        => ($"“{label}”（{pointer}）不应小于 {minimum}，实为 {actual}。", $"'{label}' at {pointer} must be at least {minimum}, but it is {actual}.");

    public static (string Zh, string En) Maximum(string label, string pointer, string maximum, string actual)
        => ($"“{label}”（{pointer}）不应大于 {maximum}，实为 {actual}。", $"'{label}' at {pointer} must be at most {maximum}, but it is {actual}.");

    public static (string Zh, string En) Enum(string label, string pointer, string allowed, string actual)
        => ($"“{label}”（{pointer}）只能取 {allowed}，实为 {actual}。", $"'{label}' at {pointer} must be one of {allowed}, but it is {actual}.");

    public static (string Zh, string En) Format(string label, string pointer, string format, string actual)
        => ($"“{label}”（{pointer}）应为 {format} 格式，实为 {actual}。", $"'{label}' at {pointer} must be a {format}, but it is {actual}.");

    public static (string Zh, string En) MinLength(string label, string pointer, int minimum, int actual)
        => ($"“{label}”（{pointer}）至少应有 {minimum} 个字符，实有 {actual} 个。", $"'{label}' at {pointer} must have at least {minimum} characters, but it has {actual}.");

    public static (string Zh, string En) MaxLength(string label, string pointer, int maximum, int actual)
        => ($"“{label}”（{pointer}）至多应有 {maximum} 个字符，实有 {actual} 个。", $"'{label}' at {pointer} must have at most {maximum} characters, but it has {actual}.");

    public static (string Zh, string En) MaxItems(string label, string pointer, int maximum, int actual)
        => ($"“{label}”（{pointer}）至多应有 {maximum} 行，实有 {actual} 行。", $"'{label}' at {pointer} must have at most {maximum} rows, but it has {actual}.");

    public static (string Zh, string En) Syntax(string detail, long line, long position, System.Text.Json.JsonTokenType lastToken)
    {
        // The reader's text ends with its own 0-based "LineNumber: 0 | BytePositionInLine: 5." Our 1-based line
        // already says where, so that tail goes; the Chinese text says what went wrong in Chinese, not in English.
        var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var english = (cut >= 0 ? detail.Substring(0, cut) : detail).Trim();
        return ($"JSON 格式错误（第 {line} 行，第 {position} 字节）：{ZhSyntax(english, lastToken)}。", $"The payload is not valid JSON (line {line}, byte {position}): {english}");
    }

    public static (string Zh, string En) NotExactDecimal(string label, string pointer, string printed)
        => ($"“{label}”（{pointer}）写作 {printed}，超出小数（decimal）可精确表示的精度（至多 28 位小数、29 位有效数字）或范围；为免悄然舍入，不予接受。",
            $"'{label}' at {pointer} is printed as {printed}, which a decimal cannot hold exactly (at most 28 decimal places and 29 significant digits); it is refused rather than silently rounded.");

    public static (string Zh, string En) InvalidText(string label, string pointer)
        => ($"“{label}”（{pointer}）不是有效的 Unicode 文本（无效的 UTF-8 字节或不成对的代理项转义）。", $"'{label}' at {pointer} is not valid Unicode text (invalid UTF-8 or an escaped lone surrogate).");

    private static string ZhSyntax(string english, System.Text.Json.JsonTokenType lastToken)
    {
        // The offending character, when the reader quotes it first: '0xEF' or 'x'.
        var quoted = english.Length > 2 && english[0] == '\'' && english.IndexOf('\'', 1) is var end and > 1 ? english.Substring(1, end - 1) : null;
        var what = quoted is null ? string.Empty : "“" + quoted + "”";
        if (english.Contains("invalid start of a value", StringComparison.Ordinal))
        {
            return what + "不能作为 JSON 值的开头";
        }

        if (english.Contains("invalid start of a property name", StringComparison.Ordinal))
        {
            return "属性名应以双引号开头，此处却是" + what;
        }

        if (english.Contains("after a property name", StringComparison.Ordinal))
        {
            return "属性名之后应为冒号，此处却是" + what;
        }

        if (english.Contains("after a single JSON value", StringComparison.Ordinal))
        {
            return "JSON 值结束后还有多余内容" + what;
        }

        if (english.Contains("invalid after a value", StringComparison.Ordinal))
        {
            return "值之后应为逗号或右括号，此处却是" + what;
        }

        if (english.Contains("trailing comma", StringComparison.Ordinal))
        {
            return "对象或数组末尾多了一个逗号";
        }

        if (english.Contains("Comments are not allowed", StringComparison.Ordinal) || english.Contains("comment", StringComparison.OrdinalIgnoreCase))
        {
            return "JSON 中不允许注释";
        }

        if (english.Contains("escap", StringComparison.Ordinal))
        {
            return "字符串中有无效的转义或未转义的控制字符" + what;
        }

        if (english.Contains("literal", StringComparison.Ordinal))
        {
            return what + "不是有效的字面量（应为 true、false 或 null）";
        }

        if (english.Contains("number", StringComparison.OrdinalIgnoreCase))
        {
            return "数字格式无效" + (what.Length == 0 ? string.Empty : "（" + what + "）");
        }

        if (english.Contains("end of data", StringComparison.Ordinal) || english.Contains("depth to be zero", StringComparison.Ordinal) || english.Contains("incomplete", StringComparison.OrdinalIgnoreCase))
        {
            return lastToken == System.Text.Json.JsonTokenType.String || english.Contains("end of string", StringComparison.Ordinal)
                ? "内容在字符串中途结束"
                : "内容不完整：有未闭合的对象、数组或字符串";
        }

        return "此处不符合 JSON 语法" + (what.Length == 0 ? string.Empty : "（" + what + "）");
    }

    public static (string Zh, string En) Depth(int maxDepth, long line, long position)
        => ($"JSON 嵌套超过 {maxDepth} 层（第 {line} 行，第 {position} 字节）。", $"The payload nests deeper than {maxDepth} levels (line {line}, byte {position}).");

    public static (string Zh, string En) Empty()
        => ("请求内容为空，不是 JSON 文档。", "The payload is empty; a JSON document was expected.");

    public static (string Zh, string En) Size(long actual, int maximum)
        => ($"请求内容为 {actual} 字节，超过上限 {maximum} 字节。", $"The payload has {actual} bytes, more than the limit of {maximum}.");

    public static (string Zh, string En) SizeUnknown(int maximum)
        => ($"请求内容超过上限 {maximum} 字节（读到上限即停止，未读完）。", $"The payload is larger than the limit of {maximum} bytes (reading stopped at the limit).");

    public static (string Zh, string En) Encoding(long offset)
        => ($"请求内容不是有效的 UTF-8 编码（第 {offset} 字节）。", $"The payload is not valid UTF-8 (at byte {offset}).");

    public static (string Zh, string En) LoneSurrogateEscape(long offset)
        => ($"请求内容含有不成对的代理项转义（如 \\uD800，第 {offset} 字节处的字符串），不是有效的 Unicode 文本。", $"The payload escapes a lone surrogate (such as \\uD800, in the string at byte {offset}); it is not valid Unicode text.");

    public static (string Zh, string En) LoneSurrogateInText(long index)
        => ($"文本含有不成对的代理项（第 {index} 个字符），不是有效的 Unicode 文本。", $"The text holds a lone surrogate (at character {index}); it is not valid Unicode text.");

    public static (string Zh, string En) Truncated(int maximum)
        => ($"问题超过 {maximum} 条，其余未列出。", $"More than {maximum} issues were found; the rest are not listed.");

    /// <summary>A short English value description (a type, a bound, a verdict) in Chinese; other text unchanged.</summary>
    public static string ZhText(string english)
    {
        if (english.StartsWith("a fraction (", StringComparison.Ordinal))
        {
            return "小数（" + english.Substring(12, english.Length - 13) + "）";
        }

        if (english.StartsWith("out of range (", StringComparison.Ordinal))
        {
            return "超出范围（" + english.Substring(14, english.Length - 15) + "）";
        }

        if (english.StartsWith("not exact as a decimal (", StringComparison.Ordinal))
        {
            return "无法用小数精确表示（" + english.Substring(24, english.Length - 25) + "）";
        }

        if (english.EndsWith(" characters", StringComparison.Ordinal))
        {
            return english.Substring(0, english.Length - 11) + " 个字符";
        }

        return ZhType(english);
    }

    private static string ZhType(string english) => english switch
    {
        "an integer" => "整数",
        "a 32-bit integer" => "32 位整数",
        "a number" => "数字",
        "an exact decimal" => "可精确表示的小数",
        "a string" => "字符串",
        "an object" => "对象",
        "an array" => "数组",
        "a boolean" => "布尔值",
        "null" => "空值（null）",
        _ => english,
    };
}
