using System;
using System.Text.Json;
using GovInfoReport.Cli.Buffers;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// One result of <c>validate --format json</c> as text, byte for byte as <see cref="IssueJsonWriter.WriteResult"/>
/// writes it into the document (<see cref="JsonFragments.Options"/>, inside the results array): the writer's per-token
/// work (state checks, size estimates, separators and indentation worked out anew, some 80 tokens for an invalid
/// payload) was a third of what the tool did per payload besides validating and reading it. Everything between two
/// values is made once; strings go through <see cref="JsonRunText"/>, which leaves escaping to the writer and copies the
/// text of the rule ids, pointers and keywords (the same instances payload after payload) once it has made it.
/// IssueResultTextTests hold the text to <see cref="IssueJsonWriter"/>'s.
/// </summary>
internal sealed class IssueResultText
{
    /// <summary>The depth of a result in the document: inside the document's object and its results array.</summary>
    public const int Depth = 2;

    // Per thread (each batch worker renders its results on one thread).
    [ThreadStatic]
    private static IssueResultText? t_text;

    private readonly JsonRunText _text = new(JsonFragments.Options);

    private readonly Punctuation _between;

    private IssueResultText() => _between = new Punctuation(_text);

    /// <summary>The rendering of <paramref name="result"/> read from <paramref name="source"/>, in a buffer of the rendered pieces' pool.</summary>
    public static PooledBytes Render(string? source, ReportValidationResult result)
    {
        var rendering = t_text ??= new IssueResultText();
        var text = rendering._text;
        text.Reset();
        rendering.Write(source, result);
        var written = text.Written;
        var buffer = RenderedPieces.Pool.Rent(written.Length);
        written.CopyTo(buffer);
        return new PooledBytes(buffer, written.Length, RenderedPieces.Pool);
    }

    private void Write(string? source, ReportValidationResult result)
    {
        var text = _text;
        var between = _between;
        text.Raw("{"u8);
        if (source is not null)
        {
            text.Raw(between.Source);
            text.String(source);
            text.Raw(between.TemplateVersion);
        }
        else
        {
            text.Raw(between.FirstTemplateVersion);
        }

        text.TemplateVersion(result.TemplateVersion);
        var validation = result.Validation;
        text.Raw(between.Valid);
        text.Raw(result.IsValid ? "true"u8 : "false"u8);
        text.Raw(between.ErrorCount);
        text.Number(validation.ErrorCount);
        text.Raw(between.WarningCount);
        text.Number(validation.WarningCount);
        text.Raw(between.Truncated);
        text.Raw(validation.IsTruncated ? "true"u8 : "false"u8);
        text.Raw(between.Issues);
        var issues = result.Issues;
        for (var i = 0; i < issues.Count; i++)
        {
            var issue = issues[i];
            text.Raw(i == 0 ? between.FirstIssue : between.NextIssue);
            text.Shared(issue.RuleId);
            text.Raw(between.Severity);
            text.Raw(issue.Severity == IssueSeverity.Error ? "\"error\""u8 : "\"warning\""u8);
            text.Raw(between.Pointer);
            text.Shared(issue.Pointer);
            text.Raw(between.Expected);
            text.String(issue.Expected);
            text.Raw(between.Actual);
            text.String(issue.Actual);
            text.Raw(between.Zh);
            text.String(issue.MessageZh);
            text.Raw(between.En);
            text.String(issue.MessageEn);
            text.Raw(between.Keyword);
            text.Shared(issue.Keyword);
            if (issue.Line is { } line)
            {
                text.Raw(between.Line);
                text.Number(line);
            }

            if (issue.BytePositionInLine is { } position)
            {
                text.Raw(between.BytePositionInLine);
                text.Number(position);
            }

            text.Raw(between.IssueEnd);
        }

        text.Raw(issues.Count > 0 ? between.IssuesEnd : "]"u8);
        text.Raw(between.ResultEnd);
    }

    // Everything between two values of a result, at the result's depth, made once: line breaks, indentation, braces
    // and property names (the names of IssueJsonWriter's format).
    private sealed class Punctuation
    {
        public Punctuation(JsonRunText text)
        {
            byte[] At(int level, bool comma = true) => text.LineBytes(Depth + level, comma);
            byte[] Prefix(string name) => JsonRunText.PropertyPrefix(text.Options, JsonEncodedText.Encode(name));
            Source = [.. At(1, comma: false), .. Prefix("source")];
            FirstTemplateVersion = [.. At(1, comma: false), .. Prefix("templateVersion")];
            TemplateVersion = [.. At(1), .. Prefix("templateVersion")];
            Valid = [.. At(1), .. Prefix("valid")];
            ErrorCount = [.. At(1), .. Prefix("errorCount")];
            WarningCount = [.. At(1), .. Prefix("warningCount")];
            Truncated = [.. At(1), .. Prefix("truncated")];
            Issues = [.. At(1), .. Prefix("issues"), (byte)'['];
            FirstIssue = [.. At(2, comma: false), (byte)'{', .. At(3, comma: false), .. Prefix("ruleId")];
            NextIssue = [.. At(2), (byte)'{', .. At(3, comma: false), .. Prefix("ruleId")];
            Severity = [.. At(3), .. Prefix("severity")];
            Pointer = [.. At(3), .. Prefix("pointer")];
            Expected = [.. At(3), .. Prefix("expected")];
            Actual = [.. At(3), .. Prefix("actual")];
            Zh = [.. At(3), .. Prefix("message"), (byte)'{', .. At(4, comma: false), .. Prefix("zh")];
            En = [.. At(4), .. Prefix("en")];
            Keyword = [.. At(3, comma: false), (byte)'}', .. At(3), .. Prefix("keyword")];
            Line = [.. At(3), .. Prefix("line")];
            BytePositionInLine = [.. At(3), .. Prefix("bytePositionInLine")];
            IssueEnd = [.. At(2, comma: false), (byte)'}'];
            IssuesEnd = [.. At(1, comma: false), (byte)']'];
            ResultEnd = [.. At(0, comma: false), (byte)'}'];
        }

        public byte[] Source { get; }

        public byte[] FirstTemplateVersion { get; }

        public byte[] TemplateVersion { get; }

        public byte[] Valid { get; }

        public byte[] ErrorCount { get; }

        public byte[] WarningCount { get; }

        public byte[] Truncated { get; }

        public byte[] Issues { get; }

        public byte[] FirstIssue { get; }

        public byte[] NextIssue { get; }

        public byte[] Severity { get; }

        public byte[] Pointer { get; }

        public byte[] Expected { get; }

        public byte[] Actual { get; }

        public byte[] Zh { get; }

        public byte[] En { get; }

        public byte[] Keyword { get; }

        public byte[] Line { get; }

        public byte[] BytePositionInLine { get; }

        public byte[] IssueEnd { get; }

        public byte[] IssuesEnd { get; }

        public byte[] ResultEnd { get; }
    }
}
