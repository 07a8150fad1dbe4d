using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Values;
using GovInfoReport.Schema;

namespace GovInfoReport.Extraction.Tables;

/// <summary>A value column of a statutory row: its property name and its printed header.</summary>
/// <param name="Name">The payload property.</param>
/// <param name="Title">The printed header (the schema's title).</param>
internal sealed record StatutoryColumn(string Name, string Title);

/// <summary>A statutory table row: where it goes in the payload, its printed label and group, and its value columns.</summary>
/// <param name="Pointer">The JSON Pointer of the row object.</param>
/// <param name="Title">The printed row label with its numbering (the schema's title, e.g. "1.属于国家秘密").</param>
/// <param name="GroupTitle">The printed label of the group the row belongs to ("（三）不予公开"), or null.</param>
/// <param name="Columns">The value columns, in printed order.</param>
internal sealed record StatutoryRow(string Pointer, string Title, string? GroupTitle, IReadOnlyList<StatutoryColumn> Columns)
{
    // The names and pointers below are made once per row when the layout is loaded: building them per value was ~200
    // string concatenations per report (a tenth of the payload step's allocation).

    /// <summary>The row's property name (the last segment of <see cref="Pointer"/>).</summary>
    public string Name { get; } = Pointer[(Pointer.LastIndexOf('/') + 1)..];

    /// <summary>The property names of the columns, in printed order (shared: never written to).</summary>
    public string[] ColumnNames { get; } = [.. Columns.Select(c => c.Name)];

    /// <summary>The pointers of the row's cells, in the order of <see cref="ColumnNames"/> (shared: never written to).</summary>
    public string[] CellPointers { get; } = [.. Columns.Select(c => Pointer + "/" + c.Name)];

    /// <summary>
    /// The pointers of this row's cells under <paramref name="columns"/>: the row's own when those are its columns (the
    /// usual case, also when a row of one version is read with another version's identical columns), else joined here.
    /// </summary>
    /// <param name="columns">The column names the row is written with.</param>
    /// <returns>The cell pointers, in the order of <paramref name="columns"/>.</returns>
    public string[] CellPointersOf(string[] columns)
        => ReferenceEquals(columns, ColumnNames) || columns.AsSpan().SequenceEqual(ColumnNames) ? CellPointers : Join(Pointer, columns);

    /// <summary>The pointers <paramref name="row"/> + "/" + each column.</summary>
    /// <param name="row">A row pointer.</param>
    /// <param name="columns">The column names.</param>
    /// <returns>The cell pointers, in the order of <paramref name="columns"/>.</returns>
    public static string[] Join(string row, string[] columns)
    {
        var cells = new string[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            cells[c] = row + "/" + columns[c];
        }

        return cells;
    }
}

/// <summary>
/// The statutory layout of tables 二, 三 and 四 of each template version, read from the shipped JSON Schemas (titles,
/// property order, <c>$ref</c>/<c>allOf</c> definitions): row labels, numbering, groups, pointers and columns exist
/// once, in the schemas. Extraction keeps by hand only the printed variants and typos the schemas do not describe.
/// </summary>
internal static class StatutoryLayout
{
    private static readonly string[] TableSections = ["activeDisclosure", "applications", "reviewAndLitigation"];
    private static readonly Lazy<IReadOnlyList<StatutoryRow>> Rows2019 = new(() => Load(TemplateVersion.V2019));
    private static readonly Lazy<IReadOnlyList<StatutoryRow>> Rows2021 = new(() => Load(TemplateVersion.V2021));
    private static readonly Lazy<Dictionary<string, StatutoryRow>> ByPointer2019 = new(() => Index(Rows2019.Value));
    private static readonly Lazy<Dictionary<string, StatutoryRow>> ByPointer2021 = new(() => Index(Rows2021.Value));
    private static readonly Lazy<Dictionary<string, StatutoryRow>> ByPointer = new(() =>
    {
        var map = new Dictionary<string, StatutoryRow>(StringComparer.Ordinal);
        foreach (var row in Rows2021.Value.Concat(Rows2019.Value))
        {
            map.TryAdd(row.Pointer, row);
        }

        return map;
    });

