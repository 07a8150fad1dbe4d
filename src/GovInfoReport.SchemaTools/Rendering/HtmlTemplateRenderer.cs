using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using GovInfoReport.Schema.Validation;
using GovInfoReport.SchemaLanguage.Json;
using GovInfoReport.SchemaLanguage.Layout;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.SchemaTools.Rendering;

/// <summary>
/// Draws a template's tables as a self-contained, printable HTML page (inline CSS, no scripts, no network):
/// empty for review, or filled with a payload's values with every flagged cell highlighted and the messages
/// beside its table. The layout comes from the schema: sections from the report's properties, rows from
/// leaf-only objects with their groups as merged label cells, merged header cells from <c>x-govinfo-header</c>
/// and <c>x-govinfo-group</c>, and <c>x-govinfo-layout: row</c> for tables drawn as one row of column groups.
/// Every text from a schema or a payload is HTML-encoded, with its control and bidi characters made visible
/// (<see cref="ControlCharacters"/>).
/// </summary>
public sealed class HtmlTemplateRenderer
{
    private readonly ReportLayout _layout;
    private readonly JsonElement? _payload;
    private readonly IReadOnlyList<ValidationIssue> _issues;
    private readonly bool _english;
    private readonly StringBuilder _html = new();
    private readonly HashSet<string> _fieldPointers = new(StringComparer.Ordinal);
    private readonly List<string> _arrayPointers = new();

    private HtmlTemplateRenderer(TemplateModel model, JsonElement? payload, IReadOnlyList<ValidationIssue> issues, bool english)
    {
        _layout = ReportLayout.Build(model);
        _payload = payload;
        _issues = issues;
        _english = english;
    }

    /// <summary>The empty template tables, for review by non-programmers.</summary>
    /// <param name="model">The template.</param>
    /// <param name="english">Whether the page's own words are English (labels stay as the schema has them).</param>
    /// <returns>The HTML page.</returns>
    public static string RenderTemplate(TemplateModel model, bool english = false) => new HtmlTemplateRenderer(model, null, [], english).Render(null);

    /// <summary>A report drawn as its template's tables, with its issues.</summary>
    /// <param name="model">The template of the payload.</param>
    /// <param name="payload">The payload.</param>
    /// <param name="issues">The issues found in it.</param>
    /// <param name="english">Whether messages and the page's words are English.</param>
    /// <returns>The HTML page.</returns>
    public static string RenderReport(TemplateModel model, JsonElement payload, IReadOnlyList<ValidationIssue> issues, bool english = false)
        => new HtmlTemplateRenderer(model, payload, issues, english).Render(payload);

