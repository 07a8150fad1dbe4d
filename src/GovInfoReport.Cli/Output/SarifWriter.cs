using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using GovInfoReport.Schema.Validation;
using GovInfoReport.SchemaTools;

namespace GovInfoReport.Cli.Output;

/// <summary>The pieces of a SARIF 2.1.0 log, so CI systems and editors can show the findings at their line.</summary>
internal static class SarifWriter
{
    /// <summary>Where each issue of a JSON payload stands: a syntax error at its reported line, any other issue at its JSON Pointer.</summary>
    /// <remarks>The payload is parsed for locations only when an issue needs one, and only once.</remarks>
    public static Func<ValidationIssue, (int Line, int Column)?> LocateInPayload(ReadOnlySpan<byte> payload, ReportValidationResult result)
    {
        PointerLocator? locator = null;
        foreach (var issue in result.Issues)
        {
            if (issue.Line is null)
            {
                locator = new PointerLocator(Encoding.UTF8.GetString(payload));
                break;
            }
        }

        return issue => issue.Line is { } syntaxLine
            ? ((int)syntaxLine, (int)(issue.BytePositionInLine ?? 0) + 1)
            : locator?.Locate(issue.Pointer) is { } location ? (location.StartLine + 1, location.StartColumn + 1) : null;
    }

    /// <summary>Writes the <c>tool</c> object, describing every rule the results cite.</summary>
    public static void WriteTool(Utf8JsonWriter json, IReadOnlyList<string> ruleIds, IReadOnlyDictionary<string, IssueSeverity> severities)
    {
        json.WriteStartObject();
        json.WriteStartObject("driver");
        json.WriteString("name", "govinfo-report");
        json.WriteString("informationUri", "https://github.com/govinforeport/govinforeport");
        json.WriteString("version", typeof(SarifWriter).Assembly.GetName().Version?.ToString() ?? "0.0.0");
        json.WriteStartArray("rules");
        foreach (var ruleId in ruleIds)
        {
            json.WriteStartObject();
            json.WriteString("id", ruleId);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", ruleId);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(severities[ruleId]));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Writes one SARIF result object for <paramref name="issue"/>.</summary>
    public static void WriteResult(Utf8JsonWriter json, string source, ValidationIssue issue, (int Line, int Column) position, bool english)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", issue.RuleId);
        json.WriteString("level", Level(issue.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", english ? issue.MessageEn : issue.MessageZh);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", source.Replace('\\', '/'));
        json.WriteEndObject();
        var (line, column) = position;
        json.WriteStartObject("region");
        json.WriteNumber("startLine", line);
        json.WriteNumber("startColumn", column);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("fullyQualifiedName", issue.Pointer.Length == 0 ? "/" : issue.Pointer);
        json.WriteString("kind", "member");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("properties");
        if (issue.Expected is not null)
        {
            json.WriteString("expected", issue.Expected);
        }

        if (issue.Actual is not null)
        {
            json.WriteString("actual", issue.Actual);
        }

        json.WriteString("messageZh", issue.MessageZh);
        json.WriteString("messageEn", issue.MessageEn);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Level(IssueSeverity severity) => severity == IssueSeverity.Error ? "error" : "warning";
}
