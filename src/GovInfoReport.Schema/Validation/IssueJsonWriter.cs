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

    /// <summary>Writes a whole document: the format id and every result.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="results">The results, each with where its payload came from (or null).</param>
    public static void WriteDocument(Utf8JsonWriter writer, System.Collections.Generic.IEnumerable<(string? Source, ReportValidationResult Result)> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        writer.WriteStartObject();
        writer.WriteString("format", FormatId);
        writer.WriteStartArray("results");
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
            writer.WriteString("source", source);
        }

        if (result.TemplateVersion is { } version)
        {
            writer.WriteString("templateVersion", ((int)version).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull("templateVersion");
        }

        writer.WriteBoolean("valid", result.IsValid);
        writer.WriteNumber("errorCount", result.Validation.ErrorCount);
        writer.WriteNumber("warningCount", result.Validation.WarningCount);
        writer.WriteBoolean("truncated", result.Validation.IsTruncated);
        writer.WriteStartArray("issues");
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
        writer.WriteString("ruleId", issue.RuleId);
        writer.WriteString("severity", issue.Severity == IssueSeverity.Error ? "error" : "warning");
        writer.WriteString("pointer", issue.Pointer);
        WriteNullable(writer, "expected", issue.Expected);
        WriteNullable(writer, "actual", issue.Actual);
        writer.WriteStartObject("message");
        writer.WriteString("zh", issue.MessageZh);
        writer.WriteString("en", issue.MessageEn);
        writer.WriteEndObject();
        WriteNullable(writer, "keyword", issue.Keyword);
        if (issue.Line is { } line)
        {
            writer.WriteNumber("line", line);
        }

        if (issue.BytePositionInLine is { } position)
        {
            writer.WriteNumber("bytePositionInLine", position);
        }

        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
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
