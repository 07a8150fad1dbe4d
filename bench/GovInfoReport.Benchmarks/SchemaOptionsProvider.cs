using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GovInfoReport.Benchmarks;

/// <summary>Analyzer config that opts every additional file in as a template schema, as the package's build files do.</summary>
internal sealed class SchemaOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly Options OptIn = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.GovInfoReportSchema"] = "true" });
    private static readonly Options Global = new(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench" });

    public override AnalyzerConfigOptions GlobalOptions => Global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Global;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => OptIn;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
