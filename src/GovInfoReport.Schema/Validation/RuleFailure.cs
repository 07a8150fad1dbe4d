using System;
using System.ComponentModel;

namespace GovInfoReport.Schema.Validation;

/// <summary>
/// For generated code; not meant to be used directly. What a failed rule check knows when it fails (the values as
/// text, the slots it points at, the for-each variant), kept so that its two messages are formatted only when a
/// caller reads them: a verdict-only caller never pays for text it does not read.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RuleFailure
{
    private readonly ReportShape _shape;
    private readonly int _atCell;
    private readonly int _atObject;
    private readonly int _labelObject;
    private readonly Func<RuleFailure, bool, string> _message;

    internal RuleFailure(ReportShape shape, Func<RuleFailure, bool, string> message, int atCell, int atObject, int labelObject, int variant, string actual, string expected, string difference)
    {
        _shape = shape;
        _message = message;
        _atCell = atCell;
        _atObject = atObject;
        _labelObject = labelObject;
        Variant = variant;
        Actual = actual;
        Expected = expected;
        Difference = difference;
    }

    /// <summary>Which for-each variant of the rule failed (0 for a rule without <c>forEach</c>).</summary>
    public int Variant { get; }

    /// <summary>The left side's value, as text (<c>{actual}</c>).</summary>
    public string Actual { get; }

    /// <summary>The right side's value, as text (<c>{expected}</c>).</summary>
    public string Expected { get; }

    /// <summary>actual − expected, as text (<c>{difference}</c>).</summary>
    public string Difference { get; }

    /// <summary>The label of the object the rule was checked on (<c>{label}</c>).</summary>
    /// <param name="english">Whether the English label is wanted.</param>
    /// <returns>The label.</returns>
    public string Label(bool english) => ObjectLabel(_labelObject, english);

    /// <summary>The label of the cell (or object) the rule points at (<c>{cell}</c>).</summary>
    /// <param name="english">Whether the English label is wanted.</param>
    /// <returns>The label.</returns>
    public string Cell(bool english)
        => _atCell >= 0 ? (english ? _shape.CellLabelsEnglish[_atCell] : _shape.CellLabels[_atCell]) : ObjectLabel(_atObject, english);

    internal string Format(bool english) => _message(this, english);

    private string ObjectLabel(int objectIndex, bool english) => english ? _shape.ObjectLabelsEnglish[objectIndex] : _shape.ObjectLabels[objectIndex];
}
