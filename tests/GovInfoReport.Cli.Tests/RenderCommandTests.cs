using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary><c>render</c> and <c>schema render</c>: HTML checked structurally with AngleSharp.</summary>
public sealed class RenderCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("govinfo-render-");

    public void Dispose() => _directory.Delete(true);

    [Fact]
    public void ReportIsDrawnAsTheStatutoryTablesWithFlaggedCellsHighlighted()
    {
        var document = Render(Cli.Fixture("seed-002.json"), out var exitCode);

        Assert.Equal(1, exitCode);
        Assert.Equal("绥化市卫生健康委员会 2021", document.QuerySelector("h1")!.TextContent);

        // Table 三: the printed note in the corner, 申请人情况 over 7 columns, 法人或其他组织 over 5.
        var matrix = document.QuerySelectorAll("table").Single(t => t.TextContent.Contains("本列数据的勾稽关系", StringComparison.Ordinal));
        Assert.Equal("7", matrix.QuerySelectorAll("th").Single(th => th.TextContent == "申请人情况").GetAttribute("colspan"));
        Assert.Equal("5", matrix.QuerySelectorAll("th").Single(th => th.TextContent == "法人或其他组织").GetAttribute("colspan"));
        Assert.Equal(25, matrix.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("8", matrix.QuerySelectorAll("th.label").Single(th => th.TextContent == "（三）不予公开").GetAttribute("rowspan"));

        // R2 flags the 予以公开 row's total, R3 the 总计 column's total; nothing else is highlighted.
        var flagged = document.QuerySelectorAll("td.flag-error").Select(td => td.GetAttribute("data-pointer")).OrderBy(p => p, StringComparer.Ordinal);
        Assert.Equal(["/applications/outcomes/disclosed/total", "/applications/outcomes/total/total"], flagged);
        Assert.Equal("2", document.QuerySelector("td[data-pointer='/applications/newApplications/naturalPersons']")!.TextContent);

        // The messages stand beside the table they concern.
        var messages = matrix.NextElementSibling!;
        Assert.Equal("ul", messages.LocalName);
        Assert.Equal(["R2", "R3"], messages.QuerySelectorAll("li").Select(li => li.GetAttribute("data-rule")).OrderBy(r => r, StringComparer.Ordinal));
    }

    [Fact]
    public void TableFourIsOneRowUnderItsGroupHeaders()
    {
        var document = Render(Cli.Fixture("seed-000.json"), out _);
        var table = document.QuerySelectorAll("table").Single(t => t.QuerySelectorAll("th").Any(th => th.TextContent == "未经复议直接起诉"));

        Assert.Equal("10", table.QuerySelectorAll("th").Single(th => th.TextContent == "行政诉讼").GetAttribute("colspan"));
        Assert.Equal("5", table.QuerySelectorAll("th").Single(th => th.TextContent == "行政复议").GetAttribute("colspan"));
        var cells = table.QuerySelectorAll("tbody td").Select(td => td.TextContent).ToList();
        Assert.Equal(["2", "0", "0", "0", "2", "0", "0", "0", "0", "0", "2", "0", "0", "0", "2"], cells);
    }

    [Theory]
    [InlineData("<script>alert('agency')</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    public void TextFromThePayloadIsEscapedAndRunsNothing(string hostile)
    {
        var payload = JsonNode.Parse(File.ReadAllText(Cli.Fixture("seed-004.json")))!.AsObject();
        payload["agencyName"] = hostile;
        payload["overview"] = hostile;
        var path = Path.Combine(_directory.FullName, "hostile.json");
        File.WriteAllText(path, payload.ToJsonString());

        var document = Render(path, out var exitCode);

        Assert.Equal(0, exitCode);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.StartsWith(hostile, document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll("p"), p => p.TextContent == hostile);
    }

    [Fact]
    public void BidiControlsAndNulFromThePayloadAreShownNotPassedOn()
    {
        var payload = JsonNode.Parse(File.ReadAllText(Cli.Fixture("seed-004.json")))!.AsObject();
        payload["agencyName"] = "甲局\u202Egpj.exe\u202C";
        payload["overview"] = "a\u0000b \u2066isolate\u2069 \u200Fmark \u061C";
        var path = Path.Combine(_directory.FullName, "bidi.json");
        File.WriteAllText(path, payload.ToJsonString());
        var output = Path.Combine(_directory.FullName, "bidi.html");

        var (exitCode, _, _) = Cli.Run(string.Empty, "render", path, "--out", output);
        var html = File.ReadAllText(output);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal(0, exitCode);
        foreach (var control in new[] { '\u202E', '\u202C', '\u0000', '\u2066', '\u2069', '\u200F', '\u061C' })
        {
            Assert.DoesNotContain(control, html);
        }

        Assert.StartsWith("甲局[U+202E]gpj.exe[U+202C]", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll("p"), p => p.TextContent == "a[U+0000]b [U+2066]isolate[U+2069] [U+200F]mark [U+061C]");
    }

    [Fact]
    public void TheHtmlIsSelfContained()
    {
        var document = Render(Cli.Fixture("seed-001.json"), out _);

        Assert.Empty(document.QuerySelectorAll("link, script, iframe, img"));
        Assert.NotNull(document.QuerySelector("head style"));
        Assert.Equal("utf-8", document.QuerySelector("meta[charset]")!.GetAttribute("charset"));
    }

    [Fact]
    public void SchemaRenderDrawsTheEmptyTemplate()
    {
        var output = Path.Combine(_directory.FullName, "template.html");
        var (exitCode, _, _) = Cli.Run(string.Empty, "schema", "render", Cli.Schema("2019"), "--out", output);

        Assert.Equal(0, exitCode);
        var document = new HtmlParser().ParseDocument(File.ReadAllText(output));
        Assert.Contains(document.QuerySelectorAll("caption"), c => c.TextContent == "第二十条第（九）项");
        Assert.Equal(23, document.QuerySelectorAll("table").Single(t => t.TextContent.Contains("本列数据的勾稽关系", StringComparison.Ordinal)).QuerySelectorAll("tbody tr").Length);
        Assert.All(document.QuerySelectorAll("td"), td => Assert.Equal(string.Empty, td.TextContent));
    }

    [Fact]
    public void UnreadablePayloadCannotBeRenderedAndSaysWhy()
    {
        var path = Path.Combine(_directory.FullName, "broken.json");
        File.WriteAllText(path, "{\"agencyName\": ");
        var (exitCode, _, error) = Cli.Run(string.Empty, "render", path, "--out", Path.Combine(_directory.FullName, "x.html"), "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains("json.syntax", error, StringComparison.Ordinal);
        Assert.Contains("cannot render", error, StringComparison.Ordinal);
    }

    private IDocument Render(string payload, out int exitCode)
    {
        var output = Path.Combine(_directory.FullName, Guid.NewGuid().ToString("N") + ".html");
        (exitCode, _, _) = Cli.Run(string.Empty, "render", payload, "--out", output);
        return new HtmlParser().ParseDocument(File.ReadAllText(output));
    }
}
