namespace GovInfoReport.SchemaLanguage.Model;

/// <summary>
/// How an assertion is computed so that it never wraps and never throws. Chosen when the rule is bound, from the
/// widths of the cells it reads and its constants, and shared by the generated code and the interpreter.
/// </summary>
public enum ArithmeticKind
{
    /// <summary>
    /// 64-bit integers: every cell is an integer and the largest possible magnitude of each side (the cells' widths
    /// plus the constant) fits a <c>long</c>, so no sum can wrap.
    /// </summary>
    Int64,

    /// <summary>
    /// 128-bit integers: every cell is an integer but a side could exceed a <c>long</c> (64-bit cells, large constants).
    /// A side is bounded by 2^16 cells of 2^63 plus a constant below 2^96, far inside <c>Int128</c>.
    /// </summary>
    Int128,

    /// <summary>
    /// Exact decimals: a decimal cell or a fractional constant is involved. Each addition is checked to be exact; a
    /// sum that leaves the range of <c>decimal</c> (or would be rounded) makes the rule uncomputable, an issue of its own.
    /// </summary>
    Decimal,
}
