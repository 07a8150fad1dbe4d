using System;
using System.Text.Json;

namespace GovInfoReport.Schema.Validation;

/// <summary>
/// Writes validation results in the documented, versioned issue format (<see cref="FormatId"/>), described by the
/// JSON Schema <c>schemas/validation-issues.schema.json</c> shipped in the package, so other services can consume them.
/// </summary>
public static class IssueJsonWriter
{
    /// <summary>The format id written in every document; bumped only on breaking changes.</summary>
    public const string FormatId = "govinfo-report/issues@1";

    // Names and fixed values encoded once: a batch writes them for every result and issue. ASCII letters only, so
    // their bytes are the same under every encoder a caller's writer may use.
    private static readonly JsonEncodedText ActualName = JsonEncodedText.Encode("actual");
    private static readonly JsonEncodedText BytePositionInLineName = JsonEncodedText.Encode("bytePositionInLine");
    private static readonly JsonEncodedText EnName = JsonEncodedText.Encode("en");
    private static readonly JsonEncodedText ErrorCountName = JsonEncodedText.Encode("errorCount");
    private static readonly JsonEncodedText ExpectedName = JsonEncodedText.Encode("expected");
    private static readonly JsonEncodedText FormatName = JsonEncodedText.Encode("format");
    private static readonly JsonEncodedText IssuesName = JsonEncodedText.Encode("issues");
    private static readonly JsonEncodedText KeywordName = JsonEncodedText.Encode("keyword");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText PointerName = JsonEncodedText.Encode("pointer");
    private static readonly JsonEncodedText ResultsName = JsonEncodedText.Encode("results");
    private static readonly JsonEncodedText RuleIdName = JsonEncodedText.Encode("ruleId");
    private static readonly JsonEncodedText SeverityName = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText SourceName = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText TemplateVersionName = JsonEncodedText.Encode("templateVersion");
    private static readonly JsonEncodedText TruncatedName = JsonEncodedText.Encode("truncated");
    private static readonly JsonEncodedText ValidName = JsonEncodedText.Encode("valid");
    private static readonly JsonEncodedText WarningCountName = JsonEncodedText.Encode("warningCount");
    private static readonly JsonEncodedText ZhName = JsonEncodedText.Encode("zh");
    private static readonly JsonEncodedText ErrorText = JsonEncodedText.Encode("error");
    private static readonly JsonEncodedText WarningText = JsonEncodedText.Encode("warning");


    /// <summary>Writes a whole document: the format id and every result.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="results">The results, each with where its payload came from (or null).</param>
    public static void WriteDocument(Utf8JsonWriter writer, System.Collections.Generic.IEnumerable<(string? Source, ReportValidationResult Result)> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        writer.WriteStartObject();
        writer.WriteString(FormatName, FormatId);
        writer.WriteStartArray(ResultsName);
        foreach (var (source, result) in results)
        {
            WriteResult(writer, result, source);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one result as an object: the payload's template version, counts and issues.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="result">The result.</param>
    /// <param name="source">Where the payload came from (a file path, "stdin"), or null.</param>
    public static void WriteResult(Utf8JsonWriter writer, ReportValidationResult result, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (source is not null)
        {
            writer.WriteString(SourceName, source);
        }

        if (result.TemplateVersion is { } version)
        {
            Span<char> text = stackalloc char[11];
            ((int)version).TryFormat(text, out var length, default, System.Globalization.CultureInfo.InvariantCulture);
            writer.WriteString(TemplateVersionName, text[..length]);
        }
        else
        {
            writer.WriteNull(TemplateVersionName);
        }

        writer.WriteBoolean(ValidName, result.IsValid);
        writer.WriteNumber(ErrorCountName, result.Validation.ErrorCount);
        writer.WriteNumber(WarningCountName, result.Validation.WarningCount);
        writer.WriteBoolean(TruncatedName, result.Validation.IsTruncated);
        writer.WriteStartArray(IssuesName);
        foreach (var issue in result.Issues)
        {
            WriteIssue(writer, issue);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one issue as an object.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="issue">The issue.</param>
    public static void WriteIssue(Utf8JsonWriter writer, ValidationIssue issue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(issue);
        writer.WriteStartObject();
        writer.WriteString(RuleIdName, issue.RuleId);
        writer.WriteString(SeverityName, issue.Severity == IssueSeverity.Error ? ErrorText : WarningText);
        writer.WriteString(PointerName, issue.Pointer);
        WriteNullable(writer, ExpectedName, issue.Expected);
        WriteNullable(writer, ActualName, issue.Actual);
        writer.WriteStartObject(MessageName);
        writer.WriteString(ZhName, issue.MessageZh);
        writer.WriteString(EnName, issue.MessageEn);
        writer.WriteEndObject();
        WriteNullable(writer, KeywordName, issue.Keyword);
        if (issue.Line is { } line)
        {
            writer.WriteNumber(LineName, line);
        }

        if (issue.BytePositionInLine is { } position)
        {
            writer.WriteNumber(BytePositionInLineName, position);
        }

        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
