using System.Globalization;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Generators.Emitting;

/// <summary>
/// Emits one <c>Read{Type}</c> method per object type: a single forward pass with <c>Utf8JsonReader</c> that stores
/// each cell in its slot. Property names are matched by trying the next expected name first, so a payload in
/// schema order costs one comparison per property.
/// </summary>
internal static class ReaderEmitter
{
    public const string Context = "global::GovInfoReport.Schema.Validation.ReportReadContext";

    public static void Emit(EmitContext context, SourceWriter writer)
    {
        for (var t = 0; t < context.Model.Types.Count; t++)
        {
            EmitRead(context, writer, t);
            EmitMatch(context, writer, t);
            ArrayEmitter.EmitReaders(context, writer, t);
        }
    }

    private static void EmitRead(EmitContext context, SourceWriter writer, int t)
    {
        var type = context.Model.Types[t];
        var layout = context.Layout.Types[t];
        var words = (type.Properties.Count + 63) / 64;
        writer.Line();
        writer.Open($"private static void {context.Names.Read(t)}(ref global::System.Text.Json.Utf8JsonReader reader, ref {Context} context, int cellBase, int numberBase, int objectIndex)");
        writer.Open("if (!context.EnterObject(ref reader, objectIndex))");
        writer.Line("return;");
        writer.Close();
        writer.Line();
        for (var w = 0; w < words; w++)
        {
            writer.Line($"ulong seen{w} = 0UL;");
        }

        writer.Line("var next = 0;");
        writer.Open("while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)");
        writer.Line($"var index = {context.Names.Match(t)}(ref reader, next);");
        writer.Open("switch (index)");
        for (var p = 0; p < type.Properties.Count; p++)
        {
            var property = type.Properties[p];
            var word = "seen" + (p / 64).ToString(CultureInfo.InvariantCulture);
            var bit = "0x" + (1UL << (p % 64)).ToString("X", CultureInfo.InvariantCulture) + "UL";
            writer.Line($"case {p}:");
            writer.Line("    {");
            writer.Line($"        if (({word} & {bit}) != 0UL)");
            writer.Line("        {");
            writer.Line($"            context.DuplicateProperty(ref reader, objectIndex, {CSharpLiteral.String(property.JsonName)});");
            writer.Line("            continue;");
            writer.Line("        }");
            writer.Line();
            writer.Line($"        {word} |= {bit};");
            writer.Line("        reader.Read();");
            writer.Line("        " + ReadCall(context.Names, t, p, property, layout.CellOffsets[p], layout.NumberOffsets[p], layout.ObjectOffsets[p]));
            writer.Line("        break;");
            writer.Line("    }");
        }

        writer.Line("default:");
        writer.Line("    context.UnknownProperty(ref reader, objectIndex);");
        writer.Line("    continue;");
        writer.Close();
        writer.Line();
        writer.Line("next = index + 1;");
        writer.Close();

        for (var w = 0; w < words; w++)
        {
            ulong required = 0;
            for (var p = w * 64; p < type.Properties.Count && p < (w + 1) * 64; p++)
            {
                if (type.Properties[p].IsRequired)
                {
                    required |= 1UL << (p % 64);
                }
            }

            if (required == 0)
            {
                continue;
            }

            var mask = "0x" + required.ToString("X", CultureInfo.InvariantCulture) + "UL";
            writer.Line();
            writer.Open($"if ((seen{w} & {mask}) != {mask})");
            for (var p = w * 64; p < type.Properties.Count && p < (w + 1) * 64; p++)
            {
                var property = type.Properties[p];
                if (!property.IsRequired)
                {
                    continue;
                }

                var bit = "0x" + (1UL << (p % 64)).ToString("X", CultureInfo.InvariantCulture) + "UL";
                writer.Open($"if ((seen{w} & {bit}) == 0UL)");
                writer.Line($"context.MissingProperty(objectIndex, {CSharpLiteral.String(property.JsonName)}, {CSharpLiteral.String(property.Title ?? property.JsonName)});");
                writer.Close();
            }

            writer.Close();
        }

        writer.Close();
    }

