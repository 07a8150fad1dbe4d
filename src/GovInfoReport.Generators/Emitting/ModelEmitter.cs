using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Generators.Emitting;

/// <summary>Emits one sealed record per object type, with XML docs carrying the statutory label and description.</summary>
internal static class ModelEmitter
{
    public static string Emit(EmitContext context)
    {
        var writer = context.BeginFile();
        for (var t = 0; t < context.Model.Types.Count; t++)
        {
            var type = context.Model.Types[t];
            if (t > 0)
            {
                writer.Line();
            }

            writer.Summary(type.Title, type.Description, type.ClrName);
            if (t == 0)
            {
                writer.Line("/// <remarks>Validate with <see cref=\"" + context.ValidatorName + "\"/>; serialise with <see cref=\"" + context.ContextName + "\"/>.</remarks>");
                writer.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + context.CompanionRef(context.ConverterName) + "))]");
            }

            writer.Line(context.GeneratedCodeAttribute);
            writer.Open("public sealed partial record " + type.ClrName);
            var first = true;
            foreach (var property in type.Properties)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                writer.Summary(property.Title, property.Description, property.JsonName);
                // The schema's name under any serializer options, also for a record serialised on its own.
                writer.Line($"[global::System.Text.Json.Serialization.JsonPropertyName({CSharpLiteral.String(property.JsonName)})]");
                if (EmitContext.IsFixed(property))
                {
                    // One allowed value: the record states it; a payload is still checked to carry it.
                    writer.Line($"public string {property.ClrName} => {CSharpLiteral.String(property.EnumValues[0])};");
                    continue;
                }

                var cellType = context.CellType(property);
                var isNullable = !property.IsRequired;
                writer.Line($"public {(property.IsRequired ? "required " : string.Empty)}{cellType}{(isNullable ? "?" : string.Empty)} {property.ClrName} {{ get; init; }}");
            }

            writer.Close();
        }

        EmitEnums(context, writer);
        return context.EndFile(writer);
    }

    private static void EmitEnums(EmitContext context, SourceWriter writer)
    {
        foreach (var type in context.Model.Types)
        {
            foreach (var property in type.Properties)
            {
                if (!property.IsEnum)
                {
                    continue;
                }

                writer.Line();
                writer.Summary(property.Title, property.Description, property.JsonName);
                writer.Line("/// <remarks>Each member stands for the JSON string in its documentation; the generated converter reads and writes those.</remarks>");
                writer.Line(context.GeneratedCodeAttribute);
                writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof(global::GovInfoReport.Schema.Validation.JsonSchemaEnumConverter<{context.CompanionRef(property.EnumClrName!)}>))]");
                writer.Open("public enum " + property.EnumClrName);
                for (var v = 0; v < property.EnumValues.Count; v++)
                {
                    writer.Summary(null, "JSON " + CSharpLiteral.String(property.EnumValues[v]), property.EnumValues[v]);
                    writer.Line($"[global::GovInfoReport.Schema.Validation.JsonSchemaEnumValue({CSharpLiteral.String(property.EnumValues[v])})]");
                    writer.Line(property.EnumMemberNames[v] + ",");
                }

                writer.Close();
            }
        }
    }
}
