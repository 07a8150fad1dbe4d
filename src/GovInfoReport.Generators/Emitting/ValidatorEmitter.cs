using System;
using System.Collections.Generic;
using System.Globalization;
using GovInfoReport.SchemaLanguage.Layout;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Generators.Emitting;

/// <summary>
/// Emits the <c>…Validator</c> class as partial files, one per concern: the entry points (here), the reader, the
/// typed checks, the builder, the rules and the shape. Every per-type member is emitted once and called with the
/// offsets of each instance, so a type used many times costs its code once.
/// </summary>
internal static class ValidatorEmitter
{
    /// <summary>Above this many cells the slots live on the heap rather than the stack.</summary>
    private const int MaxStackCells = 4096;

    private const string Validation = "global::GovInfoReport.Schema.Validation";

    /// <summary>The validator's files: (hint-name suffix, text), the entry points first.</summary>
    public static IReadOnlyList<(string Suffix, string Text)> Emit(EmitContext context) =>
    [
        ("Validator", EmitEntryPoints(context)),
        ("Validator.Reading", EmitPart(context, "Reading: one forward pass over the JSON, each value checked and stored in its slot.", ReaderEmitter.Emit)),
        ("Validator.TypedChecks", EmitPart(context, "Typed checks: a built record's values into the same slots, with the same checks.", TypedCheckEmitter.Emit)),
        ("Validator.Building", EmitPart(context, "Building: the typed records from the slots of a clean read.", BuildEmitter.Emit)),
        ("Validator.Rules", EmitPart(context, "Rules: each rule once per declaring type, called at the offsets of every instance.", RuleEmitter.Emit)),
        ("Validator.Shape", EmitPart(context, "Shape: the pointers and labels of every slot, and the structural rules' claims.", ShapeEmitter.Emit)),
    ];

    private static string EmitPart(EmitContext context, string concern, Action<EmitContext, SourceWriter> emit)
    {
        var writer = context.BeginFile();
        writer.Line("// " + concern);
        // The validator's first part carries the GeneratedCode attribute; a second one would be a duplicate.
        writer.Open("public static partial class " + context.ValidatorName);
        emit(context, writer);
        writer.Close();
        return context.EndFile(writer);
    }

    private static string EmitEntryPoints(EmitContext context)
    {
        var layout = context.Layout;
        var names = context.Names;
        var root = context.TypeRef(0);
        var writer = context.BeginFile();
        writer.Summary(
            "校验 " + (context.Model.Title ?? context.Root),
            $"Validates {context.Root} payloads: structure and every rule of the schema, in one pass over the JSON, allocating nothing when the payload is clean.",
            context.ValidatorName);
        writer.Line(context.GeneratedCodeAttribute);
        writer.Open("public static partial class " + context.ValidatorName);
        writer.Line("/// <summary>How many cells (leaf values) a report of this template has.</summary>");
        writer.Line($"public const int CellCount = {layout.Cells.Count};");
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
        EmitSlots(writer, layout.Cells.Count, layout.NumberCount, layout.Objects.Count, "s_shape");
        writer.Line($"{names.Check(0)}(report, ref context, 0, 0, 0);");
        writer.Line($"{names.CheckRules(0)}(ref context);");
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
        EmitSlots(writer, layout.Cells.Count, layout.NumberCount, layout.Objects.Count, "s_shape");
        writer.Line("// scoped: the reader and the stack-allocated slots then share one lifetime, which the ref-safety rules require.");
        writer.Line("scoped global::System.Text.Json.Utf8JsonReader reader = new global::System.Text.Json.Utf8JsonReader(utf8Json, new global::System.Text.Json.JsonReaderOptions { MaxDepth = options.MaxDepth });");
        writer.Open("try");
        writer.Open("if (context.Start(utf8Json, options.MaxPayloadBytes, ref reader))");
        writer.Line($"{names.Read(0)}(ref reader, ref context, 0, 0, 0);");
        writer.Line("context.Finish(ref reader);");
        writer.Close();
        writer.Close();
        writer.Open("catch (global::System.Text.Json.JsonException exception)");
        writer.Line("context.ReportSyntax(exception, ref reader);");
        writer.Close();
        writer.Line();
        writer.Line($"{names.CheckRules(0)}(ref context);");
        writer.Open("if (materialize && context.StructuralIssueCount == 0)");
        writer.Line($"report = {names.Build(0)}(ref context, utf8Json, 0, 0, 0);");
        writer.Close();
        writer.Line();
        writer.Line("return context.ToResult();");
        writer.Close();

        EmitRecordValidators(context, writer);
        writer.Close();
        return context.EndFile(writer);
    }

    /// <summary>
    /// A <c>Validate</c> overload for every record type but the report: the record on its own, with pointers relative
    /// to it and the rules declared on it and below. It reuses the record's typed check and rule checks; its shape
    /// is a slice of the report's, built on first use.
    /// </summary>
    private static void EmitRecordValidators(EmitContext context, SourceWriter writer)
    {
        var names = context.Names;
        for (var t = 1; t < context.Model.Types.Count; t++)
        {
            var type = context.Model.Types[t];
            var size = context.Layout.Types[t];
            var field = names.ShapeField(t);
            writer.Line();
            writer.Line($"/// <summary>Validates a <see cref=\"{context.TypeRef(t)}\"/> record on its own: its constraints and the rules declared on it and below, with pointers relative to it.</summary>");
            writer.Line("/// <param name=\"value\">The record.</param>");
            writer.Line("/// <param name=\"options\">Limits; <see cref=\"" + Validation + ".ValidationOptions.Default\"/> when null.</param>");
            writer.Line("/// <returns>The issues found.</returns>");
            writer.Open($"public static {Validation}.ValidationResult Validate({context.TypeRef(t)} value, {Validation}.ValidationOptions? options = null)");
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
            writer.Line($"options ??= {Validation}.ValidationOptions.Default;");
            EmitSlots(writer, size.CellCount, size.NumberCount, size.ObjectCount, $"({field} ??= {ShapeEmitter.SliceOf(context, t)})");
            writer.Line($"{names.Check(t)}(value, ref context, 0, 0, 0);");
            writer.Line($"{names.CheckRules(t)}(ref context);");
            writer.Line("return context.ToResult();");
            writer.Close();
            writer.Line();
            writer.Line($"// Built on first use, so validating reports alone never builds the slice of {EmitContext.SafeComment(type.ClrName)}.");
            writer.Line($"private static Shape? {field};");
        }
    }

    private static void EmitSlots(SourceWriter writer, int cellCount, int numberCount, int objectCount, string shape)
    {
        var cells = cellCount.ToString(CultureInfo.InvariantCulture);
        var numbers = Math.Max(1, numberCount).ToString(CultureInfo.InvariantCulture);
        var words = ((cellCount + objectCount + 63) / 64).ToString(CultureInfo.InvariantCulture);
        // Heap buffers are declared scoped too: the context then has the same (local) lifetime on both paths, which
        // is what the ref-safety rules need to pass it by ref together with the scoped reader.
        var onStack = cellCount <= MaxStackCells;
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

                var values = new List<string>();
                foreach (var value in properties[p].EnumValues)
                {
                    values.Add(CSharpLiteral.String(value));
                }

                writer.Line($"private static readonly string[] {ReaderEmitter.AllowedValues(t, p, properties[p])} = new string[] {{ {string.Join(", ", values)} }};");
            }
        }
    }
}
