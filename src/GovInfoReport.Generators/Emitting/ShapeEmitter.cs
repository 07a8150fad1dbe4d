using System.Collections.Generic;
using System.Linq;
using GovInfoReport.SchemaLanguage.Layout;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Generators.Emitting;

/// <summary>
/// Emits the <c>Shape</c> class: per-slot JSON Pointers and labels (built once per process), and the structural
/// rules' claims on numeric-cell failures.
/// </summary>
internal static class ShapeEmitter
{
    private const string Validation = "global::GovInfoReport.Schema.Validation";

    public static void Emit(EmitContext context, SourceWriter writer, ReportLayout layout, string className)
    {
        writer.Line();
        writer.Open($"private sealed class {className} : {Validation}.ReportShape");
        writer.Line($"public {className}()");
        writer.Line("    : base(");
        Table(writer, layout.Cells.Select(c => c.Pointer), ",");
        Table(writer, layout.Cells.Select(c => c.Property.Title ?? c.Property.JsonName), ",");
        Table(writer, layout.Cells.Select(c => c.Property.Description ?? c.Property.Title ?? c.Property.JsonName), ",");
        Table(writer, layout.Objects.Select(o => o.Pointer), ",");
        Table(writer, layout.Objects.Select(o => o.Label), ",");
        Table(writer, layout.Objects.Select(o => o.LabelEnglish), ")");
        writer.Line("{");
        writer.Line("}");

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
        writer.Line();
        writer.Open($"public override bool TryClaimStructural(string keyword, int cell, string expected, string actual, string expectedZh, string actualZh, out string ruleId, out {Validation}.IssueSeverity severity, out string messageZh, out string messageEn)");
        writer.Open("if (cell >= 0 && cell < s_numeric.Length && s_numeric[cell])");
        foreach (var (t, rule) in claims)
        {
            var size = layout.Types[t].CellCount;
            foreach (var instance in layout.InstancesOf(t))
            {
                var keywords = new List<string>();
                foreach (var keyword in rule.StructuralKeywords)
                {
                    keywords.Add("keyword == " + CSharpLiteral.String(keyword));
                }

                writer.Line($"// {rule.Id} at {EmitContext.SafeComment(instance.Pointer.Length == 0 ? "/" : instance.Pointer)}");
                writer.Open($"if (cell >= {instance.FirstCell} && cell < {instance.FirstCell + size} && ({string.Join(" || ", keywords)}))");
                writer.Line($"ruleId = {CSharpLiteral.String(rule.Id)};");
                writer.Line($"severity = {Validation}.IssueSeverity.{(rule.Severity == RuleSeverity.Error ? "Error" : "Warning")};");
                writer.Line("messageZh = " + MessageEmitter.Concatenation(rule.MessageChinese, Placeholders(instance.Index, false)) + ";");
                writer.Line("messageEn = " + MessageEmitter.Concatenation(rule.MessageEnglish, Placeholders(instance.Index, true)) + ";");
                writer.Line("return true;");
                writer.Close();
            }
        }

        writer.Close();
        writer.Line();
        writer.Line("return base.TryClaimStructural(keyword, cell, expected, actual, expectedZh, actualZh, out ruleId, out severity, out messageZh, out messageEn);");
        writer.Close();
        writer.Close();
    }

    private static Dictionary<MessagePartKind, string> Placeholders(int labelObject, bool english)
    {
        var labels = english ? "English" : string.Empty;
        return new Dictionary<MessagePartKind, string>
        {
            [MessagePartKind.Actual] = english ? "actual" : "actualZh",
            [MessagePartKind.Expected] = english ? "expected" : "expectedZh",
            [MessagePartKind.Label] = $"ObjectLabels{labels}[{labelObject}]",
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