    private string Render(JsonElement? payload)
    {
        var model = _layout.Model;
        var title = Text(payload, "/agencyName") is { Length: > 0 } agency
            ? agency + " " + (Text(payload, "/reportYear") ?? string.Empty)
            : model.Title ?? model.RootTypeName;
        _html.Append("<!DOCTYPE html>\n<html lang=\"").Append(_english ? "en" : "zh-CN").Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Encode(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        _html.Append("<h1>").Append(Encode(title)).Append("</h1>\n");
        if (model.Title is not null)
        {
            _html.Append("<p class=\"template\">").Append(Encode(model.Title)).Append("</p>\n");
        }

        var root = _layout.Objects[0];
        RenderFields(Cells(root).Where(c => c.Object is null && !IsProse(c.Property)).ToList());
        foreach (var (property, cell, child) in Children(root))
        {
            if (child is not null)
            {
                RenderSection(child);
            }
            else if (property.IsArray)
            {
                _html.Append("<section>\n<h2>").Append(Encode(property.Title ?? property.JsonName)).Append("</h2>\n");
                RenderArray(root, property, cell!);
                _html.Append("</section>\n");
            }
            else if (payload is not null && IsProse(property))
            {
                // Prose sections (一、五、六) are printed as text.
                var text = Text(payload, "/" + JsonPointer.Escape(property.JsonName));
                _html.Append("<section>\n<h2>").Append(Encode(property.Title!)).Append("</h2>\n");
                foreach (var paragraph in (text ?? string.Empty).Split('\n'))
                {
                    _html.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
                }

                _html.Append("</section>\n");
            }
        }

        var unplaced = _issues.Where(i => !_fieldPointers.Contains(i.Pointer) && !_layout.Objects.Skip(1).Any(o => IsUnder(i.Pointer, o.Pointer))
            && !_arrayPointers.Any(a => IsUnder(i.Pointer, a))).ToList();
        if (unplaced.Count > 0)
        {
            _html.Append("<section>\n<h2>").Append(_english ? "Other issues" : "其他问题").Append("</h2>\n");
            Messages(unplaced);
            _html.Append("</section>\n");
        }

        _html.Append("</body>\n</html>\n");
        return _html.ToString();
    }

    private void RenderSection(ObjectSlot section)
    {
        var type = _layout.Model.Types[section.TypeIndex];
        _html.Append("<section>\n<h2>").Append(Encode(section.Label)).Append("</h2>\n");
        var children = Children(section).Where(c => c.Object is not null).Select(c => c.Object!).ToList();
        if (type.Layout == "row")
        {
            RenderColumnGroups(section);
        }
        else if (IsRow(section))
        {
            // An object of cells only (or of cells and composite cells) is a one-row table of its own.
            RenderRowTable(section, null);
        }
        else
        {
            // Cells beside the tables of a section are drawn as a label/value table before them.
            RenderFields(Cells(section).Where(c => c.Object is null).ToList());
            if (children.Count > 0 && children.All(child => Children(child).All(c => c.Object is { } row && IsRow(row))))
            {
                foreach (var table in children)
                {
                    RenderRowTable(table, table.Label);
                }
            }
            else
            {
                RenderRowTable(section, null);
            }
        }

        foreach (var (property, cell, _) in Children(section).Where(c => c.Property.IsArray))
        {
            RenderArray(section, property, cell!);
        }

        _html.Append("</section>\n");
    }

    /// <summary>
    /// An array is a variable-length table: a numbered row per row of the payload, under the row type's columns (one
    /// value column for an array of numbers). The empty template has no rows to show, so it draws one placeholder row
    /// saying how many rows the table may have.
    /// </summary>
    private void RenderArray(ObjectSlot owner, PropertyModel array, CellSlot lengthCell)
    {
        _arrayPointers.Add(lengthCell.Pointer);
        var columns = array.HasCellItems
            ? [(Title: _english ? "Value" : "数值", Group: (string?)null)]
            : _layout.Model.Types[array.ObjectTypeIndex].Properties.Where(IsColumn).Select(p => (Title: p.Title ?? p.JsonName, p.Group)).ToList();
        _html.Append("<table class=\"rows\" data-pointer=\"").Append(Encode(lengthCell.Pointer)).Append("\">\n<caption>")
            .Append(Encode(array.Title ?? array.JsonName)).Append(_english ? $" (variable length, at most {array.MaxItems} rows)" : $"（变长表，至多 {array.MaxItems} 行）")
            .Append("</caption>\n<thead>\n<tr><th class=\"corner\">").Append(_english ? "Row" : "行").Append("</th>");
        foreach (var column in columns)
        {
            _html.Append("<th>").Append(Encode(column.Group is null ? column.Title : column.Group + " " + column.Title)).Append("</th>");
        }

        _html.Append("</tr>\n</thead>\n<tbody>\n");
        var rows = _payload is null ? -1 : Math.Min(Rows(_payload, lengthCell.Pointer), array.MaxItems);
        if (rows < 0)
        {
            _html.Append("<tr><th scope=\"row\" class=\"label\">1…").Append(array.MaxItems).Append("</th><td class=\"placeholder\" colspan=\"").Append(columns.Count)
                .Append("\">…</td></tr>\n");
        }

        for (var r = 0; r < rows; r++)
        {
            _html.Append("<tr><th scope=\"row\" class=\"label\">").Append(r + 1).Append("</th>");
            if (array.HasCellItems)
            {
                Cell(array.ItemCell(r), _layout.Cells[lengthCell.Index + 1 + r], null);
            }
            else
            {
                var row = _layout.FindObject(owner.Index, [array.JsonName, r.ToString(CultureInfo.InvariantCulture)])!;
                foreach (var (property, cell, composite) in Cells(row))
                {
                    Cell(property, cell, composite);
                }
            }

            _html.Append("</tr>\n");
        }

        _html.Append("</tbody>\n</table>\n");
        Messages(_issues.Where(i => IsUnder(i.Pointer, lengthCell.Pointer)).ToList());
    }

    private static int Rows(JsonElement? payload, string pointer)
        => Element(payload, pointer) is { ValueKind: JsonValueKind.Array } array ? array.GetArrayLength() : 0;

    private void RenderFields(IReadOnlyList<(PropertyModel Property, CellSlot? Cell, ObjectSlot? Object)> cells)
    {
        if (cells.Count == 0)
        {
            return;
        }

        _html.Append("<table class=\"fields\">\n<tbody>\n");
        foreach (var (property, cell, _) in cells)
        {
            _html.Append("<tr><th scope=\"row\" class=\"label\">").Append(Encode(property.Title ?? property.JsonName)).Append("</th>");
            Cell(property, cell, null);
            _html.Append("</tr>\n");
        }

        _html.Append("</tbody>\n</table>\n");
        _fieldPointers.UnionWith(cells.Select(c => c.Cell!.Pointer));
        Messages(_issues.Where(i => cells.Any(c => c.Cell!.Pointer == i.Pointer)).ToList());
    }

    private static bool IsProse(PropertyModel property)
        => property.Kind == ValueKind.String && property.Title is not null && property.MinLength is null && property.EnumValues.Count == 0 && property.Format is null;

    private void RenderRowTable(ObjectSlot table, string? caption)
    {
        var rows = new List<RenderedRow>();
        if (IsRow(table))
        {
            rows.Add(new RenderedRow([table.Label], table));
        }
        else
        {
            CollectRows(table, [], rows);
        }

        // Rows of different record types have different columns: each run of one type is a table of its own.
        for (var start = 0; start < rows.Count;)
        {
            var end = start + 1;
            while (end < rows.Count && rows[end].Row.TypeIndex == rows[start].Row.TypeIndex)
            {
                end++;
            }

            RenderRows(table, start == 0 ? caption : null, rows.GetRange(start, end - start), end == rows.Count);
            start = end;
        }
    }

    private void RenderRows(ObjectSlot table, string? caption, List<RenderedRow> rows, bool withMessages)
    {
        var tableType = _layout.Model.Types[table.TypeIndex];
        var rowType = _layout.Model.Types[rows[0].Row.TypeIndex];
        var columns = rowType.Properties.Where(IsColumn).ToList();
        var depth = rows.Max(r => r.Labels.Count);
        var hasGroups = columns.Any(c => c.Group is not null);
        var headerRows = (rowType.Header is null ? 1 : 2) + (hasGroups ? 1 : 0);
        _html.Append("<table>\n");
        if (caption is not null)
        {
            _html.Append("<caption>").Append(Encode(caption)).Append("</caption>\n");
        }

        _html.Append("<thead>\n<tr><th class=\"corner\" rowspan=\"").Append(headerRows).Append("\" colspan=\"").Append(depth).Append("\">")
            .Append(Encode(tableType.Note ?? tableType.Header ?? string.Empty)).Append("</th>");
        if (rowType.Header is not null)
        {
            _html.Append("<th colspan=\"").Append(columns.Count).Append("\">").Append(Encode(rowType.Header)).Append("</th></tr>\n<tr>");
        }

        // Columns under a merged group header: the group cell spans them, the others span both header rows.
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Group is { } group)
            {
                if (c == 0 || columns[c - 1].Group != group)
                {
                    var span = 1;
                    while (c + span < columns.Count && columns[c + span].Group == group)
                    {
                        span++;
                    }

                    _html.Append("<th colspan=\"").Append(span).Append("\">").Append(Encode(group)).Append("</th>");
                }
            }
            else
            {
                _html.Append("<th").Append(hasGroups ? " rowspan=\"2\"" : string.Empty).Append('>').Append(Encode(columns[c].Title ?? columns[c].JsonName)).Append("</th>");
            }
        }

