using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GovInfoReport.Generators.Tests.Support;

/// <summary>
/// Analyzer-config options as MSBuild would write them into the generated .editorconfig: global properties
/// (<c>build_property.*</c>) and per-additional-file metadata (<c>build_metadata.AdditionalFiles.*</c>), keyed by path.
/// </summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly TestAnalyzerConfigOptions Empty = new(new Dictionary<string, string>());

    private readonly Dictionary<string, TestAnalyzerConfigOptions> _byPath;

    public TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string> globalOptions, Dictionary<string, Dictionary<string, string>> byPath)
    {
        GlobalOptions = new TestAnalyzerConfigOptions(globalOptions);
        _byPath = new Dictionary<string, TestAnalyzerConfigOptions>(System.StringComparer.Ordinal);
        foreach (var (path, options) in byPath)
        {
            _byPath[path] = new TestAnalyzerConfigOptions(options);
        }
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _byPath.TryGetValue(textFile.Path, out var options) ? options : Empty;

    private sealed class TestAnalyzerConfigOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
