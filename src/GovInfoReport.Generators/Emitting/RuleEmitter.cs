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
        var cells = new List<(CellSlot Cell, IReadOnlyList<(int LengthCell, int Row)> Rows)>();
        var left = Side(layout, instance, assertion.Left, cells, assertion.Arithmetic, "actual");
        var right = Side(layout, instance, assertion.Right, cells, assertion.Arithmetic, "expected");
        var atCell = layout.FindCell(instance.Index, assertion.At);
        var atObject = atCell is null ? layout.FindObject(instance.Index, assertion.At) : null;
        writer.Line();
        writer.Line($"// {rule.Id} at {EmitContext.SafeComment(instance.Pointer.Length == 0 ? "/" : instance.Pointer)}{(assertion.VariableProperty is null ? string.Empty : " for " + EmitContext.SafeComment(assertion.VariableProperty))}");
        writer.Line("// assert: " + AssertionComment(rule.Expression));
        var guards = new List<string>();
        var seen = new HashSet<int>();
        foreach (var (cell, rows) in cells)
        {
            if (seen.Add(cell.Index))
            {
                guards.Add(ArrayEmitter.ReadableCell(cell.Index, rows));
            }
        }

        // A for-each variant over rows is checked only when its row is present.
        var rowConditions = new List<string>();
        if (assertion.Row.Count > 0)
        {
            rowConditions.Add(ArrayEmitter.RowsPresent(layout.RowsOnPath(instance.Index, assertion.Row))!);
        }

        var fail = $"Fail_{t}_{r}(ref context, {(atCell?.Index ?? -1)}, {(atObject?.Index ?? -1)}, {instance.Index}, {a}, {Arithmetic}.Format(actual), {Arithmetic}.Format(expected), {Arithmetic}.Difference(actual, expected));";
        var validity = guards.Count == 0 ? "true" : "clean || (" + string.Join(" && ", guards) + ")";
        writer.Open(rowConditions.Count == 0 ? (guards.Count == 0 ? "if (true)" : "if (" + validity + ")") : "if (" + string.Join(" && ", rowConditions) + " && (" + validity + "))");
        writer.Line($"{left.Type} actual = {left.Start};");
        writer.Line($"{right.Type} expected = {right.Start};");
        var steps = new List<string>(left.Steps);
        steps.AddRange(right.Steps);
        if (steps.Count > 0)
        {
            // Decimal sides: each addition is checked to be exact, so a payload can make a rule uncomputable, never crash it.
            writer.Open("if (!(" + string.Join(" && ", steps) + "))");
            writer.Line($"{Arithmetic}.ReportUncomputable(ref context, {CSharpLiteral.String(rule.Id)}, {(atCell?.Index ?? -1)}, {(atObject?.Index ?? -1)});");
            writer.Close();
            writer.Open($"else if (!(actual {Operator(assertion.Operator)} expected))");
        }
        else
        {
            writer.Open($"if (!(actual {Operator(assertion.Operator)} expected))");
        }

        writer.Line(fail);
        writer.Close();
        writer.Close();
    }

    private const string Arithmetic = "global::GovInfoReport.Schema.Validation.RuleArithmetic";

    private const string Int128Type = "global::System.Int128";

    /// <summary>
    /// One side as C#: for integer arithmetic, a single expression (it cannot wrap: the binder chose a width the side's
    /// bound fits); for decimals, a first value and the checked additions that follow it, in source order.
    /// </summary>
    private static (string Type, string Start, List<string> Steps) Side(ReportLayout layout, ObjectSlot instance, LinearExpression expression, List<(CellSlot Cell, IReadOnlyList<(int LengthCell, int Row)> Rows)> cells, ArithmeticKind arithmetic, string name)
    {
        var values = new List<(string Value, bool IsSubtracted)>();
        foreach (var term in expression.Terms)
        {
            var cell = layout.FindCell(instance.Index, term.Path)!;
            var value = cell.Property.Kind == ValueKind.Number
                ? $"n[{cell.NumberIndex}]"
                : arithmetic == ArithmeticKind.Decimal ? $"(decimal)i[{cell.Index}]" : $"i[{cell.Index}]";
            var rows = layout.RowsOnPath(instance.Index, term.Path);
            var present = ArrayEmitter.RowsPresent(rows);
            cells.Add((cell, rows));
            if (present is not null)
            {
                // A row the payload lacks adds nothing (an exact zero). The sign goes inside, so no negative zero appears.
                var zero = arithmetic == ArithmeticKind.Decimal ? "0m" : "0L";
                var sign = term.IsSubtracted && values.Count == 0 ? "-" : string.Empty;
                value = $"({present} ? {sign}{value} : {zero})";
                values.Add((value, term.IsSubtracted && values.Count > 0));
                continue;
            }

            values.Add((value, term.IsSubtracted));
        }

        if (arithmetic == ArithmeticKind.Decimal)
        {
            var steps = new List<string>();
            if (values.Count == 0)
            {
                return ("decimal", CSharpLiteral.Decimal(expression.Constant), steps);
            }

            for (var v = 1; v < values.Count; v++)
            {
                steps.Add($"{Arithmetic}.{(values[v].IsSubtracted ? "TrySubtract" : "TryAdd")}(ref {name}, {values[v].Value})");
            }

            if (expression.Constant != 0)
            {
                steps.Add($"{Arithmetic}.TryAdd(ref {name}, {CSharpLiteral.Decimal(expression.Constant)})");
            }

            return ("decimal", (values[0].IsSubtracted ? "-" : string.Empty) + values[0].Value, steps);
        }

        var wide = arithmetic == ArithmeticKind.Int128;
        var pieces = new List<string>();
        for (var v = 0; v < values.Count; v++)
        {
            var value = v == 0 && wide ? $"({Int128Type}){values[v].Value}" : values[v].Value;
            pieces.Add(v == 0 ? (values[v].IsSubtracted ? "-" : string.Empty) + value : (values[v].IsSubtracted ? " - " : " + ") + value);
        }

        if (expression.Constant != 0 || pieces.Count == 0)
        {
            var magnitude = System.Math.Abs(expression.Constant);
            var constant = wide ? CSharpLiteral.Int128(magnitude) : CSharpLiteral.Long(magnitude);
            if (pieces.Count == 0 && wide)
            {
                constant = $"({Int128Type}){constant}";
            }

            var negative = expression.Constant < 0;
            pieces.Add(pieces.Count == 0 ? (negative ? "-" : string.Empty) + constant : (negative ? " - " : " + ") + constant);
        }

        return (wide ? Int128Type : "long", string.Concat(pieces), new List<string>());
    }

    // The assertion as the maintainer wrote it, so a reader stepping into i[14] + i[21] + … knows what it checks.
    // Bounded: a check is emitted per instance and for-each property, and an assert may be 4,000 characters long.
    private static string AssertionComment(string expression)
    {
        const int MaxLength = 200;
        var text = EmitContext.SafeComment(expression);
        return text.Length <= MaxLength ? text : text.Substring(0, MaxLength) + "...";
    }

    private static void EmitFail(SourceWriter writer, int t, int r, RuleModel rule)
    {
        writer.Line();
        writer.Line($"// Reports {rule.Id}; runs only when the rule fails.");
        writer.Open($"private static void Fail_{t}_{r}(ref {ReaderEmitter.Context} context, int atCell, int atObject, int labelObject, int variant, string actualText, string expectedText, string differenceText)");
        writer.Line("var pointer = atCell >= 0 ? context.CellPointer(atCell) : context.ObjectPointer(atObject);");
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
