using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Generators.Emitting;

/// <summary>
/// Emits one <c>Check{Type}</c> method per object type: the typed path, which puts an already-built record's values
/// into the same slots the reader fills, with the same checks, so both paths share one set of compiled rules.
/// </summary>
internal static class TypedCheckEmitter
{
    public static void Emit(EmitContext context, SourceWriter writer)
    {
        for (var t = 0; t < context.Model.Types.Count; t++)
        {
            var type = context.Model.Types[t];
            var layout = context.Layout.Types[t];
            writer.Line();
            writer.Open($"private static void {context.Names.Check(t)}({context.TypeRef(t)} value, ref {ReaderEmitter.Context} context, int cellBase, int numberBase, int objectIndex)");
            writer.Line("context.MarkObjectPresent(objectIndex);");
            for (var p = 0; p < type.Properties.Count; p++)
            {
                var property = type.Properties[p];
                var cell = ReaderEmitter.Offset("cellBase", layout.CellOffsets[p]);
                var number = ReaderEmitter.Offset("numberBase", layout.NumberOffsets[p]);
                var member = "value." + property.ClrName;
                var local = "v" + p.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var missing = $"context.MissingProperty(objectIndex, {CSharpLiteral.String(property.JsonName)}, {CSharpLiteral.String(property.Title ?? property.JsonName)});";
                switch (property.Kind)
                {
                    case ValueKind.Integer:
                        writer.Line(property.IsRequired
                            ? $"context.CheckInteger({cell}, {member}, {ReaderEmitter.LongOrNull(property.Minimum)}, {ReaderEmitter.LongOrNull(property.Maximum)});"
                            : $"if ({member} is {{ }} {local}) context.CheckInteger({cell}, {local}, {ReaderEmitter.LongOrNull(property.Minimum)}, {ReaderEmitter.LongOrNull(property.Maximum)});");
                        break;
                    case ValueKind.Number:
                        writer.Line(property.IsRequired
                            ? $"context.CheckNumber({cell}, {number}, {member}, {ReaderEmitter.DecimalOrNull(property.Minimum)}, {ReaderEmitter.DecimalOrNull(property.Maximum)});"
                            : $"if ({member} is {{ }} {local}) context.CheckNumber({cell}, {number}, {local}, {ReaderEmitter.DecimalOrNull(property.Minimum)}, {ReaderEmitter.DecimalOrNull(property.Maximum)});");
                        break;
                    case ValueKind.Boolean:
                        writer.Line(property.IsRequired
                            ? $"context.CheckBoolean({cell}, {member});"
                            : $"if ({member} is {{ }} {local}) context.CheckBoolean({cell}, {local});");
                        break;
                    case ValueKind.String when EmitContext.IsFixed(property):
                        // The record returns the one allowed value itself.
                        writer.Line($"context.MarkValid({cell});");
                        break;
                    case ValueKind.String:
                        var text = context.StringText(property, local);
                        var check = $"context.CheckString({cell}, global::System.MemoryExtensions.AsSpan({text}), {ReaderEmitter.AllowedValues(t, p, property)}, {ReaderEmitter.IntOrNull(property.MinLength)}, {ReaderEmitter.IntOrNull(property.MaxLength)}, {(property.Format == "date" && !property.IsDate ? "true" : "false")});";
                        if (property.IsRequired && !property.IsEnum && !property.IsDate)
                        {
                            writer.Line($"if ({member} is not {{ }} {local}) {missing} else {check}");
                        }
                        else if (property.IsRequired)
                        {
                            writer.Line($"{{ var {local} = {member}; {check} }}");
                        }
                        else
                        {
                            writer.Line($"if ({member} is {{ }} {local}) {check}");
                        }

                        break;
                    case ValueKind.Array:
                        var rows = ArrayEmitter.CheckCall(context.Names, t, p, member, cell, number, property.HasCellItems ? "objectIndex" : ReaderEmitter.Offset("objectIndex", layout.ObjectOffsets[p]));
                        writer.Line(property.IsRequired ? $"if ({member} is null) {missing} else {rows}" : $"if ({member} is not null) {rows}");
                        break;
                    default:
                        var nested = $"{context.Names.Check(property.ObjectTypeIndex)}({member}, ref context, {cell}, {number}, {ReaderEmitter.Offset("objectIndex", layout.ObjectOffsets[p])});";
                        writer.Line(property.IsRequired ? $"if ({member} is null) {missing} else {nested}" : $"if ({member} is not null) {nested}");
                        break;
                }
            }

            writer.Close();
            ArrayEmitter.EmitChecks(context, writer, t);
        }
    }
}
