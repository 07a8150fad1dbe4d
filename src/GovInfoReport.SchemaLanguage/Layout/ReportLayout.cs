using System.Collections.Generic;
using GovInfoReport.SchemaLanguage.Json;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.SchemaLanguage.Layout;

/// <summary>
/// Every cell and object of a report of one schema, each at a fixed slot with its constant JSON Pointer. The
/// generated validator and the rule interpreter both read payloads into these slots, so an issue's pointer is a
/// table lookup and rules compile to slot arithmetic.
/// </summary>
public sealed class ReportLayout
{
    private ReportLayout(TemplateModel model, List<TypeLayout> types, List<CellSlot> cells, List<ObjectSlot> objects, int numberCount, int rootTypeIndex)
    {
        RootTypeIndex = rootTypeIndex;
        Model = model;
        Types = types;
        Cells = cells;
        Objects = objects;
        NumberCount = numberCount;
        EveryNumericCellRequired = AllNumericCellsRequired(model, rootTypeIndex, true);
    }

    /// <summary>The type at the root of this layout (0, the report, unless a record is laid out on its own).</summary>
    public int RootTypeIndex { get; }

    /// <summary>
    /// Whether every numeric cell is required all the way from the report (no optional cell, no optional object
    /// above one). Then a read without structural issues has every numeric cell, and rules may skip validity tests.
    /// </summary>
    public bool EveryNumericCellRequired { get; }

    /// <summary>The model laid out.</summary>
    public TemplateModel Model { get; }

    /// <summary>Per type of the model, the shape of one instance.</summary>
    public IReadOnlyList<TypeLayout> Types { get; }

    /// <summary>Every cell, in depth-first order.</summary>
    public IReadOnlyList<CellSlot> Cells { get; }

    /// <summary>Every object, in depth-first order; the report first.</summary>
    public IReadOnlyList<ObjectSlot> Objects { get; }

    /// <summary>How many cells are decimals.</summary>
    public int NumberCount { get; }

    /// <summary>Lays out <paramref name="model"/> (which the reader has already checked to be finite and bounded).</summary>
    /// <param name="model">The model.</param>
    /// <returns>The layout.</returns>
    public static ReportLayout Build(TemplateModel model) => Build(model, 0);

    /// <summary>Lays out one record type as if it were the report: for validating a record on its own, with pointers relative to it.</summary>
    /// <param name="model">The model.</param>
    /// <param name="rootTypeIndex">The type that stands at the root.</param>
    /// <returns>The layout.</returns>
    public static ReportLayout Build(TemplateModel model, int rootTypeIndex)
    {
        var types = new TypeLayout?[model.Types.Count];
        for (var i = 0; i < model.Types.Count; i++)
        {
            BuildType(model, i, types);
        }

        var typeList = new List<TypeLayout>();
        foreach (var type in types)
        {
            typeList.Add(type!);
        }

        var cells = new List<CellSlot>();
        var objects = new List<ObjectSlot>();
        var numbers = 0;
        var root = model.Types[rootTypeIndex];
        Place(model, rootTypeIndex, string.Empty, root.Title ?? root.ClrName, root.Description ?? root.ClrName, cells, objects, ref numbers);
        return new ReportLayout(model, typeList, cells, objects, numbers, rootTypeIndex);
    }

    /// <summary>
    /// The cell at <paramref name="path"/> below an object instance, or null when the path ends at an object. A path
    /// ending at an array gives the array's length cell; an array's rows are selected by their index as a segment.
    /// </summary>
    /// <param name="objectIndex">The object the path starts from.</param>
    /// <param name="path">Property names (and row indices).</param>
    /// <returns>The cell, or null.</returns>
    public CellSlot? FindCell(int objectIndex, IReadOnlyList<string> path)
    {
        var (kind, index) = Walk(objectIndex, path, null);
        return kind == ValueKind.Object ? null : Cells[index];
    }

    /// <summary>
    /// The rows a path passes through: for each array on it, the array's length cell and the row index. The cell
    /// (or object) at the path exists in a payload only when every such array is longer than its index.
    /// </summary>
    /// <param name="objectIndex">The object the path starts from.</param>
    /// <param name="path">Property names and row indices.</param>
    /// <returns>The (length cell, row index) pairs, outermost first; empty when the path crosses no array.</returns>
    public IReadOnlyList<(int LengthCell, int Row)> RowsOnPath(int objectIndex, IReadOnlyList<string> path)
    {
        var rows = new List<(int LengthCell, int Row)>();
        Walk(objectIndex, path, rows);
        return rows;
    }

    /// <summary>The object at <paramref name="path"/> below an object instance, or null when the path ends at a cell.</summary>
    /// <param name="objectIndex">The object the path starts from.</param>
    /// <param name="path">Property names.</param>
    /// <returns>The object, or null.</returns>
    public ObjectSlot? FindObject(int objectIndex, IReadOnlyList<string> path)
    {
        var (kind, index) = Walk(objectIndex, path, null);
        return kind == ValueKind.Object ? Objects[index] : null;
    }

    /// <summary>The objects that are instances of a type, in slot order.</summary>
    /// <param name="typeIndex">The type.</param>
    /// <returns>Its instances.</returns>
    public IEnumerable<ObjectSlot> InstancesOf(int typeIndex)
    {
        foreach (var instance in Objects)
        {
            if (instance.TypeIndex == typeIndex)
            {
                yield return instance;
            }
        }
    }

