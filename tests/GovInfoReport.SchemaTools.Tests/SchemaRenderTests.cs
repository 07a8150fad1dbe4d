using System;
using System.Linq;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GovInfoReport.SchemaLanguage.Reading;
using GovInfoReport.SchemaTools.Rendering;
using Xunit;

namespace GovInfoReport.SchemaTools.Tests;

/// <summary>
/// <c>schema render</c> on a custom schema: every cell appears (the root's, and those of an object made only of
/// cells), rows reached through <c>$ref</c> carry their own labels, and <c>x-govinfo-layout: row</c> draws an object
/// of cells only.
/// </summary>
public sealed class SchemaRenderTests
{
    private const string Schema = """
        {
          "title": "自定义报表",
          "type": "object", "additionalProperties": false,
          "required": ["total", "counts", "rows", "columns"],
          "properties": {
            "total": { "title": "合计", "type": "integer" },
            "counts": {
              "title": "计数", "type": "object", "additionalProperties": false,
              "properties": { "a": { "title": "甲", "type": "integer" }, "b": { "title": "乙", "type": "integer" } }
            },
            "rows": {
              "title": "明细", "type": "object", "additionalProperties": false,
              "properties": {
                "first": { "$ref": "#/definitions/pair" },
                "second": { "title": "第二行", "$ref": "#/definitions/pair" }
              }
            },
            "columns": {
              "title": "横排", "x-govinfo-layout": "row", "type": "object", "additionalProperties": false,
              "properties": { "x": { "title": "X", "type": "integer" }, "y": { "title": "Y", "type": "integer" } }
            }
          },
          "definitions": {
            "pair": {
              "title": "一对", "type": "object", "additionalProperties": false,
              "properties": { "left": { "title": "左", "type": "integer" }, "right": { "title": "右", "type": "integer" } }
            }
          }
        }
        """;

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string[] Pointers(IElement element) => element.QuerySelectorAll("td").Select(td => td.GetAttribute("data-pointer")!).ToArray();

    [Fact]
    public void RootCellsAreDrawn()
    {
        var document = Parse(HtmlTemplateRenderer.RenderTemplate(Model()));

        var fields = document.QuerySelector("table.fields")!;
        Assert.Equal("合计", fields.QuerySelector("th")!.TextContent);
        Assert.Equal(["/total"], Pointers(fields));
    }

    [Fact]
    public void AnObjectOfCellsOnlyIsAOneRowTable()
    {
        var section = Section(Parse(HtmlTemplateRenderer.RenderTemplate(Model())), "计数");

        Assert.Equal(["/counts/a", "/counts/b"], Pointers(section));
        Assert.Equal(["甲", "乙"], section.QuerySelectorAll("thead th:not(.corner)").Select(th => th.TextContent));
        Assert.Equal("计数", section.QuerySelector("tbody th.label")!.TextContent);
    }

    [Fact]
    public void ReferencedRowsCarryTheirOwnLabels()
    {
        var section = Section(Parse(HtmlTemplateRenderer.RenderTemplate(Model())), "明细");

        Assert.Equal(["first", "第二行"], section.QuerySelectorAll("tbody th.label").Select(th => th.TextContent));
        Assert.Equal(["/rows/first/left", "/rows/first/right", "/rows/second/left", "/rows/second/right"], Pointers(section));
    }

    [Fact]
    public void RowLayoutOnAnObjectOfCellsOnlyIsDrawn()
    {
        var section = Section(Parse(HtmlTemplateRenderer.RenderTemplate(Model())), "横排");

        Assert.Equal(["/columns/x", "/columns/y"], Pointers(section));
        Assert.Equal("2", section.QuerySelectorAll("thead th").Single(th => th.TextContent == "横排").GetAttribute("colspan"));
    }

    [Fact]
    public void AReportShowsTheValuesOfEveryCell()
    {
        using var payload = JsonDocument.Parse("""
            { "total": 7, "counts": { "a": 1, "b": 2 }, "rows": { "first": { "left": 3, "right": 4 }, "second": { "left": 5, "right": 6 } }, "columns": { "x": 8, "y": 9 } }
            """);
        var document = Parse(HtmlTemplateRenderer.RenderReport(Model(), payload.RootElement, []));

        Assert.Equal(["7", "1", "2", "3", "4", "5", "6", "8", "9"], document.QuerySelectorAll("td").Select(td => td.TextContent));
    }

    private static IElement Section(IDocument document, string heading)
        => document.QuerySelectorAll("section").Single(s => s.QuerySelector("h2")!.TextContent == heading);

    private static SchemaLanguage.Model.TemplateModel Model()
    {
        var read = SchemaReader.Read(Schema, "Custom");
        Assert.False(read.HasErrors, string.Join(Environment.NewLine, read.Diagnostics));
        return read.Model!;
    }
}
