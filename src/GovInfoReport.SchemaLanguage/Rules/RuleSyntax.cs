using System.Collections.Generic;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.SchemaLanguage.Rules;

/// <summary>The syntax tree of an <c>assert</c> expression (see docs/rules.md for the grammar).</summary>
public abstract record RuleSyntax(int Offset);

/// <summary>A comparison: the whole assertion.</summary>
/// <param name="Left">The actual side.</param>
/// <param name="Operator">The comparison.</param>
/// <param name="Right">The expected side.</param>
/// <param name="Offset">Offset of the operator in the expression.</param>
public sealed record ComparisonSyntax(RuleSyntax Left, ComparisonOperator Operator, RuleSyntax Right, int Offset) : RuleSyntax(Offset);

/// <summary><c>left + right</c> or <c>left - right</c>.</summary>
/// <param name="Left">The left operand.</param>
/// <param name="IsSubtraction">Whether the operator is −.</param>
/// <param name="Right">The right operand.</param>
/// <param name="Offset">Offset of the operator.</param>
public sealed record BinarySyntax(RuleSyntax Left, bool IsSubtraction, RuleSyntax Right, int Offset) : RuleSyntax(Offset);

/// <summary><c>-operand</c>.</summary>
/// <param name="Operand">The negated operand.</param>
/// <param name="Offset">Offset of the minus sign.</param>
public sealed record NegationSyntax(RuleSyntax Operand, int Offset) : RuleSyntax(Offset);

/// <summary>A non-negative number literal.</summary>
/// <param name="Value">Its value.</param>
/// <param name="Offset">Its offset.</param>
public sealed record NumberSyntax(decimal Value, int Offset) : RuleSyntax(Offset);

/// <summary><c>sum(path)</c>: the total of every cell the path (which may hold <c>*</c>) selects.</summary>
/// <param name="Path">The summed path.</param>
/// <param name="Offset">Offset of <c>sum</c>.</param>
public sealed record SumSyntax(PathSyntax Path, int Offset) : RuleSyntax(Offset);

/// <summary>A dotted property path relative to the object the rule is declared on.</summary>
/// <param name="Segments">Its segments.</param>
/// <param name="Offset">Offset of the first segment.</param>
public sealed record PathSyntax(IReadOnlyList<PathSegmentSyntax> Segments, int Offset) : RuleSyntax(Offset)
{
    /// <summary>The path as written.</summary>
    public string Text => string.Join(".", System.Linq.Enumerable.Select(Segments, s => s.Text));
}

/// <summary>The kind of a path segment.</summary>
public enum PathSegmentKind
{
    /// <summary>A property name.</summary>
    Name,

    /// <summary><c>$name</c>: the current property of a for-each.</summary>
    Variable,

    /// <summary><c>*</c>: every property of the object (only inside <c>sum</c>).</summary>
    Wildcard,
}

/// <summary>One segment of a path.</summary>
/// <param name="Kind">Name, variable or wildcard.</param>
/// <param name="Name">The property or variable name (without <c>$</c>); <c>*</c> for wildcards.</param>
/// <param name="Offset">Offset of the segment.</param>
public sealed record PathSegmentSyntax(PathSegmentKind Kind, string Name, int Offset)
{
    /// <summary>The segment as written.</summary>
    public string Text => Kind switch
    {
        PathSegmentKind.Variable => "$" + Name,
        _ => Name,
    };
}