    private (ValueKind Kind, int Index) Walk(int objectIndex, IReadOnlyList<string> path, List<(int LengthCell, int Row)>? rows)
    {
        var current = Objects[objectIndex];
        for (var i = 0; i < path.Count; i++)
        {
            var type = Model.Types[current.TypeIndex];
            var layout = Types[current.TypeIndex];
            var found = false;
            for (var p = 0; p < type.Properties.Count; p++)
            {
                if (type.Properties[p].JsonName != path[i])
                {
                    continue;
                }

                found = true;
                var property = type.Properties[p];
                if (property.Kind == ValueKind.Array)
                {
                    var lengthCell = current.FirstCell + layout.CellOffsets[p];
                    if (i == path.Count - 1)
                    {
                        return (ValueKind.Array, lengthCell);
                    }

                    var row = int.Parse(path[++i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
                    if (row >= property.MaxItems)
                    {
                        throw new KeyNotFoundException(string.Join(".", path));
                    }

                    rows?.Add((lengthCell, row));
                    if (property.HasCellItems)
                    {
                        return i == path.Count - 1 ? (property.ItemKind, lengthCell + 1 + row) : throw new KeyNotFoundException(string.Join(".", path));
                    }

                    current = Objects[current.Index + layout.ObjectOffsets[p] + (row * Types[property.ObjectTypeIndex].ObjectCount)];
                    break;
                }

                if (type.Properties[p].Kind != ValueKind.Object)
                {
                    return i == path.Count - 1
                        ? (type.Properties[p].Kind, current.FirstCell + layout.CellOffsets[p])
                        : throw new KeyNotFoundException(string.Join(".", path));
                }

                current = Objects[current.Index + layout.ObjectOffsets[p]];
                break;
            }

            if (!found)
            {
                throw new KeyNotFoundException(string.Join(".", path));
            }
        }

        return (ValueKind.Object, current.Index);
    }

    // Walks every path from the report (bounded by the reader's cell limit); an optional object makes its cells optional.
    private static bool AllNumericCellsRequired(TemplateModel model, int typeIndex, bool pathRequired)
    {
        foreach (var property in model.Types[typeIndex].Properties)
        {
            var required = pathRequired && property.IsRequired;

            // Rows of an array may be absent, so rules over them always test what they read.
            if (property.Kind == ValueKind.Array
                || (property.IsNumeric && !required) || (property.Kind == ValueKind.Object && !AllNumericCellsRequired(model, property.ObjectTypeIndex, required)))
            {
                return false;
            }
        }

        return true;
    }

    private static TypeLayout BuildType(TemplateModel model, int typeIndex, TypeLayout?[] types)
    {
        if (types[typeIndex] is { } known)
        {
            return known;
        }

        var properties = model.Types[typeIndex].Properties;
        var cellOffsets = new int[properties.Count];
        var numberOffsets = new int[properties.Count];
        var objectOffsets = new int[properties.Count];
        int cells = 0, numbers = 0, objects = 1;
        for (var p = 0; p < properties.Count; p++)
        {
            cellOffsets[p] = cells;
            numberOffsets[p] = numbers;
            objectOffsets[p] = properties[p].HasRecords ? objects : -1;
            switch (properties[p].Kind)
            {
                case ValueKind.Array when properties[p].HasCellItems:
                    cells += 1 + properties[p].MaxItems;
                    numbers += properties[p].ItemKind == ValueKind.Number ? properties[p].MaxItems : 0;
                    break;
                case ValueKind.Array:
                    // The length cell, then each possible row as a whole instance of the row type.
                    var row = BuildType(model, properties[p].ObjectTypeIndex, types);
                    cells += 1 + (properties[p].MaxItems * row.CellCount);
                    numbers += properties[p].MaxItems * row.NumberCount;
                    objects += properties[p].MaxItems * row.ObjectCount;
                    break;
                case ValueKind.Object:
                    var child = BuildType(model, properties[p].ObjectTypeIndex, types);
                    cells += child.CellCount;
                    numbers += child.NumberCount;
                    objects += child.ObjectCount;
                    break;
                case ValueKind.Number:
                    cells++;
                    numbers++;
                    break;
                default:
                    cells++;
                    break;
            }
        }

        var layout = new TypeLayout(cells, numbers, objects, cellOffsets, numberOffsets, objectOffsets);
        types[typeIndex] = layout;
        return layout;
    }

    private static void Place(TemplateModel model, int typeIndex, string pointer, string label, string labelEnglish, List<CellSlot> cells, List<ObjectSlot> objects, ref int numbers)
    {
        var objectIndex = objects.Count;
        objects.Add(new ObjectSlot(objectIndex, typeIndex, pointer, label, labelEnglish, cells.Count, numbers));
        foreach (var property in model.Types[typeIndex].Properties)
        {
            var childPointer = pointer + "/" + JsonPointer.Escape(property.JsonName);
            if (property.Kind == ValueKind.Array)
            {
                cells.Add(new CellSlot(cells.Count, objectIndex, property, childPointer, -1));
                for (var row = 0; row < property.MaxItems; row++)
                {
                    var item = property.ItemCell(row);
                    var rowPointer = childPointer + "/" + item.JsonName;
                    if (property.HasCellItems)
                    {
                        cells.Add(new CellSlot(cells.Count, objectIndex, item, rowPointer, item.Kind == ValueKind.Number ? numbers++ : -1));
                    }
                    else
                    {
                        Place(model, property.ObjectTypeIndex, rowPointer, item.Title!, item.Description!, cells, objects, ref numbers);
                    }
                }
            }
            else if (property.Kind == ValueKind.Object)
            {
                // The property's own words: a definition reused by $ref for several rows must not give them all its title.
                Place(model, property.ObjectTypeIndex, childPointer, property.Title ?? property.JsonName,
                    property.Description ?? property.JsonName, cells, objects, ref numbers);
            }
            else
            {
                cells.Add(new CellSlot(cells.Count, objectIndex, property, childPointer, property.Kind == ValueKind.Number ? numbers++ : -1));
            }
        }
    }
}
