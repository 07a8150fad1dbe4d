using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovInfoReport.SchemaLanguage.Layout;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Generators.Emitting;

/// <summary>
/// Emits the <c>Shape</c> class: per-slot JSON Pointers and labels of the report (built once per process), the
/// slices of it that records validated on their own use, and the structural rules' claims on numeric-cell failures.
/// </summary>
internal static class ShapeEmitter
{
    private const string Validation = "global::GovInfoReport.Schema.Validation";

    /// <summary>The expression that builds the shape of record type <paramref name="t"/> as a slice of the report's.</summary>
    public static string SliceOf(EmitContext context, int t)
    {
        // Every type is reached from the report (the reader builds types by walking from it), so it has an instance.
        var instance = context.Layout.InstancesOf(t).First();
        var size = context.Layout.Types[t];
        var own = context.LayoutOf(t).Objects[0];
        return $"new Shape(s_shape, {instance.FirstCell}, {size.CellCount}, {instance.Index}, {size.ObjectCount}, {CSharpLiteral.String(own.Label)}, {CSharpLiteral.String(own.LabelEnglish)})";
    }

    public static void Emit(EmitContext context, SourceWriter writer)
    {
        var layout = context.Layout;
        var claims = new List<(int Type, RuleModel Rule)>();
        for (var t = 0; t < context.Model.Types.Count; t++)
        {
            foreach (var rule in context.Model.Types[t].Rules)
            {
                if (rule.Kind == RuleKind.Structural && layout.InstancesOf(t).Any())
                {
                    claims.Add((t, rule));
                }
            }
        }

        writer.Line();
        writer.Open($"private sealed class Shape : {Validation}.ReportShape");
        if (claims.Count > 0)
        {
            writer.Line("// The report's slots, or a record's slice of them: where the slice starts and ends in the report.");
            writer.Line("private readonly int _firstCell;");
            writer.Line("private readonly int _firstObject;");
            writer.Line("private readonly int _objectEnd;");
            writer.Line();
        }

        writer.Line("public Shape()");
        writer.Line("    : base(");
        Table(writer, layout.Cells.Select(c => c.Pointer), ",");
        Table(writer, layout.Cells.Select(c => c.Property.Title ?? c.Property.JsonName), ",");
        Table(writer, layout.Cells.Select(c => c.Property.Description ?? c.Property.Title ?? c.Property.JsonName), ",");
        Table(writer, layout.Objects.Select(o => o.Pointer), ",");
        Table(writer, layout.Objects.Select(o => o.Label), ",");
        Table(writer, layout.Objects.Select(o => o.LabelEnglish), ")");
        writer.Line("{");
        if (claims.Count > 0)
        {
            writer.Line($"    _objectEnd = {layout.Objects.Count};");
        }

        writer.Line("}");
        writer.Line();
        writer.Line("public Shape(Shape report, int firstCell, int cellCount, int firstObject, int objectCount, string label, string labelEnglish)");
        writer.Line("    : base(report, firstCell, cellCount, firstObject, objectCount, label, labelEnglish)");
        writer.Line("{");
        if (claims.Count > 0)
        {
            writer.Line("    _firstCell = firstCell;");
            writer.Line("    _firstObject = firstObject;");
            writer.Line("    _objectEnd = firstObject + objectCount;");
        }

        writer.Line("}");
        if (claims.Count == 0)
        {
            writer.Close();
            return;
        }

        writer.Line();
        writer.Line("private static readonly bool[] s_numeric = new bool[]");
        writer.Line("{");
        foreach (var cell in layout.Cells)
        {
            writer.Line("    " + (cell.Property.IsNumeric ? "true," : "false,"));
        }

        writer.Line("};");
        EmitInstanceTables(context, writer, claims);
        writer.Line();
        writer.Open($"public override bool TryClaimStructural(string keyword, int cell, string expected, string actual, string expectedZh, string actualZh, out string ruleId, out {Validation}.IssueSeverity severity, out string messageZh, out string messageEn)");
        writer.Line("// A claim holds where the rule's instance lies within this shape (all of the report, or the record's slice).");
        writer.Line("var reportCell = cell + _firstCell;");
        writer.Open("if (cell >= 0 && cell < CellPointers.Length && s_numeric[reportCell])");
        foreach (var (t, rule) in claims)
        {
            var size = layout.Types[t].CellCount;
            var keywords = new List<string>();
            foreach (var keyword in rule.StructuralKeywords)
            {
                keywords.Add("keyword == " + CSharpLiteral.String(keyword));
            }

            writer.Line($"// {EmitContext.SafeComment(rule.Id)}, declared on {EmitContext.SafeComment(context.Model.Types[t].ClrName)}");
            writer.Open($"if ({string.Join(" || ", keywords)})");
            writer.Open($"for (var k = 0; k < {InstanceTable(context, t)}.Length; k += 2)");
            writer.Line($"var instance = {InstanceTable(context, t)}[k];");
            writer.Line($"var first = {InstanceTable(context, t)}[k + 1];");
            writer.Open($"if (instance >= _firstObject && instance < _objectEnd && reportCell >= first && reportCell < first + {size})");
            writer.Line("var label = instance - _firstObject;");
            writer.Line($"ruleId = {CSharpLiteral.String(rule.Id)};");
            writer.Line($"severity = {Validation}.IssueSeverity.{(rule.Severity == RuleSeverity.Error ? "Error" : "Warning")};");
            writer.Line("messageZh = " + MessageEmitter.Concatenation(rule.MessageChinese, Placeholders(false)) + ";");
            writer.Line("messageEn = " + MessageEmitter.Concatenation(rule.MessageEnglish, Placeholders(true)) + ";");
            writer.Line("return true;");
            writer.Close();
            writer.Close();
            writer.Close();
        }

        writer.Close();
        writer.Line();
        writer.Line("return base.TryClaimStructural(keyword, cell, expected, actual, expectedZh, actualZh, out ruleId, out severity, out messageZh, out messageEn);");
        writer.Close();
        writer.Close();
    }

