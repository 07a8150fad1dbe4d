using System.Globalization;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Generators.Emitting;

/// <summary>
/// Emits what arrays (variable-length tables) need beside the per-type methods: for each array property, reading its
/// rows from JSON, checking them from a typed record, building the typed rows from the slots, and writing them. Row
/// <c>r</c> of an array whose length cell is <c>L</c> has its cells at <c>L + 1 + r × (cells of a row)</c>, as the
/// layout places them, so one method per array serves every place its owner type is used.
/// </summary>
internal static class ArrayEmitter
{
    /// <summary>The C# type of one row.</summary>
    public static string RowType(EmitContext context, PropertyModel array) => array.ItemKind switch
    {
        ValueKind.Integer => array.IsInt64 ? "long" : "int",
        ValueKind.Number => "decimal",
        _ => context.TypeRef(array.ObjectTypeIndex),
    };

    /// <summary>The C# type of the property: a list with value equality, so the record keeps its own.</summary>
    public static string ListType(EmitContext context, PropertyModel array) => "global::GovInfoReport.Schema.ValueList<" + RowType(context, array) + ">";

    /// <summary>The reader's call for an array property.</summary>
    public static string ReadCall(ValidatorMemberNames names, int t, int p, string cell, string number, string objectIndex)
        => $"{names.Rows(t, p).Read}(ref reader, ref context, {cell}, {number}, {objectIndex});";

    /// <summary>The typed path's call for an array property held in <paramref name="member"/>.</summary>
    public static string CheckCall(ValidatorMemberNames names, int t, int p, string member, string cell, string number, string objectIndex)
        => $"{names.Rows(t, p).Check}({member}, ref context, {cell}, {number}, {objectIndex});";

    /// <summary>The builder's expression for an array property.</summary>
    public static string BuildCall(EmitContext context, int t, int p, string cell, string number, string objectIndex)
        => $"{context.Names.Rows(t, p).Build}(ref context, payload, {cell}, {number}, {objectIndex})";

    /// <summary>The writer's call for an array property held in <paramref name="member"/>.</summary>
    public static string WriteCall(int t, int p, string member) => $"WriteRows_{Name(t, p)}(writer, {member});";

    public static void EmitReaders(EmitContext context, SourceWriter writer, int t)
    {
        foreach (var (p, array) in Arrays(context, t))
        {
            var max = CSharpLiteral.Int(array.MaxItems);
            writer.Line();
            writer.Open($"private static void {context.Names.Rows(t, p).Read}(ref global::System.Text.Json.Utf8JsonReader reader, ref {ReaderEmitter.Context} context, int lengthCell, int numberBase, int firstRowObject)");
            writer.Open("if (!context.EnterArray(ref reader, lengthCell))");
            writer.Line("return;");
            writer.Close();
            writer.Line();
            writer.Line("var row = 0;");
            writer.Open("while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)");
            writer.Open($"if (row == {max})");
            writer.Line($"context.TooManyRows(ref reader, lengthCell, {max});");
            writer.Line("return;");
            writer.Close();
            writer.Line();
            writer.Line(array.ItemKind switch
            {
                ValueKind.Integer => $"context.ReadInteger(ref reader, lengthCell + 1 + row, {(array.IsInt64 ? "true" : "false")}, {ReaderEmitter.LongOrNull(array.Minimum)}, {ReaderEmitter.LongOrNull(array.Maximum)});",
                ValueKind.Number => $"context.ReadNumber(ref reader, lengthCell + 1 + row, numberBase + row, {ReaderEmitter.DecimalOrNull(array.Minimum)}, {ReaderEmitter.DecimalOrNull(array.Maximum)});",
                _ => $"{context.Names.Read(array.ObjectTypeIndex)}(ref reader, ref context, {RowCell(context, array)}, {RowNumber(context, array)}, {RowObject(context, array)});",
            });
            writer.Line("row++;");
            writer.Close();
            writer.Line();
            writer.Line("context.SetArrayLength(lengthCell, row);");
            writer.Close();
        }
    }

    public static void EmitChecks(EmitContext context, SourceWriter writer, int t)
    {
        foreach (var (p, array) in Arrays(context, t))
        {
            writer.Line();
            writer.Open($"private static void {context.Names.Rows(t, p).Check}({ListType(context, array)} rows, ref {ReaderEmitter.Context} context, int lengthCell, int numberBase, int firstRowObject)");
            writer.Open($"if (!context.CheckRowCount(lengthCell, {CSharpLiteral.Int(array.MaxItems)}, rows.Count))");
            writer.Line("return;");
            writer.Close();
            writer.Line();
            writer.Open("for (var row = 0; row < rows.Count; row++)");
            writer.Line(array.ItemKind switch
            {
                ValueKind.Integer => $"context.CheckInteger(lengthCell + 1 + row, rows[row], {ReaderEmitter.LongOrNull(array.Minimum)}, {ReaderEmitter.LongOrNull(array.Maximum)});",
                ValueKind.Number => $"context.CheckNumber(lengthCell + 1 + row, numberBase + row, rows[row], {ReaderEmitter.DecimalOrNull(array.Minimum)}, {ReaderEmitter.DecimalOrNull(array.Maximum)});",
                _ => $"{context.Names.Check(array.ObjectTypeIndex)}(rows[row], ref context, {RowCell(context, array)}, {RowNumber(context, array)}, {RowObject(context, array)});",
            });
            writer.Close();
            writer.Line();
            writer.Line("context.SetArrayLength(lengthCell, rows.Count);");
            writer.Close();
        }
    }

