using System;
using System.Globalization;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Generators.Emitting;

/// <summary>Emits the <c>…Validator</c> class: entry points, then the reader, typed check, builder, rules and shape.</summary>
internal static class ValidatorEmitter
{
    /// <summary>Above this many cells the slots live on the heap rather than the stack.</summary>
    private const int MaxStackCells = 4096;

    private const string Validation = "global::GovInfoReport.Schema.Validation";

    public static string Emit(EmitContext context)
    {
        var layout = context.Layout;
        var root = context.TypeRef(0);
        var cells = layout.Cells.Count;
        var writer = context.BeginFile();
        writer.Summary(
            "校验 " + (context.Model.Title ?? context.Root),
            $"Validates {context.Root} payloads: structure and every rule of the schema, in one pass over the JSON, allocating nothing when the payload is clean.",
            context.ValidatorName);
        writer.Line(context.GeneratedCodeAttribute);
        writer.Open("public static partial class " + context.ValidatorName);
        writer.Line("/// <summary>How many cells (leaf values) a report of this template has.</summary>");
        writer.Line($"public const int CellCount = {cells};");
        writer.Line();
        writer.Line("private static readonly Shape s_shape = new Shape();");
        EmitAllowedValues(context, writer);
        EmitEnumTexts(context, writer);

        writer.Line();
        writer.Line("/// <summary>Validates a UTF-8 JSON payload: structure and every rule, all issues at once.</summary>");
        writer.Line("/// <param name=\"utf8Json\">The payload.</param>");
        writer.Line("/// <param name=\"options\">Limits; <see cref=\"" + Validation + ".ValidationOptions.Default\"/> when null.</param>");
        writer.Line("/// <returns>The issues found; the shared clean result when there are none.</returns>");
        writer.Line($"public static {Validation}.ValidationResult Validate(global::System.ReadOnlySpan<byte> utf8Json, {Validation}.ValidationOptions? options = null)");
        writer.Line("    => Run(utf8Json, options, false, out _);");
        writer.Line();
        writer.Line("/// <summary>Validates a UTF-8 JSON payload and, when its structure is valid, reads it into the typed report.</summary>");
        writer.Line("/// <param name=\"utf8Json\">The payload.</param>");
        writer.Line("/// <param name=\"report\">The typed report when there is no structural issue (rule issues may remain); otherwise null.</param>");
        writer.Line("/// <param name=\"options\">Limits; <see cref=\"" + Validation + ".ValidationOptions.Default\"/> when null.</param>");
        writer.Line("/// <returns>The issues found.</returns>");
        writer.Line($"public static {Validation}.ValidationResult Validate(global::System.ReadOnlySpan<byte> utf8Json, out {root}? report, {Validation}.ValidationOptions? options = null)");
        writer.Line("    => Run(utf8Json, options, true, out report);");
        writer.Line();
        writer.Line("/// <summary>Validates an already-built report: the constraints its types cannot express, and every rule.</summary>");
        writer.Line("/// <param name=\"report\">The report.</param>");
        writer.Line("/// <param name=\"options\">Limits; <see cref=\"" + Validation + ".ValidationOptions.Default\"/> when null.</param>");
        writer.Line("/// <returns>The issues found.</returns>");
        writer.Open($"public static {Validation}.ValidationResult Validate({root} report, {Validation}.ValidationOptions? options = null)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(report);");
        writer.Line($"options ??= {Validation}.ValidationOptions.Default;");
        EmitSlots(writer, layout, "s_shape");
        writer.Line("Check_0(report, ref context, 0, 0, 0);");
        writer.Line("CheckRules(ref context);");
        writer.Line("return context.ToResult();");
        writer.Close();

        writer.Line();
        writer.Open($"private static {Validation}.ValidationResult Run(global::System.ReadOnlySpan<byte> utf8Json, {Validation}.ValidationOptions? options, bool materialize, out {root}? report)");
        writer.Line("report = null;");
        writer.Line($"options ??= {Validation}.ValidationOptions.Default;");
        writer.Open($"if (!ReferenceEquals(options, {Validation}.ValidationOptions.Default))");
        writer.Line("options.Validate();");
        writer.Close();
        writer.Line();
        EmitSlots(writer, layout, "s_shape");
        writer.Line("// scoped: the reader and the stack-allocated slots then share one lifetime, which the ref-safety rules require.");
        writer.Line("scoped global::System.Text.Json.Utf8JsonReader reader = new global::System.Text.Json.Utf8JsonReader(utf8Json, new global::System.Text.Json.JsonReaderOptions { MaxDepth = options.MaxDepth });");
        writer.Open("try");
        writer.Open("if (context.Start(utf8Json, options.MaxPayloadBytes, ref reader))");
        writer.Line("Read_0(ref reader, ref context, 0, 0, 0);");
        writer.Line("context.Finish(ref reader);");
        writer.Close();
        writer.Close();
        writer.Open("catch (global::System.Text.Json.JsonException exception)");
        writer.Line("context.ReportSyntax(exception, ref reader);");
        writer.Close();
        writer.Line();
        writer.Line("CheckRules(ref context);");
        writer.Open("if (materialize && context.StructuralIssueCount == 0)");
        writer.Line("report = Build_0(ref context, utf8Json, 0, 0, 0);");
        writer.Close();
        writer.Line();
        writer.Line("return context.ToResult();");
        writer.Close();

        EmitRecordValidators(context, writer);
        ReaderEmitter.Emit(context, writer);
        TypedCheckEmitter.Emit(context, writer);
        BuildEmitter.Emit(context, writer);
        RuleEmitter.EmitChecks(context, writer, layout, "CheckRules");
        RuleEmitter.EmitFailures(context, writer);
        ShapeEmitter.Emit(context, writer, layout, "Shape");
        writer.Close();
        return context.EndFile(writer);
    }

