using System;
using System.Collections.Generic;
using System.IO;
using GovInfoReport.Cli.Buffers;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// How validation results are printed (text, the issues@1 JSON document, SARIF): each result is rendered by the
/// worker that produced it (<see cref="Render"/>, thread-safe), and the ordered writer streams the pieces out.
/// </summary>
internal abstract class ValidationFormat
{
    /// <summary>The format for the settings.</summary>
    public static ValidationFormat For(OutputSettings settings, int width) => settings.Format switch
    {
        "json" => new JsonFormat(),
        "sarif" => new SarifFormat(settings.English),
        _ => new TextFormat(settings.English, width),
    };

    /// <summary>Whether <see cref="Render"/> needs each issue's line and column (the payload must then be at hand).</summary>
    public virtual bool NeedsLocations => false;

    /// <summary>Whether the run summary goes to stdout (text) or stderr (machine-readable formats keep stdout pure).</summary>
    public virtual bool SummaryOnStdout => false;

    /// <summary>Writes what comes before the first result.</summary>
    public virtual void Begin(Stream output)
    {
    }

    /// <summary>Renders one result; runs on a worker thread.</summary>
    /// <param name="source">The input's name.</param>
    /// <param name="result">The result.</param>
    /// <param name="locate">The line and column of an issue, when <see cref="NeedsLocations"/>.</param>
    /// <returns>The rendering, in a pooled buffer that <see cref="Write"/> returns.</returns>
    public abstract PooledBytes Render(string source, ReportValidationResult result, Func<ValidationIssue, (int Line, int Column)?>? locate);

    /// <summary>Writes one rendered result, in input order, and returns its buffer.</summary>
    public void Write(Stream output, ReportValidationResult result, PooledBytes rendered)
    {
        using (rendered)
        {
            WriteRendered(output, result, rendered.Span);
        }
    }

    /// <summary>Writes one rendered result, in input order.</summary>
    protected abstract void WriteRendered(Stream output, ReportValidationResult result, ReadOnlySpan<byte> rendered);

    /// <summary>Writes what comes after the last result.</summary>
    public virtual void End(Stream output)
    {
    }

    private sealed class TextFormat(bool english, int width) : ValidationFormat
    {
        public override bool SummaryOnStdout => true;

        public override PooledBytes Render(string source, ReportValidationResult result, Func<ValidationIssue, (int Line, int Column)?>? locate)
        {
            using var text = new StringWriter();
            new TextResultWriter(text, english, width).Write(source, result);
            return RenderedPieces.Encode(text.ToString());
        }

        protected override void WriteRendered(Stream output, ReportValidationResult result, ReadOnlySpan<byte> rendered) => output.Write(rendered);
    }

    private sealed class JsonFormat : ValidationFormat
    {
        private bool _any;

        public override void Begin(Stream output) => JsonFragments.Raw(output, "{\n  \"format\": \"" + IssueJsonWriter.FormatId + "\",\n  \"results\": [");

        public override PooledBytes Render(string source, ReportValidationResult result, Func<ValidationIssue, (int Line, int Column)?>? locate)
            => IssueResultText.Render(source, result);

        protected override void WriteRendered(Stream output, ReportValidationResult result, ReadOnlySpan<byte> rendered)
        {
            JsonFragments.Raw(output, _any ? ",\n    " : "\n    ");
            output.Write(rendered);
            _any = true;
        }

        public override void End(Stream output) => JsonFragments.Raw(output, _any ? "\n  ]\n}\n" : "]\n}\n");
    }

    private sealed class SarifFormat(bool english) : ValidationFormat
    {
        private readonly Dictionary<string, IssueSeverity> _rules = new(StringComparer.Ordinal);
        private readonly List<string> _ruleOrder = [];
        private bool _any;

        public override bool NeedsLocations => true;

        public override void Begin(Stream output) => JsonFragments.Raw(output,
            "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"results\": [");

        // A SARIF result per issue, separated as array items are; the writer places them in the results array.
        public override PooledBytes Render(string source, ReportValidationResult result, Func<ValidationIssue, (int Line, int Column)?>? locate)
            => result.Issues.Count == 0 ? PooledBytes.Empty : JsonFragments.Write(4, (source, result, locate, english), static (writer, state) =>
            {
                foreach (var issue in state.result.Issues)
                {
                    SarifWriter.WriteResult(writer, state.source, issue, state.locate?.Invoke(issue) ?? (1, 1), state.english);
                }
            });

        protected override void WriteRendered(Stream output, ReportValidationResult result, ReadOnlySpan<byte> rendered)
        {
            foreach (var issue in result.Issues)
            {
                if (_rules.TryAdd(issue.RuleId, issue.Severity))
                {
                    _ruleOrder.Add(issue.RuleId);
                }
            }

            if (rendered.Length == 0)
            {
                return;
            }

            JsonFragments.Raw(output, _any ? ",\n        " : "\n        ");
            output.Write(rendered);
            _any = true;
        }

        public override void End(Stream output)
        {
            JsonFragments.Raw(output, _any ? "\n      ],\n      \"tool\": " : "],\n      \"tool\": ");
            using (var tool = JsonFragments.Write(3, this, static (writer, format) => SarifWriter.WriteTool(writer, format._ruleOrder, format._rules)))
            {
                output.Write(tool.Span);
            }

            JsonFragments.Raw(output, "\n    }\n  ]\n}\n");
        }
    }
}
