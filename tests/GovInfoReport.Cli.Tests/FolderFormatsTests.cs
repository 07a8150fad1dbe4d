using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>A folder of published reports contributes every format the extraction library reads: PDF and Markdown included.</summary>
public sealed class FolderFormatsTests
{
    [Fact]
    public void ExtractOfAFolderReadsPdfMarkdownAndTextFiles()
    {
        var folder = Path.Combine(Path.GetTempPath(), "govinfo-folder-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var real = Path.Combine(AppContext.BaseDirectory, "RealReports");
            File.Copy(Path.Combine(real, "hongze-2024.pdf"), Path.Combine(folder, "report.pdf"));
            File.Copy(Path.Combine(real, "hongze-2024.pdftotext.txt"), Path.Combine(folder, "report.txt"));
            File.Copy(Path.Combine(real, "hongze-2024.pdftotext.txt"), Path.Combine(folder, "report.md"));
            File.WriteAllText(Path.Combine(folder, "notes.csv"), "not,a,report");

            var (exitCode, output, _) = Cli.Run(string.Empty, "extract", folder, "--format", "json");

            Assert.Equal(0, exitCode);
            using var document = JsonDocument.Parse(output);
            var results = document.RootElement.EnumerateArray().ToList();
            Assert.Equal(["report.md", "report.pdf", "report.txt"], results.Select(r => Path.GetFileName(r.GetProperty("source").GetString()!)).Order(StringComparer.Ordinal));
            Assert.All(results, r => Assert.Equal(95, r.GetProperty("payload").GetProperty("applications").GetProperty("newApplications").GetProperty("total").GetInt32()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("check")]
    public void HelpNamesEveryFilePatternAFolderContributes(string command)
    {
        // The help once listed *.txt, *.htm, *.html and *.docx after folders had begun to contribute PDF and Markdown.
        var (exitCode, output, _) = Cli.Run(string.Empty, command, "--help");

        Assert.Equal(0, exitCode);
        Assert.All(["*.pdf", "*.txt", "*.md", "*.htm", "*.html", "*.docx"], pattern => Assert.Contains(pattern, output, StringComparison.Ordinal));
        Assert.Contains("PDF", output, StringComparison.Ordinal);
    }
}
