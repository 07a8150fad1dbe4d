using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace GovInfoReport.Package.Tests;

/// <summary>The packed GovInfoReport.Schema package, proven from a fresh consumer project.</summary>
public sealed class PackageTests(PackedPackage package) : IClassFixture<PackedPackage>
{
    [Fact]
    public void PackageHoldsRuntimeGeneratorSchemasBuildFilesAndMetadata()
    {
        Assert.True(package.PackResult.ExitCode == 0, package.PackResult.Output);
        Assert.True(File.Exists(Path.ChangeExtension(package.PackagePath, ".snupkg")), "symbol package missing");
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var expected in new[]
        {
            "lib/net8.0/GovInfoReport.Schema.dll", "lib/net8.0/GovInfoReport.Schema.xml",
            "lib/net10.0/GovInfoReport.Schema.dll", "lib/net10.0/GovInfoReport.Schema.xml",
            "analyzers/dotnet/cs/GovInfoReport.Generators.dll",
            "build/GovInfoReport.Schema.props", "build/GovInfoReport.Schema.targets",
            "buildTransitive/GovInfoReport.Schema.props", "buildTransitive/GovInfoReport.Schema.targets",
            "schemas/report-2019.schema.json", "schemas/report-2021.schema.json",
            "schemas/govinfo-rules.meta.schema.json", "schemas/validation-issues.schema.json",
            "PACKAGE.md",
        })
        {
            Assert.Contains(expected, entries);
        }

        // Nothing the generator loads may be missing beside it: it must need only the compiler's own assemblies,
        // plus its Chinese diagnostic messages as a satellite where the compiler's analyzer loader looks for them.
        Assert.Equal(
            ["analyzers/dotnet/cs/GovInfoReport.Generators.dll", "analyzers/dotnet/cs/zh-Hans/GovInfoReport.Generators.resources.dll"],
            entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).OrderBy(e => e, StringComparer.Ordinal));

        var nuspecEntry = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);
        Assert.Equal("PACKAGE.md", Value("readme"));
        Assert.Equal(package.Version, Value("version"));
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.False(string.IsNullOrEmpty(repository.Attribute("url")?.Value));
    }

    [Fact]
    public void FreshConsumerValidatesAShippedPayloadAndCompilesItsOwnSchemaWithItsRule()
    {
        Assert.True(package.PackResult.ExitCode == 0, package.PackResult.Output);
        var (exitCode, output) = DotnetProcess.Run(package.Consumer, package.Environment, "run", "-c", "Release", "--", package.SamplePayload);

        Assert.True(exitCode == 0, output);
        Assert.Contains("shipped: V2021 R2@/applications/outcomes/disclosed/total,R3@/applications/outcomes/total/total", output, StringComparison.Ordinal);
        Assert.Contains("custom: B1:6:5:balance should be 6 but is 5", output, StringComparison.Ordinal);

        // The consumer's schema uses const, a string enum, a date, a boolean and an array: they compile to typed
        // members that keep their JSON names on the wire.
        Assert.Contains("json: {\"version\":\"v1\",\"unit\":\"ten-thousand-yuan\",\"approved\":\"2024-03-01\",\"audited\":true,\"income\":10,\"spending\":4,\"balance\":5,\"grants\":[{\"source\":\"city\",\"amount\":6},{\"source\":\"county\",\"amount\":4}]}", output, StringComparison.Ordinal);
        Assert.Contains("round trip: True v1", output, StringComparison.Ordinal);

        // Issue 12: two schemas of one namespace with a nested `counts` each compiled only with a GIR0018 warning,
        // an error under TreatWarningsAsErrors; each now has its own record and its own rule.
        Assert.Contains("shared names: C1@/counts/closed 0", output, StringComparison.Ordinal);

        // Issue 12: the schema's array (a variable-length table) compiles; each row is validated at its own pointer
        // and a rule sums the rows present.
        Assert.Contains("rows: structure.minimum@/grants/1/amount", output, StringComparison.Ordinal);
        Assert.Contains("grants: B1:6:5,B2:6:10", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AMinimalApiUsingTheShippedContextThroughConfigureHttpJsonOptionsAnswers200()
    {
        // Issue 11: with the usual ConfigureHttpJsonOptions set-up every request was answered 500.
        Assert.True(package.PackResult.ExitCode == 0, package.PackResult.Output);
        var (exitCode, output) = DotnetProcess.Run(package.WebConsumer, package.Environment, "run", "-c", "Release", "--", package.SamplePayload);

        Assert.True(exitCode == 0, output);
        Assert.Contains("status: 200", output, StringComparison.Ordinal);
        Assert.Contains("\"agencyName\":", output, StringComparison.Ordinal);
        Assert.Contains("(checked: 2 issue(s))", output, StringComparison.Ordinal);
        Assert.Contains("async: V2021 2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TrimmedPublishOfTheConsumerHasNoTrimWarningsAndBehavesTheSame()
    {
        Assert.True(package.PackResult.ExitCode == 0, package.PackResult.Output);
        var output = Path.Combine(package.Root, "trimmed");
        var (exitCode, log) = DotnetProcess.Run(package.Consumer, package.Environment, "publish", "-c", "Release", "-r", "linux-x64",
            "--self-contained", "-p:PublishTrimmed=true", "-o", output);

        Assert.True(exitCode == 0, log);
        var trimWarnings = log.Split('\n').Where(line => line.Contains("warning IL", StringComparison.Ordinal)).ToList();
        Assert.True(trimWarnings.Count == 0, string.Join('\n', trimWarnings));

        var (runExit, runOutput) = DotnetProcess.Run(package.Consumer, package.Environment, "exec", Path.Combine(output, "consumer.dll"), package.SamplePayload);
        Assert.True(runExit == 0, runOutput);
        Assert.Contains("custom: B1:6:5", runOutput, StringComparison.Ordinal);
        Assert.Contains("R2@/applications/outcomes/disclosed/total", runOutput, StringComparison.Ordinal);
    }
}
