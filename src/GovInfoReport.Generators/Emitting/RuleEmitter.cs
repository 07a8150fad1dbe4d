using System.Collections.Generic;
using System.Globalization;
using GovInfoReport.SchemaLanguage.Layout;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Generators.Emitting;

/// <summary>
/// Emits <c>CheckRules</c>: every assertion of every rule, for every instance of the type that declares it and
/// every for-each variant, as straight-line slot arithmetic. A clean read (no structural issue, every numeric
/// cell required) skips the per-cell validity tests.
/// </summary>
internal static class RuleEmitter
{
    /// <summary>The rule checks of one layout (the report's, or a record's on its own), as method <paramref name="methodName"/>.</summary>
    public static void EmitChecks(EmitContext context, SourceWriter writer, ReportLayout layout, string methodName)
    {
        var model = context.Model;
        writer.Line();
        writer.Open($"private static void {methodName}(ref {ReaderEmitter.Context} context)");
        writer.Line(layout.EveryNumericCellRequired
            ? "var clean = context.StructuralIssueCount == 0;"
            : "const bool clean = false; // some numeric cells are optional, so validity is tested per cell");
        writer.Line("var i = context.Integers;");
        writer.Line("var n = context.Numbers;");
        writer.Line("_ = i; _ = n; _ = clean;");
        for (var t = 0; t < model.Types.Count; t++)
        {
            var rules = model.Types[t].Rules;
            for (var r = 0; r < rules.Count; r++)
            {
                var rule = rules[r];
                if (rule.Kind != RuleKind.Assertion)
                {
                    continue;
                }

                foreach (var instance in layout.InstancesOf(t))
                {
                    for (var a = 0; a < rule.Assertions.Count; a++)
                    {
                        EmitAssertion(writer, layout, t, r, a, instance, rule);
                    }
                }
            }
        }

        writer.Close();
    }

    /// <summary>One failure method per assertion rule, shared by every layout: pointers and labels come from the context's shape.</summary>
    public static void EmitFailures(EmitContext context, SourceWriter writer)
    {
        var model = context.Model;
        for (var t = 0; t < model.Types.Count; t++)
        {
            for (var r = 0; r < model.Types[t].Rules.Count; r++)
            {
                if (model.Types[t].Rules[r].Kind == RuleKind.Assertion)
                {
                    EmitFail(writer, t, r, model.Types[t].Rules[r]);
                }
            }
        }
    }

    private static void EmitAssertion(SourceWriter writer, ReportLayout layout, int t, int r, int a, ObjectSlot instance, RuleModel rule)
    {
        var assertion = rule.Assertions[a];
        var cells = new List<CellSlot>();
        var left = Expression(layout, instance, assertion.Left, cells, assertion.UsesDecimal || UsesInt64(layout, instance, assertion));
        var right = Expression(layout, instance, assertion.Right, cells, assertion.UsesDecimal || UsesInt64(layout, instance, assertion));
        var atCell = layout.FindCell(instance.Index, assertion.At);
        var atObject = atCell is null ? layout.FindObject(instance.Index, assertion.At) : null;
        writer.Line();
        writer.Line($"// {rule.Id} at {EmitContext.SafeComment(instance.Pointer.Length == 0 ? "/" : instance.Pointer)}{(assertion.VariableProperty is null ? string.Empty : " for " + EmitContext.SafeComment(assertion.VariableProperty))}");
        var guards = new List<string>();
        var seen = new HashSet<int>();
        foreach (var cell in cells)
        {
            if (seen.Add(cell.Index))
            {
                guards.Add($"context.IsValid({cell.Index})");
            }
        }

        writer.Open(guards.Count == 0 ? "if (true)" : "if (clean || (" + string.Join(" && ", guards) + "))");
        writer.Line($"var actual = {left};");
        writer.Line($"var expected = {right};");
        writer.Open($"if (!(actual {Operator(assertion.Operator)} expected))");
        writer.Line($"Fail_{t}_{r}(ref context, {(atCell?.Index ?? -1)}, {(atObject?.Index ?? -1)}, {instance.Index}, {a}, actual, expected);");
        writer.Close();
        writer.Close();
    }