        _html.Append("</tr>\n");
        if (hasGroups)
        {
            _html.Append("<tr>");
            foreach (var column in columns.Where(c => c.Group is not null))
            {
                _html.Append("<th>").Append(Encode(column.Title ?? column.JsonName)).Append("</th>");
            }

            _html.Append("</tr>\n");
        }

        _html.Append("</thead>\n<tbody>\n");
        for (var r = 0; r < rows.Count; r++)
        {
            _html.Append("<tr>");
            for (var level = 0; level < rows[r].Labels.Count; level++)
            {
                var isLast = level == rows[r].Labels.Count - 1;
                if (!isLast && r > 0 && SamePrefix(rows[r - 1], rows[r], level))
                {
                    continue;
                }

                var rowSpan = 1;
                while (!isLast && r + rowSpan < rows.Count && SamePrefix(rows[r + rowSpan - 1], rows[r + rowSpan], level))
                {
                    rowSpan++;
                }

                _html.Append("<th scope=\"row\" class=\"label\"");
                if (rowSpan > 1)
                {
                    _html.Append(" rowspan=\"").Append(rowSpan).Append('"');
                }

                if (isLast && level < depth - 1)
                {
                    _html.Append(" colspan=\"").Append(depth - level).Append('"');
                }

                _html.Append('>').Append(Encode(rows[r].Labels[level])).Append("</th>");
            }

            foreach (var cell in Cells(rows[r].Row))
            {
                Cell(cell.Property, cell.Cell, cell.Object);
            }

            _html.Append("</tr>\n");
        }