    /// <summary>The rows of every statutory table of a version, in printed order.</summary>
    public static IReadOnlyList<StatutoryRow> Rows(TemplateVersion version) => version == TemplateVersion.V2019 ? Rows2019.Value : Rows2021.Value;

    /// <summary>The row at a pointer, in either version (2021 first: both agree wherever a row exists in both).</summary>
    public static StatutoryRow Row(string pointer) => ByPointer.Value.TryGetValue(pointer, out var row) ? row : throw new KeyNotFoundException("No statutory row at " + pointer);

    /// <summary>The row at a pointer in one version, or null.</summary>
    public static StatutoryRow? Find(TemplateVersion version, string pointer)
        => (version == TemplateVersion.V2019 ? ByPointer2019 : ByPointer2021).Value.GetValueOrDefault(pointer);

    /// <summary>The property names of a row's columns (the row's own array: never written to).</summary>
    public static string[] ColumnNames(TemplateVersion version, string pointer) => (Find(version, pointer) ?? throw new KeyNotFoundException(pointer)).ColumnNames;

    /// <summary>Every cell pointer of a version's tables (rows × columns).</summary>
    public static IEnumerable<string> CellPointers(TemplateVersion version) => Rows(version).SelectMany(r => r.Columns.Select(c => r.Pointer + "/" + c.Name));

    // The first row at each pointer, as a search in printed order finds it.
    private static Dictionary<string, StatutoryRow> Index(IReadOnlyList<StatutoryRow> rows)
    {
        var map = new Dictionary<string, StatutoryRow>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            map.TryAdd(row.Pointer, row);
        }

        return map;
    }

    private static List<StatutoryRow> Load(TemplateVersion version)
    {
        using var document = JsonDocument.Parse(TemplateSchemas.GetSchemaText(version));
        var root = document.RootElement;
        var definitions = root.GetProperty("definitions");
        var rows = new List<StatutoryRow>();
        foreach (var section in TableSections)
        {
            Walk(root.GetProperty("properties").GetProperty(section), "/" + section, null, definitions, rows);
        }

        return rows;
    }

    private static void Walk(JsonElement node, string pointer, string? group, JsonElement definitions, List<StatutoryRow> rows)
    {
        var resolved = Resolve(node, definitions);
        if (!resolved.TryGetProperty("properties", out var properties))
        {
            return;
        }

        var title = Title(node) ?? Title(resolved) ?? string.Empty;
        var children = properties.EnumerateObject().ToList();
        var leaves = children.All(c => IsLeaf(Resolve(c.Value, definitions)));
        var amountRow = children.Any(c => c.Name == "totalAmount");
        if (leaves || amountRow)
        {
            var columns = children.Select(c => new StatutoryColumn(c.Name, Title(c.Value) ?? Title(Resolve(c.Value, definitions)) ?? c.Name)).ToList();
            rows.Add(new StatutoryRow(pointer, title, group, columns));
            return;
        }

        // A group of rows ("（三）不予公开", "三、本年度办理结果", a sub-table 第二十条第（X）项): its title labels its rows.
        var depth = pointer.Count(c => c == '/');
        foreach (var child in children)
        {
            Walk(child.Value, pointer + "/" + child.Name, depth >= 2 ? title : null, definitions, rows);
        }
    }

    private static bool IsLeaf(JsonElement node) => !node.TryGetProperty("properties", out _);

    private static string? Title(JsonElement node) => node.ValueKind == JsonValueKind.Object && node.TryGetProperty("title", out var t) ? t.GetString() : null;

    /// <summary>Follows <c>$ref</c> and a single-<c>$ref</c> <c>allOf</c> to the definition that has the properties.</summary>
    private static JsonElement Resolve(JsonElement node, JsonElement definitions)
    {
        for (var guard = 0; guard < 8; guard++)
        {
            if (node.TryGetProperty("properties", out _))
            {
                return node;
            }

            if (node.TryGetProperty("$ref", out var reference))
            {
                node = definitions.GetProperty(reference.GetString()![(reference.GetString()!.LastIndexOf('/') + 1)..]);
                continue;
            }

            if (node.TryGetProperty("allOf", out var all) && all.GetArrayLength() > 0 && all[0].TryGetProperty("$ref", out _))
            {
                node = all[0];
                continue;
            }

            break;
        }

        return node;
    }
}