    private static string InstanceTable(EmitContext context, int t) => "s_instancesOf" + context.Model.Types[t].ClrName;

    // Per type a structural rule is declared on: its instances in the report, as (object slot, first cell) pairs.
    private static void EmitInstanceTables(EmitContext context, SourceWriter writer, List<(int Type, RuleModel Rule)> claims)
    {
        var done = new HashSet<int>();
        foreach (var (t, _) in claims)
        {
            if (!done.Add(t))
            {
                continue;
            }

            var pairs = context.Layout.InstancesOf(t).Select(i => i.Index.ToString(CultureInfo.InvariantCulture) + ", " + i.FirstCell.ToString(CultureInfo.InvariantCulture));
            writer.Line();
            writer.Line($"// {EmitContext.SafeComment(context.Model.Types[t].ClrName)} in the report: (object slot, first cell) per instance.");
            writer.Line($"private static readonly int[] {InstanceTable(context, t)} = new int[] {{ {string.Join(", ", pairs)} }};");
        }
    }

    private static Dictionary<MessagePartKind, string> Placeholders(bool english)
    {
        var labels = english ? "English" : string.Empty;
        return new Dictionary<MessagePartKind, string>
        {
            [MessagePartKind.Actual] = english ? "actual" : "actualZh",
            [MessagePartKind.Expected] = english ? "expected" : "expectedZh",
            [MessagePartKind.Label] = $"ObjectLabels{labels}[label]",
            [MessagePartKind.Cell] = $"CellLabels{labels}[cell]",
        };
    }

    private static void Table(SourceWriter writer, IEnumerable<string> values, string terminator)
    {
        writer.Line("        new string[]");
        writer.Line("        {");
        foreach (var value in values)
        {
            writer.Line("            " + CSharpLiteral.String(value) + ",");
        }

        writer.Line("        }" + terminator);
    }
}