        _html.Append("</tbody>\n</table>\n");
        if (withMessages)
        {
            Messages(_issues.Where(i => IsUnder(i.Pointer, table.Pointer)).ToList());
        }
    }

    private void RenderColumnGroups(ObjectSlot section)
    {
        // Header rows from the nesting (行政复议 | 行政诉讼 → 未经复议直接起诉 | 复议后起诉), then the leaf labels, then one data row.
        var leaves = new List<(List<ObjectSlot> Path, ObjectSlot Row)>();
        if (IsRow(section))
        {
            leaves.Add(([section], section));
        }
        else
        {
            RenderFields(Children(section).Where(c => c.Object is null).ToList());
            CollectColumnGroups(section, [], leaves);
        }

        if (leaves.Count == 0)
        {
            return;
        }

        var depth = leaves.Max(l => l.Path.Count);
        _html.Append("<table>\n<thead>\n");
        for (var level = 0; level < depth; level++)
        {
            _html.Append("<tr>");
            for (var i = 0; i < leaves.Count; i++)
            {
                if (level >= leaves[i].Path.Count)
                {
                    continue;
                }

                if (i > 0 && level < leaves[i - 1].Path.Count && leaves[i - 1].Path[level] == leaves[i].Path[level])
                {
                    continue;
                }

                var span = 0;
                for (var j = i; j < leaves.Count && level < leaves[j].Path.Count && leaves[j].Path[level] == leaves[i].Path[level]; j++)
                {
                    span += Cells(leaves[j].Row).Count;
                }

                var rowSpan = level == leaves[i].Path.Count - 1 ? depth - level : 1;
                _html.Append("<th colspan=\"").Append(span).Append('"').Append(rowSpan > 1 ? $" rowspan=\"{rowSpan}\"" : string.Empty).Append('>')
                    .Append(Encode(leaves[i].Path[level].Label)).Append("</th>");
            }

            _html.Append("</tr>\n");
        }

        _html.Append("<tr>");
        foreach (var (_, row) in leaves)
        {
            foreach (var cell in Cells(row))
            {
                _html.Append("<th>").Append(Encode(cell.Property.Title ?? cell.Property.JsonName)).Append("</th>");
            }
        }

        _html.Append("</tr>\n</thead>\n<tbody>\n<tr>");
        foreach (var (_, row) in leaves)
        {
            foreach (var cell in Cells(row))
            {
                Cell(cell.Property, cell.Cell, cell.Object);
            }
        }

        _html.Append("</tr>\n</tbody>\n</table>\n");
        Messages(_issues.Where(i => IsUnder(i.Pointer, section.Pointer)).ToList());
    }

    private void CollectColumnGroups(ObjectSlot group, List<ObjectSlot> path, List<(List<ObjectSlot> Path, ObjectSlot Row)> leaves)
    {
        foreach (var child in Children(group).Where(c => c.Object is not null).Select(c => c.Object!))
        {
            var childPath = new List<ObjectSlot>(path) { child };
            if (IsRow(child))
            {
                leaves.Add((childPath, child));
            }
            else
            {
                CollectColumnGroups(child, childPath, leaves);
            }
        }
    }

    private void CollectRows(ObjectSlot group, List<string> labels, List<RenderedRow> rows)
    {
        foreach (var child in Children(group).Where(c => c.Object is not null).Select(c => c.Object!))
        {
            var childLabels = new List<string>(labels) { child.Label };
            if (IsRow(child))
            {
                rows.Add(new RenderedRow(childLabels, child));
            }
            else
            {
                CollectRows(child, childLabels, rows);
            }
        }
    }

    /// <summary>
    /// A row holds cells: at least one direct cell, and otherwise only leaf-only objects, each drawn as one
    /// composite cell (an amount with its unit). An object of rows (（三）不予公开) has no direct cell.
    /// </summary>
    private bool IsRow(ObjectSlot slot)
    {
        // An array inside a row is drawn as a table of its own, not as a column.
        var children = Cells(slot);
        return children.Any(c => c.Object is null) && children.All(c => c.Object is null || Children(c.Object).All(g => g.Object is null));
    }

    private void Cell(PropertyModel property, CellSlot? cell, ObjectSlot? composite)
    {
        var pointer = cell?.Pointer ?? composite!.Pointer;
        var flagged = _issues.Where(i => i.Pointer == pointer || (composite is not null && IsUnder(i.Pointer, composite.Pointer))).ToList();
        var value = _payload is null ? string.Empty : composite is null ? Text(_payload, pointer) ?? string.Empty : string.Join(" ", Children(composite).Select(c => Text(_payload, c.Cell?.Pointer ?? string.Empty) ?? string.Empty));
        _html.Append("<td");
        if (flagged.Count > 0)
        {
            var error = flagged.Any(i => i.Severity == IssueSeverity.Error);
            _html.Append(" class=\"").Append(error ? "flag-error" : "flag-warning").Append("\" title=\"")
                .Append(Encode(string.Join("; ", flagged.Select(i => i.RuleId)))).Append('"');
        }

        _html.Append(" data-pointer=\"").Append(Encode(pointer)).Append("\">").Append(Encode(value)).Append("</td>");
    }

    private void Messages(IReadOnlyList<ValidationIssue> issues)
    {
        if (issues.Count == 0)
        {
            return;
        }

        _html.Append("<ul class=\"issues\">\n");
        foreach (var issue in issues)
        {
            _html.Append("<li class=\"").Append(issue.Severity == IssueSeverity.Error ? "error" : "warning").Append("\" data-rule=\"").Append(Encode(issue.RuleId))
                .Append("\" data-pointer=\"").Append(Encode(issue.Pointer)).Append("\"><strong>").Append(Encode(issue.RuleId)).Append("</strong> ")
                .Append(Encode(_english ? issue.MessageEn : issue.MessageZh)).Append("</li>\n");
        }

        _html.Append("</ul>\n");
    }

    private List<(PropertyModel Property, CellSlot? Cell, ObjectSlot? Object)> Children(ObjectSlot slot)
    {
        var type = _layout.Model.Types[slot.TypeIndex];
        var layout = _layout.Types[slot.TypeIndex];
        var children = new List<(PropertyModel, CellSlot?, ObjectSlot?)>();
        for (var p = 0; p < type.Properties.Count; p++)
        {
            children.Add(type.Properties[p].Kind == ValueKind.Object
                ? (type.Properties[p], null, _layout.Objects[slot.Index + layout.ObjectOffsets[p]])
                : (type.Properties[p], _layout.Cells[slot.FirstCell + layout.CellOffsets[p]], null));
        }

        return children;
    }

    // The columns of a row: arrays below a row are not columns (an array is drawn as a table only where a section holds it).
    private static bool IsColumn(PropertyModel property) => !property.IsArray;

    private List<(PropertyModel Property, CellSlot? Cell, ObjectSlot? Object)> Cells(ObjectSlot row) => Children(row).Where(c => IsColumn(c.Property)).ToList();

    private static bool SamePrefix(RenderedRow a, RenderedRow b, int level)
    {
        if (a.Labels.Count <= level + 1 || b.Labels.Count <= level + 1)
        {
            return false;
        }

        for (var i = 0; i <= level; i++)
        {
            if (a.Labels[i] != b.Labels[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUnder(string pointer, string prefix) => pointer == prefix || pointer.StartsWith(prefix + "/", StringComparison.Ordinal);

    private static JsonElement? Element(JsonElement? payload, string pointer)
    {
        if (payload is not { } current)
        {
            return null;
        }

        foreach (var name in JsonPointer.Segments(pointer))
        {
            if (current.ValueKind == JsonValueKind.Array && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row < current.GetArrayLength())
            {
                current = current[row];
            }
            else if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current;
    }

    private static string? Text(JsonElement? payload, string pointer)
    {
        if (Element(payload, pointer) is not { } current)
        {
            return null;
        }

        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.Number => current.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null => string.Empty,
            _ => current.GetRawText(),
        };
    }

    // Controls are shown, not passed on: a bidi override would reorder the page's text around it, and NUL is not HTML.
    private static string Encode(string text) => WebUtility.HtmlEncode(ControlCharacters.MakeVisible(text));

    private const string Css = """
        body { font-family: "Noto Serif CJK SC", "Songti SC", SimSun, serif; margin: 2em; color: #111; }
        h1 { font-size: 1.5em; text-align: center; }
        p.template { text-align: center; color: #555; }
        h2 { font-size: 1.15em; margin-top: 1.5em; }
        table { border-collapse: collapse; margin: 0.8em 0; page-break-inside: avoid; }
        caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
        th, td { border: 1px solid #333; padding: 0.25em 0.5em; font-size: 0.9em; }
        th { background: #f3f3f3; font-weight: normal; }
        th.label { text-align: left; }
        td { text-align: right; min-width: 3em; }
        td.placeholder { text-align: center; color: #777; }
        td.flag-error { background: #ffd7d7; outline: 2px solid #c00; }
        td.flag-warning { background: #fff2c6; outline: 2px solid #c90; }
        ul.issues { font-size: 0.9em; }
        ul.issues li.error strong { color: #c00; }
        ul.issues li.warning strong { color: #a70; }
        @media print { body { margin: 1cm; } }

        """;
}
