namespace GovInfoReport.SchemaLanguage.Model;

/// <summary>One concrete comparison of a rule: the whole rule, or one unrolled for-each variant of it.</summary>
/// <param name="Left">The left side: the actual value.</param>
/// <param name="Operator">The comparison.</param>
/// <param name="Right">The right side: the expected value.</param>
/// <param name="At">The path of the cell (or object) an issue points at; empty for the declaring object.</param>
/// <param name="VariableProperty">The property the for-each variable stands for in this variant, if any.</param>
/// <param name="VariableLabel">That property's Chinese label, for <c>{name}</c> placeholders.</param>
/// <param name="VariableLabelEnglish">That property's English description, for English messages.</param>
/// <param name="Arithmetic">How the sides are computed: 64-bit, 128-bit or exact decimal arithmetic.</param>
/// <param name="Row">
/// For a variant of a <c>forEach</c> over an array, the path of its row (<c>lines</c>, <c>3</c>): the variant is checked
/// only when the payload's array has that row. Empty otherwise.
/// </param>
public sealed record AssertionModel(
    LinearExpression Left,
    ComparisonOperator Operator,
    LinearExpression Right,
    EquatableArray<string> At,
    string? VariableProperty,
    string? VariableLabel,
    string? VariableLabelEnglish,
    ArithmeticKind Arithmetic,
    EquatableArray<string> Row = default);
