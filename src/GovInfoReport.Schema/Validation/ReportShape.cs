using System;
using System.ComponentModel;

namespace GovInfoReport.Schema.Validation;

/// <summary>
/// For generated code; not meant to be used directly. The fixed shape of reports of one schema, emitted by the
/// generator: each cell's and object's JSON Pointer and labels, indexed by slot. Part of the contract generated
/// code compiles against, pinned in PublicAPI.Shipped.txt: it changes only with a major version.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ReportShape
{
    /// <summary>Creates a shape from the generated tables.</summary>
    /// <param name="cellPointers">Per cell slot, its JSON Pointer.</param>
    /// <param name="cellLabels">Per cell slot, its Chinese label.</param>
    /// <param name="cellLabelsEnglish">Per cell slot, its English label.</param>
    /// <param name="objectPointers">Per object slot, its JSON Pointer.</param>
    /// <param name="objectLabels">Per object slot, its Chinese label.</param>
    /// <param name="objectLabelsEnglish">Per object slot, its English label.</param>
    protected ReportShape(string[] cellPointers, string[] cellLabels, string[] cellLabelsEnglish, string[] objectPointers, string[] objectLabels, string[] objectLabelsEnglish)
    {
        CellPointers = cellPointers;
        CellLabels = cellLabels;
        CellLabelsEnglish = cellLabelsEnglish;
        ObjectPointers = objectPointers;
        ObjectLabels = objectLabels;
        ObjectLabelsEnglish = objectLabelsEnglish;
    }

    /// <summary>
    /// Creates the shape of a record validated on its own as a slice of the report's shape: the cells and objects
    /// of one instance of the record in the report, with pointers relative to it and the record's own labels at its
    /// root. The slice is copied once, so generated code carries one set of tables per schema.
    /// </summary>
    /// <param name="report">The report's shape.</param>
    /// <param name="firstCell">The instance's first cell slot in the report.</param>
    /// <param name="cellCount">How many cells the record spans.</param>
    /// <param name="firstObject">The instance's object slot in the report.</param>
    /// <param name="objectCount">How many objects the record spans, itself included.</param>
    /// <param name="label">The record's Chinese label when it stands at the root.</param>
    /// <param name="labelEnglish">The record's English label when it stands at the root.</param>
    protected ReportShape(ReportShape report, int firstCell, int cellCount, int firstObject, int objectCount, string label, string labelEnglish)
    {
        ArgumentNullException.ThrowIfNull(report);
        var prefix = report.ObjectPointers[firstObject].Length;
        CellPointers = Relative(report.CellPointers.AsSpan(firstCell, cellCount), prefix);
        CellLabels = report.CellLabels.AsSpan(firstCell, cellCount).ToArray();
        CellLabelsEnglish = report.CellLabelsEnglish.AsSpan(firstCell, cellCount).ToArray();
        ObjectPointers = Relative(report.ObjectPointers.AsSpan(firstObject, objectCount), prefix);
        ObjectLabels = report.ObjectLabels.AsSpan(firstObject, objectCount).ToArray();
        ObjectLabelsEnglish = report.ObjectLabelsEnglish.AsSpan(firstObject, objectCount).ToArray();
        ObjectLabels[0] = label;
        ObjectLabelsEnglish[0] = labelEnglish;
    }

    /// <summary>Per cell slot, its JSON Pointer.</summary>
    public string[] CellPointers { get; }

    /// <summary>Per cell slot, its Chinese label.</summary>
    public string[] CellLabels { get; }

    /// <summary>Per cell slot, its English label.</summary>
    public string[] CellLabelsEnglish { get; }

    /// <summary>Per object slot, its JSON Pointer.</summary>
    public string[] ObjectPointers { get; }

    /// <summary>Per object slot, its Chinese label.</summary>
    public string[] ObjectLabels { get; }

    /// <summary>Per object slot, its English label.</summary>
    public string[] ObjectLabelsEnglish { get; }

    /// <summary>
    /// Lets a structural rule (such as R5) claim a structural failure on a numeric cell: the schema's rule id,
    /// severity and messages replace the generic ones.
    /// </summary>
    /// <param name="keyword">The failed keyword: <c>type</c>, <c>minimum</c> or <c>maximum</c>.</param>
    /// <param name="cell">The cell slot.</param>
    /// <param name="expected">The expectation, as text (English where it is words).</param>
    /// <param name="actual">The value found, as text (English where it is words).</param>
    /// <param name="expectedZh">The expectation in Chinese.</param>
    /// <param name="actualZh">The value found, in Chinese.</param>
    /// <param name="ruleId">The claiming rule's id.</param>
    /// <param name="severity">Its severity.</param>
    /// <param name="messageZh">Its Chinese message.</param>
    /// <param name="messageEn">Its English message.</param>
    /// <returns>Whether a structural rule covers this failure.</returns>
    public virtual bool TryClaimStructural(string keyword, int cell, string expected, string actual, string expectedZh, string actualZh, out string ruleId, out IssueSeverity severity, out string messageZh, out string messageEn)
    {
        ruleId = string.Empty;
        severity = IssueSeverity.Error;
        messageZh = string.Empty;
        messageEn = string.Empty;
        return false;
    }

    // Every pointer below an instance starts with the instance's own pointer; what follows is the relative pointer.
    private static string[] Relative(ReadOnlySpan<string> pointers, int prefix)
    {
        var relative = new string[pointers.Length];
        for (var i = 0; i < pointers.Length; i++)
        {
            relative[i] = pointers[i].Substring(prefix);
        }

        return relative;
    }
}
