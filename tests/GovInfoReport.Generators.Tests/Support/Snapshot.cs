using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace GovInfoReport.Generators.Tests.Support;

/// <summary>
/// Compares text with a checked-in baseline under <c>Snapshots/</c>. Only line endings are normalised.
/// With <c>GOVINFO_UPDATE_SNAPSHOTS=1</c> the baseline is rewritten instead (see README.md).
/// </summary>
internal static class Snapshot
{
    public const string UpdateVariable = "GOVINFO_UPDATE_SNAPSHOTS";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static string Directory => Path.Combine(ProjectDirectory, "Snapshots");

    private static string ProjectDirectory => typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "GovInfoReport.Generators.Tests.ProjectDirectory").Value!;

    /// <summary>Asserts <paramref name="actual"/> equals the baseline <paramref name="fileName"/>, or rewrites it when updating.</summary>
    public static void Verify(string fileName, string actual)
    {
        var path = Path.Combine(Directory, fileName);
        var normalized = Normalize(actual);
        if (Updating)
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(path, normalized);
            return;
        }

        Assert.True(File.Exists(path), $"missing snapshot {path}; run the tests once with {UpdateVariable}=1 to create it, then review it");
        var expected = Normalize(File.ReadAllText(path));
        if (string.Equals(expected, normalized, StringComparison.Ordinal))
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = normalized.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        Assert.Fail($"{fileName} differs from the snapshot at line {line + 1}:\n  snapshot:  {At(expectedLines, line)}\n  generated: {At(actualLines, line)}\n"
            + $"({expectedLines.Length} vs {actualLines.Length} lines). If the change is intended, rerun with {UpdateVariable}=1 and review the diff.");
    }

    private static string At(string[] lines, int index) => index < lines.Length ? lines[index] : "<end of text>";

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\r", "\n", StringComparison.Ordinal);
}
