using System.Collections.Generic;
using System.Globalization;
using GovInfoReport.SchemaLanguage.Layout;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Generators.Emitting;

/// <summary>
/// Emits the rules: each assertion rule once, in the type that declares it (<c>CheckApplicantCounts_R2</c>), as
/// straight-line slot arithmetic relative to an instance's offsets; and per layout (the report's, and each record's
/// on its own) a <c>CheckRules{Type}</c> that calls it at every instance, in declaration order (type, rule,
/// instance). A clean read (no structural issue, every numeric cell required) skips the per-cell validity tests.
/// A failed check records the rule's id, pointer and values; its two messages are formatted when first read.
/// </summary>
internal static class RuleEmitter
{
    public static void Emit(EmitContext context, SourceWriter writer)
    {
        var model = context.Model;
        for (var t = 0; t < model.Types.Count; t++)
        {
            var layout = context.LayoutOf(t);
            EmitSchedule(context, writer, layout, t);
        }

        for (var t = 0; t < model.Types.Count; t++)
        {
            var rules = model.Types[t].Rules;
            for (var r = 0; r < rules.Count; r++)
            {
                if (rules[r].Kind == RuleKind.Assertion)
                {
                    EmitRuleCheck(context, writer, t, r);
                    EmitMessage(context, writer, t, r);
                }
            }
        }
    }

    /// <summary>Every rule of one layout, at every instance, in the interpreter's order.</summary>
    private static void EmitSchedule(EmitContext context, SourceWriter writer, ReportLayout layout, int rootType)
    {
        var model = context.Model;
        writer.Line();
        writer.Open($"private static void {context.Names.CheckRules(rootType)}(ref {ReaderEmitter.Context} context)");
        var any = false;
        for (var t = 0; t < model.Types.Count; t++)
        {
            var rules = model.Types[t].Rules;
            for (var r = 0; r < rules.Count; r++)
            {
                if (rules[r].Kind != RuleKind.Assertion)
                {
                    continue;
                }

                foreach (var instance in layout.InstancesOf(t))
                {
                    if (!any)
                    {
                        writer.Line(layout.EveryNumericCellRequired
                            ? "var clean = context.StructuralIssueCount == 0;"
                            : "const bool clean = false; // some numeric cells are optional, so validity is tested per cell");
                        any = true;
                    }

                    writer.Line($"{context.Names.RuleCheck(t, r)}(ref context, clean, {instance.FirstCell}, {instance.FirstNumber}, {instance.Index}); // {EmitContext.SafeComment(rules[r].Id)} at {EmitContext.SafeComment(instance.Pointer.Length == 0 ? "/" : instance.Pointer)}");
                }
            }
        }

        writer.Close();
    }

    /// <summary>One assertion rule of type <paramref name="t"/>, every for-each variant, relative to an instance.</summary>
    private static void EmitRuleCheck(EmitContext context, SourceWriter writer, int t, int r)
    {
        var rule = context.Model.Types[t].Rules[r];
        // The type laid out on its own: its instance 0 starts at cell, decimal and object 0, so every slot is an offset.
        var layout = context.LayoutOf(t);
        var instance = layout.Objects[0];
        writer.Line();
        writer.Line($"// {EmitContext.SafeComment(rule.Id)}, declared on {EmitContext.SafeComment(context.Model.Types[t].ClrName)}: runs at each instance's first cell, decimal and object.");
        writer.Open($"private static void {context.Names.RuleCheck(t, r)}(ref {ReaderEmitter.Context} context, bool clean, int cellBase, int numberBase, int objectIndex)");
        writer.Line("var i = context.Integers;");
        writer.Line("var n = context.Numbers;");
        writer.Line("_ = i; _ = n; _ = clean;");
        for (var a = 0; a < rule.Assertions.Count; a++)
        {
            EmitAssertion(context, writer, layout, t, r, a, instance, rule);
        }

        writer.Close();
    }