    /// <summary>
    /// A <c>Validate</c> overload for every record type but the report: the record on its own, with pointers relative
    /// to it and the rules declared on it and below. It reuses the record's typed check and the shared failure
    /// methods; only its slot tables and its rule checks are its own.
    /// </summary>
    private static void EmitRecordValidators(EmitContext context, SourceWriter writer)
    {
        for (var t = 1; t < context.Model.Types.Count; t++)
        {
            var type = context.Model.Types[t];
            var layout = SchemaLanguage.Layout.ReportLayout.Build(context.Model, t);
            var shape = "Shape" + t.ToString(CultureInfo.InvariantCulture);
            var field = "s_shape" + t.ToString(CultureInfo.InvariantCulture);
            writer.Line();
            writer.Line($"/// <summary>Validates a <see cref=\"{context.TypeRef(t)}\"/> record on its own: its constraints and the rules declared on it and below, with pointers relative to it.</summary>");
            writer.Line("/// <param name=\"value\">The record.</param>");
            writer.Line("/// <param name=\"options\">Limits; <see cref=\"" + Validation + ".ValidationOptions.Default\"/> when null.</param>");
            writer.Line("/// <returns>The issues found.</returns>");
            writer.Open($"public static {Validation}.ValidationResult Validate({context.TypeRef(t)} value, {Validation}.ValidationOptions? options = null)");
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
            writer.Line($"options ??= {Validation}.ValidationOptions.Default;");
            EmitSlots(writer, layout, $"({field} ??= new {shape}())");
            writer.Line($"Check_{t}(value, ref context, 0, 0, 0);");
            writer.Line($"CheckRules{t}(ref context);");
            writer.Line("return context.ToResult();");
            writer.Close();
            writer.Line();
            writer.Line($"// Built on first use, so validating reports alone never builds the tables of {EmitContext.SafeComment(type.ClrName)}.");
            writer.Line($"private static {shape}? {field};");
            RuleEmitter.EmitChecks(context, writer, layout, "CheckRules" + t.ToString(CultureInfo.InvariantCulture));
            ShapeEmitter.Emit(context, writer, layout, shape);
        }
    }

    private static void EmitSlots(SourceWriter writer, SchemaLanguage.Layout.ReportLayout layout, string shape)
    {
        var cells = layout.Cells.Count.ToString(CultureInfo.InvariantCulture);
        var numbers = Math.Max(1, layout.NumberCount).ToString(CultureInfo.InvariantCulture);
        var words = ((layout.Cells.Count + layout.Objects.Count + 63) / 64).ToString(CultureInfo.InvariantCulture);
        // Heap buffers are declared scoped too: the context then has the same (local) lifetime on both paths, which
        // is what the ref-safety rules need to pass it by ref together with the scoped reader.
        var onStack = layout.Cells.Count <= MaxStackCells;
        var allocation = onStack ? "stackalloc" : "new";
        var scope = onStack ? string.Empty : "scoped ";
        writer.Line($"{scope}global::System.Span<long> integers = {allocation} long[{cells}];");
        writer.Line($"{scope}global::System.Span<decimal> numbers = {allocation} decimal[{numbers}];");
        writer.Line($"{scope}global::System.Span<ulong> valid = {allocation} ulong[{words}];");
        writer.Line($"var context = new {ReaderEmitter.Context}({shape}, integers, numbers, valid, options);");
    }

    // An enum's JSON names, for the typed check, the builder and the converter; an undefined value prints as its number.
    private static void EmitEnumTexts(EmitContext context, SourceWriter writer)
    {
        foreach (var type in context.Model.Types)
        {
            foreach (var property in type.Properties)
            {
                if (!property.IsEnum)
                {
                    continue;
                }

                var enumType = context.CompanionRef(property.EnumClrName!);
                writer.Line();
                writer.Line($"internal static string EnumText_{property.EnumClrName}({enumType} value) => value switch");
                writer.Line("{");
                for (var v = 0; v < property.EnumValues.Count; v++)
                {
                    writer.Line($"    {enumType}.{property.EnumMemberNames[v]} => {CSharpLiteral.String(property.EnumValues[v])},");
                }

                writer.Line("    _ => ((int)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture),");
                writer.Line("};");
                writer.Line();
                writer.Line($"internal static {enumType} EnumParse_{property.EnumClrName}(string text) => text switch");
                writer.Line("{");
                for (var v = 0; v < property.EnumValues.Count; v++)
                {
                    writer.Line($"    {CSharpLiteral.String(property.EnumValues[v])} => {enumType}.{property.EnumMemberNames[v]},");
                }

                writer.Line("    _ => default,");
                writer.Line("};");
            }
        }
    }

    private static void EmitAllowedValues(EmitContext context, SourceWriter writer)
    {
        for (var t = 0; t < context.Model.Types.Count; t++)
        {
            var properties = context.Model.Types[t].Properties;
            for (var p = 0; p < properties.Count; p++)
            {
                if (properties[p].EnumValues.Count == 0)
                {
                    continue;
                }

                var values = new System.Collections.Generic.List<string>();
                foreach (var value in properties[p].EnumValues)
                {
                    values.Add(CSharpLiteral.String(value));
                }

                writer.Line($"private static readonly string[] {ReaderEmitter.AllowedValues(t, p, properties[p])} = new string[] {{ {string.Join(", ", values)} }};");
            }
        }
    }
}
