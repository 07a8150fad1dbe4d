using System.Globalization;
using System.IO;
using GovInfoReport.Cli.Buffers;
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
    /// <returns>The rendering, in a pooled buffer that <see cref="Write"/> returns.</returns>
    public PooledBytes Render(ExtractionResult result) => json
        ? ExtractionJsonWriter.Render(result)
        : RenderedPieces.Encode(Text(result));

    /// <summary>Writes one rendered result, in input order, and returns its buffer.</summary>
    public void Write(Stream output, PooledBytes rendered)
    {
        using (rendered)
        {
            if (json)
            {
                JsonFragments.Raw(output, _any ? ",\n  " : "\n  ");
            }

            output.Write(rendered.Span);
        }

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
}
