using System;
using System.Globalization;
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
        writer.Line($"{context.CompanionRef(context.ValidatorName)}.ReadOnSerializerReader(ref reader, out var report, out var first);");
        writer.Open("if (report is null)");
        writer.Line($"throw new global::System.Text.Json.JsonException(first is null ? \"The JSON is not a valid {context.Root}.\" : first.MessageEn + \" (\" + first.RuleId + \" at \" + (first.Pointer.Length == 0 ? \"/\" : first.Pointer) + \")\");");
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
            for (var p = 0; p < type.Properties.Count; p++)
            {
                var property = type.Properties[p];
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
                    case ValueKind.Array when property.IsRequired:
                        writer.Line($"writer.WritePropertyName({name});");
                        writer.Line(ArrayEmitter.WriteCall(t, p, member));
                        break;
                    case ValueKind.Array:
                        writer.Open($"if ({member} is not null)");
                        writer.Line($"writer.WritePropertyName({name});");
                        writer.Line(ArrayEmitter.WriteCall(t, p, member));
                        writer.Close();
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
            ArrayEmitter.EmitWrites(context, writer, t);
        }

        writer.Close();
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line($"/// System.Text.Json metadata for <see cref=\"{root}\"/>, for trimmed and native AOT applications: <c>JsonSerializer.Deserialize(json, {context.ContextName}.Default.{context.Root})</c>.");
        writer.Line("/// A resolver in every configuration: as <c>TypeInfoResolver</c>, in <c>JsonTypeInfoResolver.Combine</c>, in <c>TypeInfoResolverChain</c> (as ASP.NET Core's <c>ConfigureHttpJsonOptions</c> uses it); it resolves the report type only.");
        writer.Line("/// </summary>");
        writer.Line(context.GeneratedCodeAttribute);
        // Listing the interface again re-implements it: JsonSerializerContext's own implementation accepts only the
        // context's own options, so a context placed in another options' resolver chain would throw for every type.
        writer.Open($"public sealed partial class {context.ContextName} : global::System.Text.Json.Serialization.JsonSerializerContext, global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver");
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
        writer.Line($"public global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<{root}> {context.Root} => _report ??= (global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<{root}>)Options.GetTypeInfo(typeof({root}));");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("protected override global::System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => s_defaultOptions;");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Open("public override global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type)");
        writer.Line("Options.TryGetTypeInfo(type, out var typeInfo);");
        writer.Line("return typeInfo;");
        writer.Close();
        writer.Line();
        writer.Line("global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver.GetTypeInfo(global::System.Type type, global::System.Text.Json.JsonSerializerOptions options)");
        writer.Line($"    => type == typeof({root}) ? global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<{root}>(options, new {context.CompanionRef(context.ConverterName)}()) : null;");
        writer.Close();
        writer.Line();
        EmitSerializerEntry(context, writer);
        return context.EndFile(writer);
    }

    /// <summary>
    /// The converter's entry into the validator (a part of its partial class, so it reaches the private reader and
    /// builder): reads the report on the serializer's own reader, decoding each string once as it is read, with
    /// no copy of the payload. Rules are not checked: the converter rejects only what cannot be a report.
    /// </summary>
    private static void EmitSerializerEntry(EmitContext context, SourceWriter writer)
    {
        var layout = context.Layout;
        var cells = layout.Cells.Count.ToString(CultureInfo.InvariantCulture);
        var numbers = Math.Max(1, layout.NumberCount).ToString(CultureInfo.InvariantCulture);
        var words = ((layout.Cells.Count + layout.Objects.Count + 63) / 64).ToString(CultureInfo.InvariantCulture);
        // The validator's other part carries the GeneratedCode attribute; a second one would be a duplicate.
        writer.Open("public static partial class " + context.ValidatorName);
        // Per thread and reused: the serializer's reader is a ref parameter, so slots on this method's stack could
        // not be handed to the reader's methods; heap slots allocated per call would cost more than the report.
        writer.Line("[global::System.ThreadStatic] private static long[]? t_integers;");
        writer.Line("[global::System.ThreadStatic] private static decimal[]? t_numbers;");
        writer.Line("[global::System.ThreadStatic] private static ulong[]? t_valid;");
        writer.Line("[global::System.ThreadStatic] private static string?[]? t_strings;");
        writer.Line();
        writer.Open($"internal static void ReadOnSerializerReader(ref global::System.Text.Json.Utf8JsonReader reader, out {context.TypeRef(0)}? report, out global::GovInfoReport.Schema.Validation.ValidationIssue? firstIssue)");
        writer.Line($"var integers = t_integers ??= new long[{cells}];");
        writer.Line($"var numbers = t_numbers ??= new decimal[{numbers}];");
        writer.Line($"var valid = t_valid ??= new ulong[{words}];");
        writer.Line($"var strings = t_strings ??= new string?[{cells}];");
        writer.Line("global::System.Array.Clear(valid);");
        writer.Line($"var context = new {ReaderEmitter.Context}(s_shape, integers, numbers, valid, global::GovInfoReport.Schema.Validation.ValidationOptions.Default);");
        writer.Line("context.DecodeStringsInto(strings);");
        writer.Open("try");
        writer.Line($"{context.Names.Read(0)}(ref reader, ref context, 0, 0, 0);");
        writer.Line($"report = context.StructuralIssueCount == 0 ? {context.Names.Build(0)}(ref context, default, 0, 0, 0) : null;");
        writer.Line("var issues = context.ToResult().Issues;");
        writer.Line("firstIssue = issues.Count > 0 ? issues[0] : null;");
        writer.Close();
        // Strings are checked as they are decoded; a property name the schema does not know is decoded to be
        // reported, and the reader throws this for one that is not valid Unicode.
        writer.Open("catch (global::System.InvalidOperationException exception)");
        writer.Line("throw new global::System.Text.Json.JsonException(\"The JSON holds a property name that is not valid Unicode text (invalid UTF-8 or an escaped lone surrogate).\", exception);");
        writer.Close();
        writer.Open("finally");
        writer.Line("global::System.Array.Clear(strings);");
        writer.Close();
        writer.Close();
        writer.Close();
    }
}
