using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace GovInfoReport.Extraction.Tests.Support;

/// <summary>The test data copied next to the test assembly: seeds, linked fixtures, hand-made documents.</summary>
internal static class TestFiles
{
    public static string Root => AppContext.BaseDirectory;

    public static string SeedPath(string number) => Directory.GetFiles(Path.Combine(Root, "Seeds"), number + "_*.txt").Single();

    public static string SeedText(string number) => File.ReadAllText(SeedPath(number));

    public static JsonObject Fixture(string number) => JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "Fixtures", $"seed-{number}.json")))!.AsObject();

    public static JsonObject ExpectedViolations() => JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "Fixtures", "expected-violations.json")))!.AsObject();

    public static string DocumentsFolder => Path.Combine(Root, "Documents");
}
