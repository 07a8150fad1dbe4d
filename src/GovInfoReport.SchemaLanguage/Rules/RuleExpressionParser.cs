using System.Collections.Generic;
using System.Globalization;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.SchemaLanguage.Rules;

/// <summary>
/// Parses <c>assert</c> expressions. Grammar (docs/rules.md):
/// <code>
/// assertion  = additive comparator additive
/// comparator = "==" | "!=" | "&lt;=" | "&gt;=" | "&lt;" | "&gt;"
/// additive   = unary { ("+" | "-") unary }
/// unary      = [ "-" ] primary
/// primary    = number | "sum" "(" path ")" | path | "(" additive ")"
/// path       = segment { "." segment }
/// segment    = identifier | "$" identifier | "*"
/// </code>
/// </summary>
public sealed class RuleExpressionParser
{
    /// <summary>The longest expression accepted, in characters.</summary>
    public const int MaxLength = 4000;

    private const int MaxNesting = 32;

    private readonly string _text;
    private int _position;
    private int _nesting;

    private RuleExpressionParser(string text) => _text = text;

    /// <summary>Parses an assertion.</summary>
    /// <param name="text">The expression text.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="RuleSyntaxException">The text is not an assertion; the exception carries the offset.</exception>
    public static ComparisonSyntax ParseAssertion(string text)
    {
        if (text.Length > MaxLength)
        {
            throw new RuleSyntaxException($"the expression is longer than {MaxLength} characters", MaxLength);
        }

        var parser = new RuleExpressionParser(text);
        var left = parser.ParseAdditive();
        parser.SkipSpaces();
        var operatorOffset = parser._position;
        var comparison = parser.ReadComparator()
            ?? throw new RuleSyntaxException(parser.AtEnd
                ? "the expression ends without a comparison (==, !=, <, <=, >, >=)"
                : $"expected a comparison (==, !=, <, <=, >, >=) or + or -, found {parser.Describe()}", operatorOffset);
        var right = parser.ParseAdditive();
        parser.SkipSpaces();
        if (!parser.AtEnd)
        {
            throw new RuleSyntaxException(parser.ReadComparatorLookahead()
                ? "an assertion has exactly one comparison"
                : $"unexpected {parser.Describe()} after the expression", parser._position);
        }

        return new ComparisonSyntax(left, comparison, right, operatorOffset);
    }

    /// <summary>Parses a plain path (no wildcards, no variables), as used by <c>forEach.in</c>.</summary>
    /// <param name="text">The path text.</param>
    /// <returns>The path.</returns>
    /// <exception cref="RuleSyntaxException">The text is not a path.</exception>
    public static PathSyntax ParsePath(string text)
    {
        var parser = new RuleExpressionParser(text);
        parser.SkipSpaces();
        var path = parser.ParsePathSyntax();
        parser.SkipSpaces();
        if (!parser.AtEnd)
        {
            throw new RuleSyntaxException($"unexpected {parser.Describe()} after the path", parser._position);
        }

        return path;
    }

    private bool AtEnd => _position >= _text.Length;

    private RuleSyntax ParseAdditive()
    {
        var left = ParseUnary();
        while (true)
        {
            SkipSpaces();
            if (AtEnd || (_text[_position] != '+' && _text[_position] != '-'))
            {
                return left;
            }

            var offset = _position;
            var isSubtraction = _text[_position++] == '-';
            var right = ParseUnary();
            left = new BinarySyntax(left, isSubtraction, right, offset);
        }
    }

    private RuleSyntax ParseUnary()
    {
        SkipSpaces();
        if (!AtEnd && _text[_position] == '-')
        {
            var offset = _position++;
            return new NegationSyntax(ParsePrimary(), offset);
        }

        return ParsePrimary();
    }

    private RuleSyntax ParsePrimary()
    {
        SkipSpaces();
        if (AtEnd)
        {
            throw new RuleSyntaxException("the expression ends where an operand was expected", _position);
        }

        var c = _text[_position];
        if (c >= '0' && c <= '9')
        {
            return ParseNumber();
        }

        if (c == '(')
        {
            var open = _position++;
            if (++_nesting > MaxNesting)
            {
                throw new RuleSyntaxException($"parentheses are nested more than {MaxNesting} deep", open);
            }

            var inner = ParseAdditive();
            SkipSpaces();
            if (AtEnd || _text[_position] != ')')
            {
                throw new RuleSyntaxException("missing ')' for the '(' at column " + (open + 1).ToString(CultureInfo.InvariantCulture), _position);
            }

            _position++;
            _nesting--;
            return inner;
        }

        if (IsIdentifierStart(c) || c == '$' || c == '*')
        {
            var start = _position;
            if (IsIdentifierStart(c))
            {
                var word = ReadIdentifier();
                var afterWord = _position;
                SkipSpaces();
                if (word == "sum" && !AtEnd && _text[_position] == '(')
                {
                    _position++;
                    SkipSpaces();
                    var path = ParsePathSyntax();
                    SkipSpaces();
                    if (AtEnd || _text[_position] != ')')
                    {
                        throw new RuleSyntaxException("missing ')' after the path of sum(", _position);
                    }

                    _position++;
                    return new SumSyntax(path, start);
                }

                _position = afterWord;
            }

            _position = start;
            return ParsePathSyntax();
        }

        throw new RuleSyntaxException($"expected a cell path, a number, sum( or '(', found {Describe()}", _position);
    }

