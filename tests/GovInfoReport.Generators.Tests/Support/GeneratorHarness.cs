using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GovInfoReport.Generators.Tests.Support;

/// <summary>
/// Runs <see cref="SchemaGenerator"/> in a <see cref="CSharpGeneratorDriver"/> over in-memory schema files, with
/// the analyzer-config metadata the package's build files would produce and incremental step tracking on.
/// </summary>
internal static class GeneratorHarness
{
    public const string SchemaMetadata = "build_metadata.AdditionalFiles.GovInfoReportSchema";
    public const string TypeNameMetadata = "build_metadata.AdditionalFiles.GovInfoReportTypeName";
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.GovInfoReportNamespace";
    public const string RootNamespaceProperty = "build_property.RootNamespace";

    /// <summary>Parse options of generated trees: documentation comments are parsed and diagnosed (CS1570…).</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>A small host compilation (no references: the generator reads only additional files and options).</summary>
    public static CSharpCompilation HostCompilation(string source = "namespace Host { public static class Anchor { public const int Value = 1; } }")
        => CSharpCompilation.Create(
            "Host",
            [CSharpSyntaxTree.ParseText(source, ParseOptions, path: "/project/Anchor.cs")],
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>Creates a driver over <paramref name="schemas"/>; the texts are returned so tests can replace them.</summary>
    public static (GeneratorDriver Driver, ImmutableArray<InMemoryAdditionalText> Texts) CreateDriver(IEnumerable<SchemaInput> schemas, string? rootNamespace = null)
    {
        var list = schemas.ToList();
        var texts = list.Select(s => new InMemoryAdditionalText(s.Path, s.Text)).ToImmutableArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new SchemaGenerator().AsSourceGenerator()],
            texts.CastArray<AdditionalText>(),
            ParseOptions,
            OptionsProvider(list, rootNamespace),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return (driver, texts);
    }

    /// <summary>The analyzer-config options MSBuild would give the compiler for <paramref name="schemas"/> (a new instance each call).</summary>
    public static TestAnalyzerConfigOptionsProvider OptionsProvider(IEnumerable<SchemaInput> schemas, string? rootNamespace = null)
    {
        var globals = new Dictionary<string, string>(StringComparer.Ordinal);
        if (rootNamespace is not null)
        {
            globals[RootNamespaceProperty] = rootNamespace;
        }

        var byPath = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var schema in schemas)
        {
            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            if (schema.OptIn)
            {
                options[SchemaMetadata] = "true";
            }

            if (schema.TypeName is not null)
            {
                options[TypeNameMetadata] = schema.TypeName;
            }

            if (schema.Namespace is not null)
            {
                options[NamespaceMetadata] = schema.Namespace;
            }

            byPath[schema.Path] = options;
        }

        return new TestAnalyzerConfigOptionsProvider(globals, byPath);
    }

    /// <summary>Runs the generator once over <paramref name="schemas"/>.</summary>
    public static GeneratorDriverRunResult Run(params SchemaInput[] schemas) => Run(schemas, rootNamespace: null);

    /// <summary>Runs the generator once over <paramref name="schemas"/>, with a RootNamespace build property.</summary>
    public static GeneratorDriverRunResult Run(IEnumerable<SchemaInput> schemas, string? rootNamespace)
    {
        var (driver, _) = CreateDriver(schemas, rootNamespace);
        return driver.RunGenerators(HostCompilation()).GetRunResult();
    }

    /// <summary>The single generator's result, after checking that the generator did not throw.</summary>
    public static GeneratorRunResult Single(GeneratorDriverRunResult run)
    {
        var result = Xunit.Assert.Single(run.Results);
        Xunit.Assert.True(result.Exception is null, "the generator threw: " + result.Exception);
        Xunit.Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CS8785");
        return result;
    }

    /// <summary>The generated sources by hint name.</summary>
    public static Dictionary<string, string> Sources(GeneratorDriverRunResult run)
        => Single(run).GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>The generated syntax trees.</summary>
    public static ImmutableArray<SyntaxTree> Trees(GeneratorDriverRunResult run)
        => Single(run).GeneratedSources.Select(s => s.SyntaxTree).ToImmutableArray();
}