    private static void EmitAssertion(EmitContext context, SourceWriter writer, ReportLayout layout, int t, int r, int a, ObjectSlot instance, RuleModel rule)
    {
        var assertion = rule.Assertions[a];
        var cells = new List<(CellSlot Cell, IReadOnlyList<(int LengthCell, int Row)> Rows)>();
        var left = Side(layout, instance, assertion.Left, cells, assertion.Arithmetic, "actual");
        var right = Side(layout, instance, assertion.Right, cells, assertion.Arithmetic, "expected");
        var atCell = layout.FindCell(instance.Index, assertion.At);
        var atObject = atCell is null ? layout.FindObject(instance.Index, assertion.At) : null;
        var atCellText = atCell is null ? "-1" : Cell(atCell.Index);
        var atObjectText = atObject is null ? "-1" : ReaderEmitter.Offset("objectIndex", atObject.Index);
        writer.Line();
        writer.Line($"// {EmitContext.SafeComment(rule.Id)}{(assertion.VariableProperty is null ? string.Empty : " for " + EmitContext.SafeComment(assertion.VariableProperty))}");
        writer.Line("// assert: " + AssertionComment(rule.Expression));
        var guards = new List<string>();
        var seen = new HashSet<int>();
        foreach (var (cell, rows) in cells)
        {
            if (seen.Add(cell.Index))
            {
                guards.Add(ArrayEmitter.ReadableCell(Cell(cell.Index), rows, Cell));
            }
        }

        // A for-each variant over rows is checked only when its row is present.
        var rowConditions = new List<string>();
        if (assertion.Row.Count > 0)
        {
            rowConditions.Add(ArrayEmitter.RowsPresent(layout.RowsOnPath(instance.Index, assertion.Row), Cell)!);
        }

        var severity = $"global::GovInfoReport.Schema.Validation.IssueSeverity.{(rule.Severity == RuleSeverity.Error ? "Error" : "Warning")}";
        var fail = $"context.ReportRule({CSharpLiteral.String(rule.Id)}, {severity}, {atCellText}, {atObjectText}, objectIndex, {a}, {Arithmetic}.Format(expected), {Arithmetic}.Format(actual), {Arithmetic}.Difference(actual, expected), {context.Names.RuleMessage(t, r)});";
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
            writer.Line($"{Arithmetic}.ReportUncomputable(ref context, {CSharpLiteral.String(rule.Id)}, {atCellText}, {atObjectText});");
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

    private static string Cell(int offset) => ReaderEmitter.Offset("cellBase", offset);

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
                ? $"n[{ReaderEmitter.Offset("numberBase", cell.NumberIndex)}]"
                : arithmetic == ArithmeticKind.Decimal ? $"(decimal)i[{Cell(cell.Index)}]" : $"i[{Cell(cell.Index)}]";
            var rows = layout.RowsOnPath(instance.Index, term.Path);
            var present = ArrayEmitter.RowsPresent(rows, Cell);
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

    /// <summary>The rule's two messages, formatted from a recorded failure when a caller first reads them.</summary>
    private static void EmitMessage(EmitContext context, SourceWriter writer, int t, int r)
    {
        var rule = context.Model.Types[t].Rules[r];
        writer.Line();
        writer.Line($"// The messages of {EmitContext.SafeComment(rule.Id)}; runs only when a failure's message is read.");
        writer.Open($"private static string {context.Names.RuleMessage(t, r)}(global::GovInfoReport.Schema.Validation.RuleFailure failure, bool english)");
        var hasVariable = rule.Assertions.Count > 0 && rule.Assertions[0].VariableProperty is not null;
        if (hasVariable)
        {
            writer.Line("var variable = failure.Variant switch");
            writer.Line("{");
            for (var a = 0; a < rule.Assertions.Count; a++)
            {
                writer.Line($"    {a} => english ? {CSharpLiteral.String(rule.Assertions[a].VariableLabelEnglish)} : {CSharpLiteral.String(rule.Assertions[a].VariableLabel)},");
            }

            writer.Line("    _ => string.Empty,");
            writer.Line("};");
        }

        writer.Line("return english");
        writer.Line("    ? " + MessageEmitter.Concatenation(rule.MessageEnglish, Placeholders(true, hasVariable)));
        writer.Line("    : " + MessageEmitter.Concatenation(rule.MessageChinese, Placeholders(false, hasVariable)) + ";");
        writer.Close();
    }

    private static Dictionary<MessagePartKind, string> Placeholders(bool english, bool hasVariable)
    {
        var flag = english ? "true" : "false";
        var placeholders = new Dictionary<MessagePartKind, string>
        {
            [MessagePartKind.Actual] = "failure.Actual",
            [MessagePartKind.Expected] = "failure.Expected",
            [MessagePartKind.Difference] = "failure.Difference",
            [MessagePartKind.Label] = $"failure.Label({flag})",
            [MessagePartKind.Cell] = $"failure.Cell({flag})",
        };
        if (hasVariable)
        {
            placeholders[MessagePartKind.Variable] = "variable";
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
