using System;
using System.Collections.Generic;
using System.IO;

namespace GovInfoReport.Package.Tests;

/// <summary>
/// Packs GovInfoReport.Schema once per test run into a fresh folder, with a version no earlier run used, and
/// prepares a consumer project outside the solution that can only get the package from that folder.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Root = Path.Combine(Path.GetTempPath(), "govinfo-package-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Consumer = Path.Combine(Root, "consumer");
        WebConsumer = Path.Combine(Root, "webconsumer");
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Consumer);
        Directory.CreateDirectory(WebConsumer);

        // An isolated package cache: a package of the same id and version from elsewhere cannot be picked up.
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };
        var repository = RepositorySnapshot.Create(Path.Combine(Root, "repository"));
        PackResult = DotnetProcess.Run(repository, Environment, "pack", Path.Combine(repository, "src", "GovInfoReport.Schema"),
            "-c", "Release", "-o", Feed, "-p:Version=" + Version);

        var template = Path.Combine(AppContext.BaseDirectory, "Consumer");
        File.WriteAllText(Path.Combine(Consumer, "consumer.csproj"), File.ReadAllText(Path.Combine(template, "consumer.csproj.txt")).Replace("$(GovInfoReportVersion)", Version, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(Consumer, "nuget.config"), File.ReadAllText(Path.Combine(template, "nuget.config.txt")).Replace("$(LocalFeed)", Feed, StringComparison.Ordinal));
        File.Copy(Path.Combine(template, "Program.cs.txt"), Path.Combine(Consumer, "Program.cs"));
        foreach (var schema in new[] { "budget.schema.json", "north.schema.json", "south.schema.json" })
        {
            File.Copy(Path.Combine(template, schema), Path.Combine(Consumer, schema));
        }
        SamplePayload = Path.Combine(template, "seed-002.json");

        var webTemplate = Path.Combine(AppContext.BaseDirectory, "WebConsumer");
        File.WriteAllText(Path.Combine(WebConsumer, "webconsumer.csproj"), File.ReadAllText(Path.Combine(webTemplate, "webconsumer.csproj.txt")).Replace("$(GovInfoReportVersion)", Version, StringComparison.Ordinal));
        File.Copy(Path.Combine(Consumer, "nuget.config"), Path.Combine(WebConsumer, "nuget.config"));
        File.Copy(Path.Combine(webTemplate, "Program.cs.txt"), Path.Combine(WebConsumer, "Program.cs"));
    }

    public string Root { get; }

    public string Feed { get; }

    public string Consumer { get; }

    /// <summary>A minimal API consumer: the shipped JSON context through ConfigureHttpJsonOptions.</summary>
    public string WebConsumer { get; }

    public string Version { get; }

    public string SamplePayload { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public (int ExitCode, string Output) PackResult { get; }

    public string PackagePath => Path.Combine(Feed, $"GovInfoReport.Schema.{Version}.nupkg");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
