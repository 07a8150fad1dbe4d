using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using GovInfoReport.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GovInfoReport.Benchmarks;

/// <summary>
/// The generator as every consumer build runs it: a cold run over both shipped schemas, and a re-run after an
/// unrelated C# edit (which must do no generation work: every step cached).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private ImmutableArray<AdditionalText> _schemas;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warmDriver = null!;
    private bool _flip;

    [GlobalSetup]
    public void Setup()
    {
        _schemas = [new InMemoryAdditionalText("report-2019.schema.json", Payloads.SchemaText("2019")), new InMemoryAdditionalText("report-2021.schema.json", Payloads.SchemaText("2021"))];
        _compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText("class Program { static void Main() { } }")]);
        _edited = _compilation.ReplaceSyntaxTree(_compilation.SyntaxTrees[0], CSharpSyntaxTree.ParseText("class Program { static void Main() { int unrelated = 1; } }"));
        _warmDriver = NewDriver().RunGenerators(_compilation);
    }

    /// <summary>A fresh driver generating both shipped schemas.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver ColdRunBothSchemas() => NewDriver().RunGenerators(_compilation);

    /// <summary>The warm driver after an unrelated C# edit.</summary>
    [Benchmark]
    public GeneratorDriver RerunAfterUnrelatedEdit()
    {
        _flip = !_flip;
        _warmDriver = _warmDriver.RunGenerators(_flip ? _edited : _compilation);
        return _warmDriver;
    }

    private GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        [new SchemaGenerator().AsSourceGenerator()],
        additionalTexts: _schemas,
        optionsProvider: new SchemaOptionsProvider(),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
}
