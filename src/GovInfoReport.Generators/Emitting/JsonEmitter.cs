using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Generators.Emitting;

/// <summary>
/// Emits System.Text.Json support without reflection: a converter that reads through the generated validator and
/// writes each property explicitly, and a <c>JsonSerializerContext</c> exposing its type info (trim- and AOT-safe).
/// Another generator's output cannot feed the System.Text.Json generator, so the context is emitted here.
/// </summary>
internal static class JsonEmitter
{
    public static string Emit(EmitContext context)
    {
        var root = context.TypeRef(0);
        var writer = context.BeginFile();
        // Fixed text with XML markup (names are identifiers), so written as is: Summary() escapes schema text. The crefs are
        // qualified: inside the context class, a bare root name would bind to its property of that name.
        writer.Line("/// <summary>");
        writer.Line($"/// Reads and writes <see cref=\"{root}\"/> as JSON. Reading validates the structure; a payload with structural issues throws <see cref=\"global::System.Text.Json.JsonException\"/>.");
        writer.Line("/// </summary>");
        writer.Line(context.GeneratedCodeAttribute);
        writer.Open($"public sealed class {context.ConverterName} : global::System.Text.Json.Serialization.JsonConverter<{root}>");
        writer.Line("/// <inheritdoc />");
        writer.Open($"public override {root} Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)");
        writer.Line("using var document = global::System.Text.Json.JsonDocument.ParseValue(ref reader);");
        writer.Line("var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();");
        writer.Open("using (var copy = new global::System.Text.Json.Utf8JsonWriter(buffer))");
        writer.Line("document.WriteTo(copy);");
        writer.Close();
        writer.Line();
        writer.Line($"var result = {context.CompanionRef(context.ValidatorName)}.Validate(buffer.WrittenSpan, out var report);");
        writer.Open("if (report is null)");
        writer.Line("var first = result.Issues.Count > 0 ? result.Issues[0] : null;");
        writer.Line($"throw new global::System.Text.Json.JsonException(first is null ? \"The JSON is not a valid {context.Root}.\" : first.MessageEn, first?.Pointer, first?.Line - 1, first?.BytePositionInLine);");
        writer.Close();
        writer.Line();
        writer.Line("return report;");
        writer.Close();
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Open($"public override void Write(global::System.Text.Json.Utf8JsonWriter writer, {root} value, global::System.Text.Json.JsonSerializerOptions options)");
        writer.Line("Write_0(writer, value);");
        writer.Close();

        for (var t = 0; t < context.Model.Types.Count; t++)
        {
            var type = context.Model.Types[t];
            writer.Line();
            writer.Open($"private static void Write_{t}(global::System.Text.Json.Utf8JsonWriter writer, {context.TypeRef(t)}? value)");
            writer.Open("if (value is null)");
            writer.Line("writer.WriteNullValue();");
            writer.Line("return;");
            writer.Close();
            writer.Line();
            writer.Line("writer.WriteStartObject();");
            foreach (var property in type.Properties)
            {
                var name = CSharpLiteral.Utf8OrString(property.JsonName);
                var member = "value." + property.ClrName;
                switch (property.Kind)
                {
                    case ValueKind.Integer:
                    case ValueKind.Number:
                        writer.Line(property.IsRequired
                            ? $"writer.WriteNumber({name}, {member});"
                            : $"if ({member} is {{ }} {property.ClrName.TrimStart('@')}Value) writer.WriteNumber({name}, {property.ClrName.TrimStart('@')}Value);");
                        break;
                    case ValueKind.Boolean:
                        writer.Line(property.IsRequired
                            ? $"writer.WriteBoolean({name}, {member});"
                            : $"if ({member} is {{ }} {property.ClrName.TrimStart('@')}Value) writer.WriteBoolean({name}, {property.ClrName.TrimStart('@')}Value);");
                        break;
                    case ValueKind.String when EmitContext.IsFixed(property):
                        writer.Line($"writer.WriteString({name}, {CSharpLiteral.String(property.EnumValues[0])});");
                        break;
                    case ValueKind.String:
                        var local = property.ClrName.TrimStart('@') + "Value";
                        writer.Line(property.IsRequired && (property.IsEnum || property.IsDate)
                            ? $"writer.WriteString({name}, {context.StringText(property, member)});"
                            : $"if ({member} is {{ }} {local}) writer.WriteString({name}, {context.StringText(property, local)});");
                        break;
                    default:
                        if (property.IsRequired)
                        {
                            writer.Line($"writer.WritePropertyName({name});");
                            writer.Line($"Write_{property.ObjectTypeIndex}(writer, {member});");
                        }
                        else
                        {
                            writer.Open($"if ({member} is not null)");
                            writer.Line($"writer.WritePropertyName({name});");
                            writer.Line($"Write_{property.ObjectTypeIndex}(writer, {member});");
                            writer.Close();
                        }

                        break;
                }
            }

            writer.Line("writer.WriteEndObject();");
            writer.Close();
        }

        writer.Close();
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line($"/// System.Text.Json metadata for <see cref=\"{root}\"/>, for trimmed and native AOT applications: <c>JsonSerializer.Deserialize(json, {context.ContextName}.Default.{context.Root})</c>.");
        writer.Line("/// </summary>");
        writer.Line(context.GeneratedCodeAttribute);
        writer.Open($"public sealed partial class {context.ContextName} : global::System.Text.Json.Serialization.JsonSerializerContext");
        writer.Line("private static readonly global::System.Text.Json.JsonSerializerOptions s_defaultOptions = new global::System.Text.Json.JsonSerializerOptions();");
        writer.Line($"private global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<{root}>? _report;");
        writer.Line();
        writer.Line("/// <summary>The context over default options.</summary>");
        writer.Line($"public static {context.ContextName} Default {{ get; }} = new {context.ContextName}(new global::System.Text.Json.JsonSerializerOptions(s_defaultOptions));");
        writer.Line();
        writer.Line("/// <summary>Creates a context over <paramref name=\"options\"/>.</summary>");
        writer.Line("/// <param name=\"options\">The serializer options the context binds to.</param>");
        writer.Line($"public {context.ContextName}(global::System.Text.Json.JsonSerializerOptions options)");
        writer.Line("    : base(options)");
        writer.Line("{");
        writer.Line("}");
        writer.Line();
        writer.Line("/// <summary>Type info of the report type.</summary>");
        writer.Line($"public global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<{root}> {context.Root} => _report ??= global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<{root}>(Options, new {context.CompanionRef(context.ConverterName)}());");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("protected override global::System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => s_defaultOptions;");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line($"public override global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type) => type == typeof({root}) ? {context.Root} : null;");
        writer.Close();
        return context.EndFile(writer);
    }
}
