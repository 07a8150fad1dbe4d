using System.Collections.Generic;
using GovInfoReport.SchemaLanguage.Layout;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Hardening.Tests;

/// <summary>
/// For each cell, the equality rules whose comparison it moves: the rule id and the pointer the issue would carry.
/// A cell moves a comparison when its coefficients on the two sides do not cancel.
/// </summary>
internal static class RuleReads
{
    public static Dictionary<string, HashSet<string>> EqualityRulesByCell(ReportLayout layout)
    {
        var byCell = new Dictionary<string, HashSet<string>>();
        for (var t = 0; t < layout.Model.Types.Count; t++)
        {
            foreach (var rule in layout.Model.Types[t].Rules)
            {
                foreach (var assertion in rule.Assertions)
                {
                    if (assertion.Operator != ComparisonOperator.Equal)
                    {
                        continue;
                    }

                    foreach (var instance in layout.InstancesOf(t))
                    {
                        var at = layout.FindCell(instance.Index, assertion.At)?.Pointer ?? layout.FindObject(instance.Index, assertion.At)!.Pointer;
                        var coefficients = new Dictionary<string, int>();
                        Add(layout, instance, assertion.Left, 1, coefficients);
                        Add(layout, instance, assertion.Right, -1, coefficients);
                        foreach (var (pointer, coefficient) in coefficients)
                        {
                            if (coefficient == 0)
                            {
                                continue;
                            }

                            if (!byCell.TryGetValue(pointer, out var rules))
                            {
                                byCell[pointer] = rules = new HashSet<string>();
                            }

                            rules.Add(rule.Id + "@" + at);
                        }
                    }
                }
            }
        }

        return byCell;
    }

    private static void Add(ReportLayout layout, ObjectSlot instance, LinearExpression side, int sign, Dictionary<string, int> coefficients)
    {
        foreach (var term in side.Terms)
        {
            var pointer = layout.FindCell(instance.Index, term.Path)!.Pointer;
            coefficients[pointer] = coefficients.GetValueOrDefault(pointer) + (term.IsSubtracted ? -sign : sign);
        }
    }
}