    private static void EmitFail(SourceWriter writer, int t, int r, RuleModel rule)
    {
        writer.Line();
        writer.Line($"// Reports {rule.Id}; runs only when the rule fails.");
        writer.Open($"private static void Fail_{t}_{r}(ref {ReaderEmitter.Context} context, int atCell, int atObject, int labelObject, int variant, decimal actual, decimal expected)");
        writer.Line("var pointer = atCell >= 0 ? context.CellPointer(atCell) : context.ObjectPointer(atObject);");
        writer.Line("var actualText = actual.ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
        writer.Line("var expectedText = expected.ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
        writer.Line("var differenceText = (actual - expected).ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
        writer.Line("_ = variant;");
        var hasVariable = rule.Assertions.Count > 0 && rule.Assertions[0].VariableProperty is not null;
        if (hasVariable)
        {
            foreach (var (local, english) in new[] { ("variableZh", false), ("variableEn", true) })
            {
                writer.Line($"var {local} = variant switch");
                writer.Line("{");
                for (var a = 0; a < rule.Assertions.Count; a++)
                {
                    writer.Line($"    {a} => {CSharpLiteral.String(english ? rule.Assertions[a].VariableLabelEnglish : rule.Assertions[a].VariableLabel)},");
                }

                writer.Line("    _ => string.Empty,");
                writer.Line("};");
            }
        }

        writer.Line("var zh = " + MessageEmitter.Concatenation(rule.MessageChinese, Placeholders(false, hasVariable)) + ";");
        writer.Line("var en = " + MessageEmitter.Concatenation(rule.MessageEnglish, Placeholders(true, hasVariable)) + ";");
        writer.Line($"context.ReportRule({CSharpLiteral.String(rule.Id)}, global::GovInfoReport.Schema.Validation.IssueSeverity.{(rule.Severity == RuleSeverity.Error ? "Error" : "Warning")}, pointer, expectedText, actualText, zh, en);");
        writer.Close();
    }

    private static Dictionary<MessagePartKind, string> Placeholders(bool english, bool hasVariable)
    {
        var flag = english ? "true" : "false";
        var placeholders = new Dictionary<MessagePartKind, string>
        {
            [MessagePartKind.Actual] = "actualText",
            [MessagePartKind.Expected] = "expectedText",
            [MessagePartKind.Difference] = "differenceText",
            [MessagePartKind.Label] = $"context.ObjectLabel(labelObject, {flag})",
            [MessagePartKind.Cell] = $"atCell >= 0 ? context.CellLabel(atCell, {flag}) : context.ObjectLabel(atObject, {flag})",
        };
        if (hasVariable)
        {
            placeholders[MessagePartKind.Variable] = english ? "variableEn" : "variableZh";
        }

        return placeholders;
    }

    private static string Expression(ReportLayout layout, ObjectSlot instance, LinearExpression expression, List<CellSlot> cells, bool asDecimal)
    {
        var pieces = new List<string>();
        foreach (var term in expression.Terms)
        {
            var cell = layout.FindCell(instance.Index, term.Path)!;
            cells.Add(cell);
            var value = cell.Property.Kind == ValueKind.Number
                ? $"n[{cell.NumberIndex}]"
                : asDecimal ? $"(decimal)i[{cell.Index}]" : $"i[{cell.Index}]";
            pieces.Add((pieces.Count == 0 ? (term.IsSubtracted ? "-" : string.Empty) : (term.IsSubtracted ? " - " : " + ")) + value);
        }

        if (expression.Constant != 0 || pieces.Count == 0)
        {
            var constant = asDecimal ? CSharpLiteral.Decimal(System.Math.Abs(expression.Constant)) : CSharpLiteral.Long(System.Math.Abs(expression.Constant));
            var negative = expression.Constant < 0;
            pieces.Add(pieces.Count == 0 ? (negative ? "-" : string.Empty) + constant : (negative ? " - " : " + ") + constant);
        }

        return string.Concat(pieces);
    }

    private static bool UsesInt64(ReportLayout layout, ObjectSlot instance, AssertionModel assertion)
    {
        foreach (var side in new[] { assertion.Left, assertion.Right })
        {
            foreach (var term in side.Terms)
            {
                if (layout.FindCell(instance.Index, term.Path)!.Property.IsInt64)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Operator(ComparisonOperator comparison) => comparison switch
    {
        ComparisonOperator.Equal => "==",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        _ => ">=",
    };
}
