using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using GovInfoReport.Schema.Validation;
using GovInfoReport.SchemaLanguage.Layout;
using GovInfoReport.SchemaLanguage.Model;
using GovInfoReport.SchemaLanguage.Reading;

namespace GovInfoReport.SchemaTools;

/// <summary>
/// Validates payloads against a schema read at run time, for maintainers editing a template that is not compiled
/// yet. It uses the same schema language (one rule parser and binder), the same slot layout and the same read
/// context as generated validators, and evaluates the bound rules instead of compiling them, so its verdicts
/// equal the generated code's.
/// </summary>
public sealed class InterpretedValidator
{
    private readonly ReportLayout _layout;
    private readonly InterpretedShape _shape;
    private readonly List<BoundCheck> _checks = new();
    private readonly string[]?[][] _allowedValues;

    private InterpretedValidator(TemplateModel model)
    {
        _layout = ReportLayout.Build(model);
        _shape = new InterpretedShape(_layout);

        // Per type, per property: the enum values as the array the read context takes, built once, not per read.
        _allowedValues = model.Types.Select(type => type.Properties.Select(p => p.EnumValues.Count == 0 ? null : p.EnumValues.ToArray()).ToArray()).ToArray();
        for (var t = 0; t < model.Types.Count; t++)
        {
            foreach (var rule in model.Types[t].Rules)
            {
                if (rule.Kind != RuleKind.Assertion)
                {
                    continue;
                }

                foreach (var instance in _layout.InstancesOf(t))
                {
                    for (var a = 0; a < rule.Assertions.Count; a++)
                    {
                        _checks.Add(Bind(rule, rule.Assertions[a], instance));
                    }
                }
            }
        }
    }

    /// <summary>The model validated against.</summary>
    public TemplateModel Model => _layout.Model;

    /// <summary>Reads a schema and prepares a validator for it.</summary>
    /// <param name="schemaText">The schema text.</param>
    /// <param name="rootTypeName">A name for the report type (only used in diagnostics).</param>
    /// <param name="validator">The validator, when the schema has no errors.</param>
    /// <returns>The schema's diagnostics (errors and warnings), as the generator would report them.</returns>
    public static SchemaReadResult Create(string schemaText, string rootTypeName, out InterpretedValidator? validator)
    {
        var result = SchemaReader.Read(schemaText, rootTypeName);
        validator = result.Model is null ? null : new InterpretedValidator(result.Model);
        return result;
    }

    /// <summary>Validates a UTF-8 JSON payload: structure and every rule.</summary>
    /// <param name="utf8Json">The payload.</param>
    /// <param name="options">Limits; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>Every issue found.</returns>
    public ValidationResult Validate(ReadOnlySpan<byte> utf8Json, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        options.Validate();
        var integers = new long[_layout.Cells.Count];
        var numbers = new decimal[Math.Max(1, _layout.NumberCount)];
        var valid = new ulong[(_layout.Cells.Count + _layout.Objects.Count + 63) / 64];
        var context = new ReportReadContext(_shape, integers, numbers, valid, options);
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        try
        {
            if (context.Start(utf8Json, options.MaxPayloadBytes, ref reader))
            {
                ReadObject(ref reader, ref context, 0, 0, 0, 0);
                context.Finish(ref reader);
            }
        }
        catch (JsonException exception)
        {
            context.ReportSyntax(exception, ref reader);
        }

        CheckRules(ref context);
        return context.ToResult();
    }

    private void ReadObject(ref Utf8JsonReader reader, ref ReportReadContext context, int typeIndex, int cellBase, int numberBase, int objectIndex)
    {
        if (!context.EnterObject(ref reader, objectIndex))
        {
            return;
        }

        var type = _layout.Model.Types[typeIndex];
        var layout = _layout.Types[typeIndex];
        var seen = new bool[type.Properties.Count];
        var next = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = Match(ref reader, type, next);
            if (index < 0)
            {
                context.UnknownProperty(ref reader, objectIndex);
                continue;
            }

            var property = type.Properties[index];
            if (seen[index])
            {
                context.DuplicateProperty(ref reader, objectIndex, property.JsonName);
                continue;
            }

            seen[index] = true;
            reader.Read();
            var cell = cellBase + layout.CellOffsets[index];
            var number = numberBase + layout.NumberOffsets[index];
            switch (property.Kind)
            {
                case ValueKind.Object:
                    ReadObject(ref reader, ref context, property.ObjectTypeIndex, cell, number, objectIndex + layout.ObjectOffsets[index]);
                    break;
                case ValueKind.Array:
                    ReadArray(ref reader, ref context, property, cell, number, objectIndex + layout.ObjectOffsets[index]);
                    break;
                case ValueKind.Integer:
                    context.ReadInteger(ref reader, cell, property.IsInt64, ToLong(property.Minimum), ToLong(property.Maximum));
                    break;
                case ValueKind.Number:
                    context.ReadNumber(ref reader, cell, number, property.Minimum, property.Maximum);
                    break;
                case ValueKind.Boolean:
                    context.ReadBoolean(ref reader, cell);
                    break;
                default:
                    context.ReadString(ref reader, cell, _allowedValues[typeIndex][index], property.MinLength, property.MaxLength, property.Format == "date");
                    break;
            }

            next = index + 1;
        }

