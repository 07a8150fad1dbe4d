using System;
using System.Collections.Generic;
using System.Linq;
using GovInfoReport.Fuzz.Targets;

namespace GovInfoReport.Fuzz;

/// <summary>Every fuzz target, by name.</summary>
public static class FuzzTargets
{
    /// <summary>All targets, in the order run.sh runs them.</summary>
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("validator", "payload bytes → ReportValidator.Validate (span and stream must agree; every issue located)", ValidatorTarget.Run),
        new("schema", "schema text → SchemaReader.Read (no internal error; diagnostics inside the text; a model only without errors)", SchemaTarget.Run),
        new("rule", "expression text → RuleExpressionParser.ParseAssertion / ParsePath (only RuleSyntaxException, at an offset inside the text)", RuleTarget.Run),
        new("text", "text → ReportExtractor.Extract", ExtractionTargets.RunText),
        new("html", "HTML → ReportExtractor.ExtractHtml", ExtractionTargets.RunHtml),
        new("docx", "word/document.xml → a DOCX package → ReportExtractor.ExtractDocx", ExtractionTargets.RunDocxBody),
        new("bytes", "raw file bytes → ReportExtractor.ExtractBytes (format told by content: DOCX, PDF, HTML, text)", ExtractionTargets.RunBytes),
        new("pdf", "PDF bytes → ReportExtractor.ExtractBytes (sniffing, PdfPig and our PDF reader; a refusal that hides an exception of our code is a crash)", ExtractionTargets.RunBytes),
    ];

    /// <summary>
    /// Not fuzzed by default: it throws on inputs that start with "CRASH", to show that a throw reaches afl-fuzz as a
    /// crash (<c>run.sh 30 canary</c> must report one). A harness that cannot report a crash would prove nothing.
    /// </summary>
    public static FuzzTarget Canary { get; } = new("canary", "throws on inputs that start with CRASH (checks the harness reports crashes)", input =>
    {
        // Through instrumented code first: afl-fuzz refuses a target that reports no coverage.
        RuleTarget.Run(input);
        InvariantViolation.Check(!(input.Length >= 5 && input.AsSpan(0, 5).SequenceEqual("CRASH"u8)), "canary");
    });

    /// <summary>The target of that name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">No target has that name.</exception>
    public static FuzzTarget Find(string name) =>
        All.Append(Canary).FirstOrDefault(t => t.Name == name)
        ?? throw new ArgumentException($"unknown fuzz target '{name}'; known: {string.Join(", ", All.Select(t => t.Name))}", nameof(name));
}
