using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfoReport.Schema.Validation;
using GovInfoReport.SchemaTools;

namespace GovInfoReport.Cli.Output;

/// <summary>Writes results as SARIF 2.1.0, so CI systems and editors can show the findings at their line.</summary>
internal static class SarifWriter
{
    public static void Write(TextWriter output, IReadOnlyList<ValidatedPayload> payloads, bool english)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, payloads, english);
            json.WriteStartArray("results");
            foreach (var payload in payloads)
            {
                if (payload.Result is null)
                {
                    continue;
                }

                var locator = payload.Locate is null ? new PointerLocator(Encoding.UTF8.GetString(payload.Input.Bytes ?? [])) : null;
                foreach (var issue in payload.Result.Issues)
                {
                    var position = payload.Locate is { } locate
                        ? locate(issue)
                        : issue.Line is { } syntaxLine
                            ? ((int)syntaxLine, (int)(issue.BytePositionInLine ?? 0) + 1)
                            : locator!.Locate(issue.Pointer) is { } location ? (location.StartLine + 1, location.StartColumn + 1) : null;
                    WriteResult(json, payload.Input.Source, issue, position ?? (1, 1), english);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<ValidatedPayload> payloads, bool english)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "govinfo-report");
        json.WriteString("informationUri", "https://github.com/govinforeport/govinforeport");
        json.WriteString("version", typeof(SarifWriter).Assembly.GetName().Version?.ToString() ?? "0.0.0");
        json.WriteStartArray("rules");
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var payload in payloads)
        {
            foreach (var issue in payload.Result?.Issues ?? [])
            {
                if (!seen.Add(issue.RuleId))
                {
                    continue;
                }

                json.WriteStartObject();
                json.WriteString("id", issue.RuleId);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", issue.RuleId);
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(issue.Severity));
                json.WriteEndObject();
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, string source, ValidationIssue issue, (int Line, int Column) position, bool english)
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