        for (var p = 0; p < type.Properties.Count; p++)
        {
            if (type.Properties[p].IsRequired && !seen[p])
            {
                context.MissingProperty(objectIndex, type.Properties[p].JsonName, type.Properties[p].Title ?? type.Properties[p].JsonName);
            }
        }
    }

    // The rows follow the length cell: row r of cells at lengthCell + 1 + r; row r of records spans one record's slots.
    private void ReadArray(ref Utf8JsonReader reader, ref ReportReadContext context, PropertyModel property, int lengthCell, int numberBase, int firstRowObject)
    {
        if (!context.EnterArray(ref reader, lengthCell))
        {
            return;
        }

        var row = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (row == property.MaxItems)
            {
                context.TooManyRows(ref reader, lengthCell, property.MaxItems);
                return;
            }

            if (property.ItemKind == ValueKind.Integer)
            {
                context.ReadInteger(ref reader, lengthCell + 1 + row, property.IsInt64, ToLong(property.Minimum), ToLong(property.Maximum));
            }
            else if (property.ItemKind == ValueKind.Number)
            {
                context.ReadNumber(ref reader, lengthCell + 1 + row, numberBase + row, property.Minimum, property.Maximum);
            }
            else
            {
                var rowLayout = _layout.Types[property.ObjectTypeIndex];
                ReadObject(ref reader, ref context, property.ObjectTypeIndex, lengthCell + 1 + (row * rowLayout.CellCount), numberBase + (row * rowLayout.NumberCount),
                    firstRowObject + (row * rowLayout.ObjectCount));
            }

            row++;
        }

        context.SetArrayLength(lengthCell, row);
    }

    private static int Match(ref Utf8JsonReader reader, ObjectTypeModel type, int next)
    {
        if (next < type.Properties.Count && reader.ValueTextEquals(type.Properties[next].JsonName))
        {
            return next;
        }

        for (var i = 0; i < type.Properties.Count; i++)
        {
            if (i != next && reader.ValueTextEquals(type.Properties[i].JsonName))
            {
                return i;
            }
        }

        return -1;
    }

    private void CheckRules(ref ReportReadContext context)
    {
        var clean = _layout.EveryNumericCellRequired && context.StructuralIssueCount == 0;
        foreach (var check in _checks)
        {
            if (!clean && !AllValid(ref context, check))
            {
                continue;
            }

            string actualText, expectedText, differenceText;
            if (check.Assertion.Arithmetic == ArithmeticKind.Decimal)
            {
                // The generated code's order of checked additions, so both find the same sums uncomputable.
                if (!TryEvaluate(ref context, check.Left, check.LeftConstant, out var actual) || !TryEvaluate(ref context, check.Right, check.RightConstant, out var expected))
                {
                    RuleArithmetic.ReportUncomputable(ref context, check.Rule.Id, check.AtCell, check.AtObject);
                    continue;
                }

                if (Holds(actual.CompareTo(expected), check.Operator))
                {
                    continue;
                }

                (actualText, expectedText, differenceText) = (RuleArithmetic.Format(actual), RuleArithmetic.Format(expected), RuleArithmetic.Difference(actual, expected));
            }
            else
            {
                // Int128 is exact for both integer kinds: the binder chose long only where no side can leave its range.
                var actual = Evaluate(ref context, check.Left, check.LeftConstant);
                var expected = Evaluate(ref context, check.Right, check.RightConstant);
                if (Holds(actual.CompareTo(expected), check.Operator))
                {
                    continue;
                }

                (actualText, expectedText, differenceText) = (RuleArithmetic.Format(actual), RuleArithmetic.Format(expected), RuleArithmetic.Difference(actual, expected));
            }

            var pointer = check.AtCell >= 0 ? _shape.CellPointers[check.AtCell] : _shape.ObjectPointers[check.AtObject];
            var cellZh = check.AtCell >= 0 ? _shape.CellLabels[check.AtCell] : _shape.ObjectLabels[check.AtObject];
            var cellEn = check.AtCell >= 0 ? _shape.CellLabelsEnglish[check.AtCell] : _shape.ObjectLabelsEnglish[check.AtObject];
            var zh = MessageFormatter.Format(check.Rule.MessageChinese, actualText, expectedText, differenceText, _shape.ObjectLabels[check.LabelObject], cellZh, check.Assertion.VariableLabel ?? string.Empty);
            var en = MessageFormatter.Format(check.Rule.MessageEnglish, actualText, expectedText, differenceText, _shape.ObjectLabelsEnglish[check.LabelObject], cellEn, check.Assertion.VariableLabelEnglish ?? string.Empty);
            context.ReportRule(check.Rule.Id, check.Rule.Severity == RuleSeverity.Error ? IssueSeverity.Error : IssueSeverity.Warning, pointer, expectedText, actualText, zh, en);
        }
    }

    // A rule reads its cells only when each is present and valid. A cell on a row (of an array) counts as present only
    // when its array was read and is long enough; a row the payload lacks adds nothing, and a for-each variant over
    // rows is checked only for the rows present.
    private static bool AllValid(ref ReportReadContext context, BoundCheck check)
        => FirstAbsentRow(ref context, check.Row) < 0 && AllValid(ref context, check.Left) && AllValid(ref context, check.Right);

    private static bool AllValid(ref ReportReadContext context, List<BoundTerm> terms)
    {
        foreach (var term in terms)
        {
            // Each array's length must be known as far as the rows before it are present (an absent row has no
            // nested array to measure); a cell whose rows are all present must be valid.
            var absent = FirstAbsentRow(ref context, term.Rows);
            if (!context.IsValid(absent < 0 ? term.Cell.Index : term.Rows[absent].LengthCell))
            {
                return false;
            }
        }

        return true;
    }

    // The first row on the path the payload lacks (its array unread or too short), or -1 when all are present.
    // Indexed rather than enumerated: a foreach over the interface would box the list's enumerator per call.
    private static int FirstAbsentRow(ref ReportReadContext context, IReadOnlyList<(int LengthCell, int Row)> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (!context.HasRow(rows[i].LengthCell, rows[i].Row))
            {
                return i;
            }
        }

        return -1;
    }

    private static Int128 Evaluate(ref ReportReadContext context, List<BoundTerm> terms, decimal constant)
    {
        Int128 sum = 0;
        foreach (var term in terms)
        {
            if (FirstAbsentRow(ref context, term.Rows) >= 0)
            {
                continue;
            }

            var value = context.Integers[term.Cell.Index];
            sum = term.IsSubtracted ? sum - value : sum + value;
        }

        return sum + (Int128)constant;
    }

    // Cells left to right (rows the payload lacks skipped), then the constant: the generated code's order of checked additions.
    private static bool TryEvaluate(ref ReportReadContext context, List<BoundTerm> terms, decimal constant, out decimal sum)
    {
        sum = 0;
        var first = true;
        foreach (var term in terms)
        {
            if (FirstAbsentRow(ref context, term.Rows) >= 0)
            {
                continue;
            }

            var value = Value(ref context, term.Cell);
            if (first)
            {
                sum = term.IsSubtracted ? -value : value;
                first = false;
            }
            else if (!(term.IsSubtracted ? RuleArithmetic.TrySubtract(ref sum, value) : RuleArithmetic.TryAdd(ref sum, value)))
            {
                return false;
            }
        }

        if (first)
        {
            sum = constant;
            return true;
        }

        return constant == 0 || RuleArithmetic.TryAdd(ref sum, constant);
    }

    private static decimal Value(ref ReportReadContext context, CellSlot cell)
        => cell.Property.Kind == ValueKind.Number ? context.Numbers[cell.NumberIndex] : context.Integers[cell.Index];

    private static bool Holds(int comparison, ComparisonOperator comparator) => comparator switch
    {
        ComparisonOperator.Equal => comparison == 0,
        ComparisonOperator.NotEqual => comparison != 0,
        ComparisonOperator.Less => comparison < 0,
        ComparisonOperator.LessOrEqual => comparison <= 0,
        ComparisonOperator.Greater => comparison > 0,
        _ => comparison >= 0,
    };

    private BoundCheck Bind(RuleModel rule, AssertionModel assertion, ObjectSlot instance)
    {
        List<BoundTerm> Side(LinearExpression expression)
        {
            var terms = new List<BoundTerm>();
            foreach (var term in expression.Terms)
            {
                terms.Add(new BoundTerm(_layout.FindCell(instance.Index, term.Path)!, term.IsSubtracted, _layout.RowsOnPath(instance.Index, term.Path)));
            }

            return terms;
        }

        var atCell = _layout.FindCell(instance.Index, assertion.At);
        var atObject = atCell is null ? _layout.FindObject(instance.Index, assertion.At) : null;
        return new BoundCheck(rule, assertion, Side(assertion.Left), assertion.Left.Constant, assertion.Operator, Side(assertion.Right), assertion.Right.Constant,
            atCell?.Index ?? -1, atObject?.Index ?? -1, instance.Index, assertion.Row.Count == 0 ? [] : _layout.RowsOnPath(instance.Index, assertion.Row));
    }

    private static long? ToLong(decimal? value) => value is { } v ? decimal.ToInt64(v) : null;

    private sealed record BoundCheck(
        RuleModel Rule,
        AssertionModel Assertion,
        List<BoundTerm> Left,
        decimal LeftConstant,
        ComparisonOperator Operator,
        List<BoundTerm> Right,
        decimal RightConstant,
        int AtCell,
        int AtObject,
        int LabelObject,
        IReadOnlyList<(int LengthCell, int Row)> Row);

    /// <summary>A cell a rule reads, and the rows (array length cell, row index) it lies on: it counts only when they are present.</summary>
    private sealed record BoundTerm(CellSlot Cell, bool IsSubtracted, IReadOnlyList<(int LengthCell, int Row)> Rows);
}
