using System;
using System.Collections.Generic;
using System.Linq;
using GovInfoReport.SchemaLanguage.Layout;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.SchemaTools;

/// <summary>
/// Compares two template schemas as a report sees them: cells and objects by JSON Pointer (with their labels and
/// types), rules by id (with their expressions, severities and messages).
/// </summary>
public static class SchemaDiff
{
    /// <summary>The differences from <paramref name="oldModel"/> to <paramref name="newModel"/>, ordered by kind of subject, then key.</summary>
    /// <param name="oldModel">The earlier template.</param>
    /// <param name="newModel">The later template.</param>
    /// <returns>Every added, removed and changed cell, object and rule.</returns>
    public static IReadOnlyList<SchemaDiffEntry> Compare(TemplateModel oldModel, TemplateModel newModel)
    {
        var entries = new List<SchemaDiffEntry>();
        var oldLayout = ReportLayout.Build(oldModel);
        var newLayout = ReportLayout.Build(newModel);
        Compare(entries, "object", Objects(oldLayout), Objects(newLayout));
        Compare(entries, "cell", Cells(oldLayout), Cells(newLayout));
        Compare(entries, "rule", Rules(oldModel), Rules(newModel));
        return entries;
    }

    private static void Compare(List<SchemaDiffEntry> entries, string subject, Dictionary<string, string> before, Dictionary<string, string> after)
    {
        foreach (var key in before.Keys.Union(after.Keys).OrderBy(k => k, StringComparer.Ordinal))
        {
            var hadBefore = before.TryGetValue(key, out var old);
            var hasAfter = after.TryGetValue(key, out var now);
            if (!hadBefore)
            {
                entries.Add(new SchemaDiffEntry("added", subject, key, null, now));
            }
            else if (!hasAfter)
            {
                entries.Add(new SchemaDiffEntry("removed", subject, key, old, null));
            }
            else if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                entries.Add(new SchemaDiffEntry("changed", subject, key, old, now));
            }
        }
    }

    private static Dictionary<string, string> Objects(ReportLayout layout)
        => layout.Objects.Where(o => o.Index > 0).ToDictionary(o => o.Pointer, o => o.Label, StringComparer.Ordinal);

    private static Dictionary<string, string> Cells(ReportLayout layout)
        => layout.Cells.ToDictionary(c => c.Pointer, c => (c.Property.Title ?? c.Property.JsonName) + " (" + Describe(c.Property) + ")", StringComparer.Ordinal);

    private static Dictionary<string, string> Rules(TemplateModel model)
    {
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in model.Types)
        {
            foreach (var rule in type.Rules)
            {
                var body = rule.Kind == RuleKind.Structural ? "structural: " + string.Join(", ", rule.StructuralKeywords) : rule.Expression;
                rules[rule.Id] = $"{(rule.Severity == RuleSeverity.Error ? "error" : "warning")} on {type.SchemaPath}: {body}";
            }
        }

        return rules;
    }

    private static string Describe(PropertyModel property) => property.Kind switch
    {
        ValueKind.Integer => (property.IsInt64 ? "int64" : "int32") + (property.Minimum is { } min ? " ≥ " + min.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty),
        ValueKind.Number => "decimal" + (property.Minimum is { } min ? " ≥ " + min.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty),
        ValueKind.Boolean => "boolean",
        ValueKind.Array => "array of at most " + property.MaxItems.ToString(System.Globalization.CultureInfo.InvariantCulture) + " rows of "
            + (property.HasCellItems ? Describe(property.ItemCell(0)) : "records"),
        _ => "string" + (property.EnumValues.Count > 0 ? " ∈ {" + string.Join(", ", property.EnumValues) + "}" : string.Empty),
    };
}