    public static void EmitBuilds(EmitContext context, SourceWriter writer, int t)
    {
        foreach (var (p, array) in Arrays(context, t))
        {
            var rowType = RowType(context, array);
            writer.Line();
            writer.Open($"private static {ListType(context, array)} {context.Names.Rows(t, p).Build}(ref {ReaderEmitter.Context} context, global::System.ReadOnlySpan<byte> payload, int lengthCell, int numberBase, int firstRowObject)");
            writer.Line("_ = payload; _ = numberBase; _ = firstRowObject;");
            writer.Line($"var rows = new {rowType}[(int)context.Integers[lengthCell]];");
            writer.Open("for (var row = 0; row < rows.Length; row++)");
            writer.Line(array.ItemKind switch
            {
                ValueKind.Integer => $"rows[row] = ({rowType})context.Integers[lengthCell + 1 + row];",
                ValueKind.Number => "rows[row] = context.Numbers[numberBase + row];",
                _ => $"rows[row] = {context.Names.Build(array.ObjectTypeIndex)}(ref context, payload, {RowCell(context, array)}, {RowNumber(context, array)}, {RowObject(context, array)});",
            });
            writer.Close();
            writer.Line();
            writer.Line($"return global::GovInfoReport.Schema.ValueList.FromOwned<{rowType}>(rows);");
            writer.Close();
        }
    }

    public static void EmitWrites(EmitContext context, SourceWriter writer, int t)
    {
        foreach (var (p, array) in Arrays(context, t))
        {
            writer.Line();
            writer.Open($"private static void WriteRows_{Name(t, p)}(global::System.Text.Json.Utf8JsonWriter writer, {ListType(context, array)} rows)");
            writer.Line("writer.WriteStartArray();");
            writer.Open("foreach (var row in rows)");
            writer.Line(array.HasCellItems ? "writer.WriteNumberValue(row);" : $"Write_{array.ObjectTypeIndex}(writer, row);");
            writer.Close();
            writer.Line();
            writer.Line("writer.WriteEndArray();");
            writer.Close();
        }
    }

    /// <summary>The condition under which a cell on rows exists in the payload, or null for a cell on no row.</summary>
    /// <param name="rows">The (length cell, row) pairs on the cell's path.</param>
    /// <param name="cell">How a cell index is written (rules address cells relative to the declaring instance).</param>
    public static string? RowsPresent(System.Collections.Generic.IReadOnlyList<(int LengthCell, int Row)> rows, System.Func<int, string> cell)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        var conditions = new string[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            conditions[i] = "context.HasRow(" + cell(rows[i].LengthCell) + ", " + CSharpLiteral.Int(rows[i].Row) + ")";
        }

        return string.Join(" && ", conditions);
    }

    /// <summary>
    /// When a rule may read a cell: a cell on no row must be valid; a cell on rows needs each array's length known
    /// (as far as the rows before it are present), and, when all its rows are present, to be valid itself.
    /// </summary>
    /// <param name="cellText">The cell as written in the check.</param>
    /// <param name="rows">The (length cell, row) pairs on the cell's path.</param>
    /// <param name="cell">How a cell index is written.</param>
    public static string ReadableCell(string cellText, System.Collections.Generic.IReadOnlyList<(int LengthCell, int Row)> rows, System.Func<int, string> cell)
    {
        var condition = "context.IsValid(" + cellText + ")";
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            var length = cell(rows[i].LengthCell);
            condition = $"(context.IsValid({length}) && (!context.HasRow({length}, {CSharpLiteral.Int(rows[i].Row)}) || {condition}))";
        }

        return condition;
    }

    private static System.Collections.Generic.IEnumerable<(int Index, PropertyModel Array)> Arrays(EmitContext context, int t)
    {
        var properties = context.Model.Types[t].Properties;
        for (var p = 0; p < properties.Count; p++)
        {
            if (properties[p].IsArray)
            {
                yield return (p, properties[p]);
            }
        }
    }

    private static string RowCell(EmitContext context, PropertyModel array) => "lengthCell + 1 + (row * " + CSharpLiteral.Int(context.Layout.Types[array.ObjectTypeIndex].CellCount) + ")";

    private static string RowNumber(EmitContext context, PropertyModel array) => "numberBase + (row * " + CSharpLiteral.Int(context.Layout.Types[array.ObjectTypeIndex].NumberCount) + ")";

    private static string RowObject(EmitContext context, PropertyModel array) => "firstRowObject + (row * " + CSharpLiteral.Int(context.Layout.Types[array.ObjectTypeIndex].ObjectCount) + ")";

    private static string Name(int t, int p) => t.ToString(CultureInfo.InvariantCulture) + "_" + p.ToString(CultureInfo.InvariantCulture);
}
