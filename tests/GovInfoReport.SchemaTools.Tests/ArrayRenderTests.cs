using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GovInfoReport.SchemaLanguage.Reading;
using GovInfoReport.SchemaTools.Rendering;
using Xunit;

namespace GovInfoReport.SchemaTools.Tests;

/// <summary>
/// <c>schema render</c> draws an array as a variable-length table: the row type's columns, a numbered row per row
/// of a payload with each cell at its own pointer, and for the empty template one placeholder row with the limit.
/// </summary>
public sealed class ArrayRenderTests
{
    private const string Schema = """
        {
          "title": "预算", "type": "object", "additionalProperties": false, "required": ["total", "lines", "scores"],
          "properties": {
            "total": { "title": "合计", "type": "number" },
            "lines": { "title": "明细", "type": "array", "maxItems": 5,
              "items": { "type": "object", "additionalProperties": false, "required": ["name", "amount"],
                "properties": { "name": { "title": "名称", "type": "string", "maxLength": 20 }, "amount": { "title": "金额", "type": "number", "minimum": 0 } } } },
            "scores": { "title": "得分", "type": "array", "maxItems": 3, "items": { "type": "integer" } }
          },
          "x-govinfo-rules": [ { "id": "S1", "severity": "error", "assert": "total == sum(lines.*.amount)",
            "message": { "zh": "合计 {actual} 应为 {expected}", "en": "total {actual} should be {expected}" } } ]
        }
        """;

    [Fact]
    public void TheEmptyTemplateDrawsEachArrayWithItsColumnsAndOnePlaceholderRow()
    {
        var document = Parse(HtmlTemplateRenderer.RenderTemplate(Model()));

        var lines = document.QuerySelector("table.rows[data-pointer='/lines']")!;
        Assert.Equal("明细（变长表，至多 5 行）", lines.QuerySelector("caption")!.TextContent);
        Assert.Equal(["行", "名称", "金额"], lines.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var placeholder = Assert.Single(lines.QuerySelectorAll("tbody tr"));
        Assert.Equal("1…5", placeholder.QuerySelector("th")!.TextContent);
        Assert.Equal("2", placeholder.QuerySelector("td.placeholder")!.GetAttribute("colspan"));

        var scores = document.QuerySelector("table.rows[data-pointer='/scores']")!;
        Assert.Equal(["行", "数值"], scores.QuerySelectorAll("thead th").Select(th => th.TextContent));

        // The root's own cell is still a field; the arrays are not drawn as fields.
        Assert.Equal(["/total"], document.QuerySelectorAll("table.fields td").Select(td => td.GetAttribute("data-pointer")));
    }

    [Fact]
    public void AReportDrawsOneRowPerPayloadRowWithItsIssuesAtTheRowsCells()
    {
        const string payload = """{ "total": 5, "lines": [ { "name": "甲", "amount": 2 }, { "name": "乙", "amount": -4 } ], "scores": [7] }""";
        InterpretedValidator.Create(Schema, "Budget", out var validator);
        var issues = validator!.Validate(Encoding.UTF8.GetBytes(payload)).Issues;
        using var json = JsonDocument.Parse(payload);

        var document = Parse(HtmlTemplateRenderer.RenderReport(Model(), json.RootElement, issues));

        var lines = document.QuerySelector("table.rows[data-pointer='/lines']")!;
        var rows = lines.QuerySelectorAll("tbody tr").ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Equal(["甲", "2"], rows[0].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal(["/lines/1/name", "/lines/1/amount"], rows[1].QuerySelectorAll("td").Select(td => td.GetAttribute("data-pointer")));
        Assert.Equal("flag-error", rows[1].QuerySelectorAll("td")[1].ClassName);
        Assert.Equal(["structure.minimum"], lines.ParentElement!.QuerySelectorAll("ul.issues li").Select(li => li.GetAttribute("data-rule")));
        Assert.Equal(["7"], document.QuerySelectorAll("table.rows[data-pointer='/scores'] td").Select(td => td.TextContent));

        // Each issue is drawn once: none is repeated under "other issues".
        Assert.Equal(issues.Count, document.QuerySelectorAll("ul.issues li").Length);
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static GovInfoReport.SchemaLanguage.Model.TemplateModel Model()
    {
        var read = SchemaReader.Read(Schema, "Budget");
        Assert.Empty(read.Diagnostics);
        return read.Model!;
    }
}
