using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GovInfoReport.Generators.Tests.Support;

/// <summary>
/// Compiles generated trees the way a strict consumer would: nullable enabled, every warning (all warning waves)
/// an error, documentation comments diagnosed; references are the running framework plus the runtime library.
/// </summary>
internal static class GeneratedCode
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> LazyReferences = new(BuildReferences);

    public static IReadOnlyList<MetadataReference> References => LazyReferences.Value;

    public static CSharpCompilationOptions Options { get; } = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        generalDiagnosticOption: ReportDiagnostic.Error,
        warningLevel: 9999,
        optimizationLevel: OptimizationLevel.Release,
        deterministic: true);

    /// <summary>A compilation of <paramref name="trees"/> against the framework and GovInfoReport.Schema.</summary>
    public static CSharpCompilation Compile(string assemblyName, IEnumerable<SyntaxTree> trees)
        => CSharpCompilation.Create(assemblyName, trees, References, Options);

    /// <summary>Asserts that the compilation has no error and no warning (warnings are errors here anyway).</summary>
    public static void AssertClean(Compilation compilation)
    {
        var problems = compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError)
            .Select(d => d.ToString())
            .ToList();
        Assert.True(problems.Count == 0, "generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(30)));
    }

    /// <summary>Emits the compilation and loads it into a collectible context (dispose to unload).</summary>
    public static LoadedAssembly EmitAndLoad(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, "emit failed:\n" + string.Join("\n", emitted.Diagnostics.Take(30)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + compilation.AssemblyName, isCollectible: true);
        return new LoadedAssembly(context, context.LoadFromStream(stream));
    }

    private static IReadOnlyList<MetadataReference> BuildReferences()
    {
        // The shared framework's assemblies from the trusted platform list (not the test's own dependencies, which
        // would put xunit and Roslyn in scope), plus the runtime library generated code builds on.
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var references = trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(GovInfoReport.Schema.Validation.ValidationResult).Assembly.Location));
        return references;
    }
}

/// <summary>An emitted assembly in its own collectible load context.</summary>
internal sealed class LoadedAssembly(AssemblyLoadContext context, Assembly assembly) : IDisposable
{
    public Assembly Assembly { get; } = assembly;

    public Type GetType(string fullName) => Assembly.GetType(fullName, throwOnError: true)!;

    public void Dispose() => context.Unload();
}
