using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Generators.Emitting;

/// <summary>
/// Emits one <c>Build{Type}</c> method per object type: materialises the typed record from the slots a clean read
/// filled, decoding strings from the payload only now, so validating alone never allocates them.
/// </summary>
internal static class BuildEmitter
{
    public static void Emit(EmitContext context, SourceWriter writer)
    {
        for (var t = 0; t < context.Model.Types.Count; t++)
        {
            var type = context.Model.Types[t];
            var layout = context.Layout.Types[t];
            writer.Line();
            writer.Open($"private static {context.TypeRef(t)} {context.Names.Build(t)}(ref {ReaderEmitter.Context} context, global::System.ReadOnlySpan<byte> payload, int cellBase, int numberBase, int objectIndex)");
            writer.Line($"return new {context.TypeRef(t)}");
            writer.Line("{");
            for (var p = 0; p < type.Properties.Count; p++)
            {
                var property = type.Properties[p];
                if (EmitContext.IsFixed(property))
                {
                    continue;
                }

                var cell = ReaderEmitter.Offset("cellBase", layout.CellOffsets[p]);
                var number = ReaderEmitter.Offset("numberBase", layout.NumberOffsets[p]);
                var value = property.Kind switch
                {
                    ValueKind.Integer => $"({context.CellType(property)})context.Integers[{cell}]",
                    ValueKind.Number => $"context.Numbers[{number}]",
                    ValueKind.Boolean => $"context.Integers[{cell}] != 0",
                    ValueKind.String when property.IsEnum => $"{context.CompanionRef(context.ValidatorName)}.EnumParse_{property.EnumClrName}(context.GetString({cell}, payload))",
                    ValueKind.String when property.IsDate => $"global::System.DateOnly.ParseExact(context.GetString({cell}, payload), \"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture)",
                    ValueKind.String => $"context.GetString({cell}, payload)",
                    ValueKind.Array => ArrayEmitter.BuildCall(context, t, p, cell, number, property.HasCellItems ? "objectIndex" : ReaderEmitter.Offset("objectIndex", layout.ObjectOffsets[p])),
                    _ => $"{context.Names.Build(property.ObjectTypeIndex)}(ref context, payload, {cell}, {number}, {ReaderEmitter.Offset("objectIndex", layout.ObjectOffsets[p])})",
                };
                if (!property.IsRequired)
                {
                    var present = property.Kind == ValueKind.Object
                        ? $"context.IsObjectPresent({ReaderEmitter.Offset("objectIndex", layout.ObjectOffsets[p])})"
                        : $"context.IsValid({cell})";
                    value = $"{present} ? ({context.CellType(property)}?)({value}) : null";
                }

                writer.Line($"    {property.ClrName} = {value},");
            }

            writer.Line("};");
            writer.Close();
            ArrayEmitter.EmitBuilds(context, writer, t);
        }
    }
}