    private static string ReadCall(ValidatorMemberNames names, int t, int p, PropertyModel property, int cellOffset, int numberOffset, int objectOffset)
    {
        var cell = Offset("cellBase", cellOffset);
        switch (property.Kind)
        {
            case ValueKind.Object:
                return $"{names.Read(property.ObjectTypeIndex)}(ref reader, ref context, {cell}, {Offset("numberBase", numberOffset)}, {Offset("objectIndex", objectOffset)});";
            case ValueKind.Integer:
                return $"context.ReadInteger(ref reader, {cell}, {(property.IsInt64 ? "true" : "false")}, {LongOrNull(property.Minimum)}, {LongOrNull(property.Maximum)});";
            case ValueKind.Number:
                return $"context.ReadNumber(ref reader, {cell}, {Offset("numberBase", numberOffset)}, {DecimalOrNull(property.Minimum)}, {DecimalOrNull(property.Maximum)});";
            case ValueKind.Boolean:
                return $"context.ReadBoolean(ref reader, {cell});";
            case ValueKind.Array:
                return ArrayEmitter.ReadCall(names, t, p, cell, Offset("numberBase", numberOffset), property.HasCellItems ? "objectIndex" : Offset("objectIndex", objectOffset));
            default:
                return $"context.ReadString(ref reader, {cell}, {AllowedValues(t, p, property)}, {IntOrNull(property.MinLength)}, {IntOrNull(property.MaxLength)}, {(property.Format == "date" ? "true" : "false")});";
        }
    }

    private static void EmitMatch(EmitContext context, SourceWriter writer, int t)
    {
        var properties = context.Model.Types[t].Properties;
        writer.Line();
        writer.Open($"private static int {context.Names.Match(t)}(ref global::System.Text.Json.Utf8JsonReader reader, int next)");
        if (properties.Count == 0)
        {
            writer.Line("return -1;");
            writer.Close();
            return;
        }

        writer.Open($"if (next < {properties.Count} && {context.Names.NameEquals(t)}(ref reader, next))");
        writer.Line("return next;");
        writer.Close();
        writer.Line();
        writer.Open($"for (var i = 0; i < {properties.Count}; i++)");
        writer.Open($"if (i != next && {context.Names.NameEquals(t)}(ref reader, i))");
        writer.Line("return i;");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("return -1;");
        writer.Close();
        writer.Line();
        writer.Line($"private static bool {context.Names.NameEquals(t)}(ref global::System.Text.Json.Utf8JsonReader reader, int index) => index switch");
        writer.Line("{");
        for (var p = 0; p < properties.Count; p++)
        {
            writer.Line($"    {p} => reader.ValueTextEquals({CSharpLiteral.Utf8OrString(properties[p].JsonName)}),");
        }

        writer.Line("    _ => false,");
        writer.Line("};");
    }

    /// <summary>The name of the static array of allowed values of a string property, or <c>null</c>.</summary>
    public static string AllowedValues(int t, int p, PropertyModel property)
        => property.EnumValues.Count == 0 ? "null" : "s_allowed_" + t.ToString(CultureInfo.InvariantCulture) + "_" + p.ToString(CultureInfo.InvariantCulture);

    public static string Offset(string name, int offset) => offset == 0 ? name : name + " + " + offset.ToString(CultureInfo.InvariantCulture);

    public static string LongOrNull(decimal? value) => value is { } v ? CSharpLiteral.Long(v) : "null";

    public static string DecimalOrNull(decimal? value) => value is { } v ? CSharpLiteral.Decimal(v) : "null";

    public static string IntOrNull(int? value) => value is { } v ? CSharpLiteral.Int(v) : "null";
}
