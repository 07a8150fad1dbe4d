using System;
using System.Collections.Generic;
using GovInfoReport.SchemaLanguage.Json;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.SchemaLanguage.Reading;

/// <summary>
/// Sizes a schema's expanded report before anything is expanded: how deep its objects nest, how many instances each
/// type has, and how many characters of pointers and labels the generated tables would hold. Computed over the type
/// graph (each type once), so a schema far past a budget is rejected in microseconds, not after gigabytes.
/// </summary>
internal sealed class SchemaBudgets
{
    private readonly IReadOnlyList<TypeBuilder> _types;
    private readonly int[] _depth;
    private readonly long[] _slotsBelow;
    private readonly long[] _pointerCharsBelow;
    private readonly long[] _labelCharsBelow;

    public SchemaBudgets(IReadOnlyList<TypeBuilder> types)
    {
        _types = types;
        _depth = new int[types.Count];
        _slotsBelow = new long[types.Count];
        _pointerCharsBelow = new long[types.Count];
        _labelCharsBelow = new long[types.Count];
        var order = TopologicalOrder();
        for (var i = order.Count - 1; i >= 0; i--)
        {
            Measure(order[i]);
        }

        Instances = new long[types.Count];
        Instances[0] = 1;
        foreach (var t in order)
        {
            foreach (var property in types[t].Properties)
            {
                if (property.Kind == ValueKind.Object)
                {
                    Instances[property.ObjectTypeIndex] = Saturate(Instances[property.ObjectTypeIndex] + Instances[t]);
                }
                else if (property.Kind == ValueKind.Array && !property.HasCellItems)
                {
                    // Every possible row is an instance: a rule declared on the row type is checked once per slot.
                    Instances[property.ObjectTypeIndex] = Saturate(Instances[property.ObjectTypeIndex] + Multiply(property.MaxItems, Instances[t]));
                }
            }
        }
    }

    /// <summary>Per type, how many instances one report holds (0 for a definition nobody uses).</summary>
    public long[] Instances { get; }

    /// <summary>How many object levels a report nests, the report itself included.</summary>
    public int Depth => _depth[0];

    /// <summary>
    /// Characters of pointers and labels in the tables generated for the report and for each record type's own
    /// validator (pointers relative to the record), which the compiler holds as string literals.
    /// </summary>
    public long GeneratedTextCharacters
    {
        get
        {
            var total = Saturate(_pointerCharsBelow[0] + _labelCharsBelow[0]);
            for (var t = 1; t < _types.Count; t++)
            {
                total = Saturate(total + _pointerCharsBelow[t] + _labelCharsBelow[t]);
            }

            return total;
        }
    }

    /// <summary>The property of <paramref name="typeIndex"/> on its deepest path, to locate a nesting diagnostic.</summary>
    public (int Type, int Property) DeepestStep(int typeIndex)
    {
        var properties = _types[typeIndex].Properties;
        for (var p = 0; p < properties.Count; p++)
        {
            if (properties[p].HasRecords && _depth[properties[p].ObjectTypeIndex] == _depth[typeIndex] - 1)
            {
                return (properties[p].ObjectTypeIndex, p);
            }
        }

        return (-1, -1);
    }

    private void Measure(int t)
    {
        int depth = 1;
        long slots = 0, pointers = 0, labels = 0;
        foreach (var property in _types[t].Properties)
        {
            long step = 1 + JsonPointer.Escape(property.JsonName).Length;
            if (property.Kind == ValueKind.Object)
            {
                var u = property.ObjectTypeIndex;
                var type = _types[u];
                depth = Math.Max(depth, 1 + _depth[u]);
                pointers = Saturate(pointers + Multiply(step, 1 + _slotsBelow[u]) + _pointerCharsBelow[u]);
                slots = Saturate(slots + 1 + _slotsBelow[u]);
                labels = Saturate(labels + (property.Title ?? type.Title ?? property.JsonName).Length + (property.Description ?? type.Description ?? property.JsonName).Length + _labelCharsBelow[u]);
            }
            else if (property.Kind == ValueKind.Array)
            {
                // The length cell, then per possible row its own pointer prefix (/name/index) and labels (label[index]).
                long items = property.MaxItems;
                long itemStep = step + 1 + items.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
                long itemLabels = (property.Title ?? property.JsonName).Length + (property.Description ?? property.JsonName).Length + (2 * (itemStep - step + 1));
                pointers = Saturate(pointers + step);
                slots = Saturate(slots + 1);
                labels = Saturate(labels + (property.Title ?? property.JsonName).Length + (property.Description ?? property.Title ?? property.JsonName).Length);
                if (property.HasCellItems)
                {
                    pointers = Saturate(pointers + Multiply(items, itemStep));
                    slots = Saturate(slots + items);
                    labels = Saturate(labels + Multiply(items, itemLabels));
                }
                else
                {
                    var u = property.ObjectTypeIndex;
                    depth = Math.Max(depth, 1 + _depth[u]);
                    pointers = Saturate(pointers + Multiply(items, Multiply(itemStep, 1 + _slotsBelow[u]) + _pointerCharsBelow[u]));
                    slots = Saturate(slots + Multiply(items, 1 + _slotsBelow[u]));
                    labels = Saturate(labels + Multiply(items, itemLabels + _labelCharsBelow[u]));
                }
            }
            else
            {
                pointers = Saturate(pointers + step);
                slots = Saturate(slots + 1);
                labels = Saturate(labels + (property.Title ?? property.JsonName).Length + (property.Description ?? property.Title ?? property.JsonName).Length);
            }
        }

        _depth[t] = depth;
        _slotsBelow[t] = slots;
        _pointerCharsBelow[t] = pointers;
        _labelCharsBelow[t] = labels;
    }

    // Parents before children; the reader has already rejected cycles.
    private List<int> TopologicalOrder()
    {
        var order = new List<int>();
        var state = new byte[_types.Count];
        var stack = new Stack<(int Type, int Next)>();
        for (var start = 0; start < _types.Count; start++)
        {
            if (state[start] != 0)
            {
                continue;
            }

            stack.Push((start, 0));
            state[start] = 1;
            while (stack.Count > 0)
            {
                var (t, next) = stack.Pop();
                var properties = _types[t].Properties;
                if (next < properties.Count)
                {
                    stack.Push((t, next + 1));
                    if (properties[next].HasRecords && state[properties[next].ObjectTypeIndex] == 0)
                    {
                        state[properties[next].ObjectTypeIndex] = 1;
                        stack.Push((properties[next].ObjectTypeIndex, 0));
                    }

                    continue;
                }

                order.Add(t);
            }
        }

        order.Reverse();
        return order;
    }

    private static long Multiply(long a, long b) => a != 0 && b > (long.MaxValue / 4) / a ? long.MaxValue / 4 : a * b;

    private static long Saturate(long value) => value < 0 || value > long.MaxValue / 4 ? long.MaxValue / 4 : value;
}
