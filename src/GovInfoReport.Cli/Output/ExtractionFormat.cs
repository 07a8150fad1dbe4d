using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using GovInfoReport.Extraction;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// How <c>extract</c> prints its results: text (a summary and the notes per file) or a JSON array of results. Each
/// result is rendered by its worker (<see cref="Render"/>, thread-safe); the ordered writer streams the pieces out.
/// </summary>
internal sealed class ExtractionFormat(bool json, bool english)
{
    private bool _any;

    /// <summary>Whether the run summary goes to stdout (text) or stderr (JSON keeps stdout pure).</summary>
    public bool SummaryOnStdout => !json;

    public void Begin(Stream output)
    {
        if (json)
        {
            JsonFragments.Raw(output, "[");
        }
    }

    /// <summary>Renders one result; runs on a worker thread.</summary>
    public byte[] Render(ExtractionResult result) => json ? JsonFragments.Write(writer => WriteJson(writer, result), 2) : Encoding.UTF8.GetBytes(Text(result));

    /// <summary>Writes one rendered result, in input order.</summary>
    public void Write(Stream output, byte[] rendered)
    {
        if (json)
        {
            JsonFragments.Raw(output, _any ? ",\n  " : "\n  ");
        }

        output.Write(rendered);

        _any = true;
    }

    public void End(Stream output)
    {
        if (json)
        {
            JsonFragments.Raw(output, _any ? "\n]\n" : "]\n");
        }
    }

    private string Text(ExtractionResult result)
    {
        using var output = new StringWriter();
        var source = DisplayText.Escape(result.SourceName ?? string.Empty);
        if (!result.IsAnnualReport)
        {
            output.WriteLine($"{source}  [{result.Status}]  {DisplayText.Escape((english ? result.ReasonEn : result.ReasonZh) ?? string.Empty)}");
            output.WriteLine();
            return output.ToString();
        }

        output.WriteLine($"{source}  [{(result.TemplateVersion is { } v ? ((int)v).ToString(CultureInfo.InvariantCulture) : "?")}]  {DisplayText.Escape(result.AgencyName ?? string.Empty)} {result.ReportYear}  " +
            (english ? $"{result.Provenance.Count} values, {result.Notes.Count} notes" : $"{result.Provenance.Count} 个数值，{result.Notes.Count} 条说明"));
        foreach (var note in result.Notes)
        {
            output.WriteLine($"  {note.Code,-28} {note.Pointer ?? string.Empty,-50} {note.Location?.ToString() ?? string.Empty,-14} {DisplayText.Escape(english ? note.MessageEn : note.MessageZh)}");
        }

        output.WriteLine();
        return output.ToString();
    }

    private static void WriteJson(Utf8JsonWriter json, ExtractionResult result)
    {
        json.WriteStartObject();
        json.WriteString("source", result.SourceName);
        json.WriteString("format", result.Format.ToString());
        json.WriteString("encoding", result.Encoding);
        json.WriteString("status", result.Status.ToString());
        json.WriteBoolean("isAnnualReport", result.IsAnnualReport);
        if (result.ReasonEn is null)
        {
            json.WriteNull("reason");
        }
        else
        {
            json.WriteStartObject("reason");
            json.WriteString("zh", result.ReasonZh);
            json.WriteString("en", result.ReasonEn);
            json.WriteEndObject();
        }

        json.WriteString("agencyName", result.AgencyName);
        if (result.ReportYear is { } year)
        {
            json.WriteNumber("reportYear", year);
        }
        else
        {
            json.WriteNull("reportYear");
        }

        json.WriteString("publicationDate", result.PublicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("templateVersion", result.TemplateVersion is { } v ? ((int)v).ToString(CultureInfo.InvariantCulture) : null);
        json.WriteStartArray("subTables");
        foreach (var table in result.SubTables)
        {
            json.WriteStartObject();
            json.WriteString("id", table.Id);
            json.WriteString("pointer", table.Pointer);
            json.WriteBoolean("found", table.Found);
            json.WriteString("version", table.Version is { } tv ? ((int)tv).ToString(CultureInfo.InvariantCulture) : null);
            json.WriteString("evidence", table.Evidence);
            json.WriteString("location", table.Location?.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("notes");
        foreach (var note in result.Notes)
        {
            json.WriteStartObject();
            json.WriteString("code", note.Code);
            json.WriteString("severity", note.Severity.ToString().ToLowerInvariant());
            json.WriteString("pointer", note.Pointer);
            json.WriteString("location", note.Location?.ToString());
            json.WriteString("rawText", note.RawText);
            json.WriteStartObject("message");
            json.WriteString("zh", note.MessageZh);
            json.WriteString("en", note.MessageEn);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("provenance");
        foreach (var value in result.Provenance)
        {
            json.WriteStartObject();
            json.WriteString("pointer", value.Pointer);
            json.WriteString("location", value.Location.ToString());
            json.WriteString("rawText", value.RawText);
            json.WriteString("derivation", value.Derivation);
            if (value.Inference is { } inference)
            {
                // Inferred from run-together digits: the rules used are not assessable for this value.
                json.WriteStartArray("inferredWith");
                foreach (var rule in inference.Rules)
                {
                    json.WriteStringValue(rule);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("payload");
        if (result.Payload is { } payload)
        {
            payload.WriteTo(json);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteEndObject();
    }
}
