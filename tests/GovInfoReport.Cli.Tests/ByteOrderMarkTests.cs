using System;
using System.IO;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>
/// <c>validate</c> reads a file saved with a UTF-8 byte order mark (as Notepad writes it) like one without. Issue 11:
/// it was a json.syntax error "'0xEF' is an invalid start of a value".
/// </summary>
public sealed class ByteOrderMarkTests
{
    [Fact]
    public void AFileWithAByteOrderMarkIsValidated()
    {
        var path = Path.Combine(Path.GetTempPath(), "govinfo-bom-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(Cli.Fixture("seed-004.json"))]);
        try
        {
            var (exitCode, output, _) = Cli.Run(string.Empty, "validate", path, "--lang", "en");

            Assert.Equal(0, exitCode);
            Assert.DoesNotContain("json.syntax", output, StringComparison.Ordinal);
            Assert.Contains("files: 1, valid: 1, with errors: 0", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
