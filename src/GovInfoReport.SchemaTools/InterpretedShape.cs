using System.Collections.Generic;
using System.Linq;
using GovInfoReport.Schema.Validation;
using GovInfoReport.SchemaLanguage.Layout;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.SchemaTools;

/// <summary>The <see cref="ReportShape"/> of a schema read at run time: the same tables the generator emits, built from the layout.</summary>
internal sealed class InterpretedShape : ReportShape
{
    private readonly ReportLayout _layout;
    private readonly List<(RuleModel Rule, ObjectSlot Instance, int CellCount)> _claims = new();

    public InterpretedShape(ReportLayout layout)
        : base(
            Cells(layout, c => c.Pointer),
            Cells(layout, c => c.Property.Title ?? c.Property.JsonName),
            Cells(layout, c => c.Property.Description ?? c.Property.Title ?? c.Property.JsonName),
            Objects(layout, o => o.Pointer),
            Objects(layout, o => o.Label),
            Objects(layout, o => o.LabelEnglish))
    {
        _layout = layout;
        for (var t = 0; t < layout.Model.Types.Count; t++)
        {
            foreach (var rule in layout.Model.Types[t].Rules)
            {
                if (rule.Kind != RuleKind.Structural)
                {
                    continue;
                }

                foreach (var instance in layout.InstancesOf(t))
                {
                    _claims.Add((rule, instance, layout.Types[t].CellCount));
                }
            }
        }
    }

    public override bool TryClaimStructural(string keyword, int cell, string expected, string actual, string expectedZh, string actualZh, out string ruleId, out IssueSeverity severity, out string messageZh, out string messageEn)
    {
        if (cell >= 0 && cell < _layout.Cells.Count && _layout.Cells[cell].Property.IsNumeric)
        {
            foreach (var (rule, instance, cellCount) in _claims)
            {
                if (cell < instance.FirstCell || cell >= instance.FirstCell + cellCount || !rule.StructuralKeywords.Contains(keyword))
                {
                    continue;
                }

                ruleId = rule.Id;
                severity = rule.Severity == RuleSeverity.Error ? IssueSeverity.Error : IssueSeverity.Warning;
                messageZh = MessageFormatter.Format(rule.MessageChinese, actualZh, expectedZh, string.Empty, ObjectLabels[instance.Index], CellLabels[cell], string.Empty);
                messageEn = MessageFormatter.Format(rule.MessageEnglish, actual, expected, string.Empty, ObjectLabelsEnglish[instance.Index], CellLabelsEnglish[cell], string.Empty);
                return true;
            }
        }

        return base.TryClaimStructural(keyword, cell, expected, actual, expectedZh, actualZh, out ruleId, out severity, out messageZh, out messageEn);
    }

    private static string[] Cells(ReportLayout layout, System.Func<CellSlot, string> select)
    {
        var values = new string[layout.Cells.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = select(layout.Cells[i]);
        }

        return values;
    }

    private static string[] Objects(ReportLayout layout, System.Func<ObjectSlot, string> select)
    {
        var values = new string[layout.Objects.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = select(layout.Objects[i]);
        }

        return values;
    }
}