    private PathSyntax ParsePathSyntax()
    {
        var start = _position;
        var segments = new List<PathSegmentSyntax>();
        while (true)
        {
            if (AtEnd)
            {
                throw new RuleSyntaxException("the expression ends where a property name was expected", _position);
            }

            var offset = _position;
            var c = _text[_position];
            if (c == '*')
            {
                _position++;
                segments.Add(new PathSegmentSyntax(PathSegmentKind.Wildcard, "*", offset));
            }
            else if (c == '$')
            {
                _position++;
                if (AtEnd || !IsIdentifierStart(_text[_position]))
                {
                    throw new RuleSyntaxException("'$' must be followed by a variable name", _position);
                }

                segments.Add(new PathSegmentSyntax(PathSegmentKind.Variable, ReadIdentifier(), offset));
            }
            else if (IsIdentifierStart(c))
            {
                segments.Add(new PathSegmentSyntax(PathSegmentKind.Name, ReadIdentifier(), offset));
            }
            else
            {
                throw new RuleSyntaxException($"expected a property name, found {Describe()}", _position);
            }

            if (AtEnd || _text[_position] != '.')
            {
                return new PathSyntax(segments, start);
            }

            _position++;
        }
    }

    private NumberSyntax ParseNumber()
    {
        var start = _position;
        while (!AtEnd && (char.IsDigit(_text[_position]) || _text[_position] == '.'))
        {
            _position++;
        }

        var literal = _text.Substring(start, _position - start);
        if (literal.EndsWith(".", System.StringComparison.Ordinal) || literal.IndexOf('.') != literal.LastIndexOf('.') || !IsAsciiDigits(literal))
        {
            throw new RuleSyntaxException($"'{literal}' is not a number", start);
        }

        // decimal.TryParse rounds a 30th decimal place away and silently; a rule's numbers must be exact.
        if (!ExactDecimal.IsExact(literal))
        {
            throw new RuleSyntaxException($"the number '{literal}' is out of range: rule arithmetic is exact, with at most 28 decimal places and a magnitude up to 79228162514264337593543950335", start);
        }

        if (!AtEnd && IsIdentifierStart(_text[_position]))
        {
            throw new RuleSyntaxException("a property name cannot start with a digit", start);
        }

        return new NumberSyntax(decimal.Parse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), start);
    }

    private static bool IsAsciiDigits(string literal)
    {
        foreach (var c in literal)
        {
            if (c is not ((>= '0' and <= '9') or '.'))
            {
                return false;
            }
        }

        return literal.Length > 0 && literal[0] != '.';
    }

    private ComparisonOperator? ReadComparator()
    {
        if (AtEnd)
        {
            return null;
        }

        var two = _position + 1 < _text.Length ? _text.Substring(_position, 2) : string.Empty;
        switch (two)
        {
            case "==": _position += 2; return ComparisonOperator.Equal;
            case "!=": _position += 2; return ComparisonOperator.NotEqual;
            case "<=": _position += 2; return ComparisonOperator.LessOrEqual;
            case ">=": _position += 2; return ComparisonOperator.GreaterOrEqual;
        }

        switch (_text[_position])
        {
            case '<': _position++; return ComparisonOperator.Less;
            case '>': _position++; return ComparisonOperator.Greater;
            default: return null;
        }
    }

    private bool ReadComparatorLookahead()
    {
        var c = _text[_position];
        return c == '<' || c == '>' || c == '=' || c == '!';
    }

    private string ReadIdentifier()
    {
        var start = _position;
        while (!AtEnd && (IsIdentifierStart(_text[_position]) || char.IsDigit(_text[_position])))
        {
            _position++;
        }

        return _text.Substring(start, _position - start);
    }

    private void SkipSpaces()
    {
        while (!AtEnd && (_text[_position] == ' ' || _text[_position] == '\t'))
        {
            _position++;
        }
    }

    private string Describe()
    {
        if (AtEnd)
        {
            return "the end of the expression";
        }

        var c = _text[_position];
        return c < ' ' || c > '~' ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : "'" + c + "'";
    }

    private static bool IsIdentifierStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
