using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using GovInfoReport.SchemaLanguage.Diagnostics;

namespace GovInfoReport.SchemaLanguage.Json;

/// <summary>
/// Reads JSON text (RFC 8259, no comments, no trailing commas) into a located syntax tree. It reports the first
/// syntax error as a diagnostic instead of throwing, and bounds nesting and size so hostile input costs little.
/// </summary>
public sealed class JsonSyntaxParser
{
    /// <summary>The deepest nesting of arrays and objects accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest text accepted, in characters.</summary>
    public const int MaxLength = 4 * 1024 * 1024;

    private readonly string _text;
    private readonly LineMap _lines;
    private readonly List<SchemaDiagnostic> _diagnostics;
    private int _position;

    private JsonSyntaxParser(string text, LineMap lines, List<SchemaDiagnostic> diagnostics)
    {
        _text = text;
        _lines = lines;
        _diagnostics = diagnostics;
    }

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">The JSON text.</param>
    /// <param name="lines">The line map of <paramref name="text"/>.</param>
    /// <param name="diagnostics">Receives syntax errors and duplicate keys.</param>
    /// <returns>The root value, or null when the text is not valid JSON.</returns>
    public static JsonSyntaxNode? Parse(string text, LineMap lines, List<SchemaDiagnostic> diagnostics)
    {
        if (text.Length > MaxLength)
        {
            diagnostics.Add(SchemaDiagnosticCatalog.LimitExceeded.At(lines.Locate(0, 0), $"the file has {text.Length} characters, more than {MaxLength}"));
            return null;
        }

        var parser = new JsonSyntaxParser(text, lines, diagnostics);
        try
        {
            // A leading byte-order mark is how many editors save UTF-8; it is not part of the JSON.
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                parser._position = 1;
            }

            parser.SkipWhitespace();
            var root = parser.ParseValue(0);
            parser.SkipWhitespace();
            if (parser._position < text.Length)
            {
                throw parser.Error("unexpected text after the end of the JSON value");
            }

            return root;
        }
        catch (SyntaxError error)
        {
            var descriptor = error.IsLimit ? SchemaDiagnosticCatalog.LimitExceeded : SchemaDiagnosticCatalog.InvalidJson;
            diagnostics.Add(descriptor.At(lines.Locate(error.Offset, 1), error.Message));
            return null;
        }
    }

    private JsonSyntaxNode ParseValue(int depth)
    {
        if (_position >= _text.Length)
        {
            throw Error("the text ends where a value was expected");
        }

        switch (_text[_position])
        {
            case '{':
                return ParseObject(depth + 1);
            case '[':
                return ParseArray(depth + 1);
            case '"':
                var start = _position;
                var text = ParseString();
                return JsonSyntaxNode.Scalar(JsonSyntaxKind.String, Locate(start), text);
            case 't':
                return ParseLiteral("true", JsonSyntaxKind.Boolean);
            case 'f':
                return ParseLiteral("false", JsonSyntaxKind.Boolean);
            case 'n':
                return ParseLiteral("null", JsonSyntaxKind.Null);
            default:
                var c = _text[_position];
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ParseNumber();
                }

                throw Error($"unexpected character {Describe(c)} where a value was expected");
        }
    }

    private JsonSyntaxNode ParseObject(int depth)
    {
        CheckDepth(depth);
        var start = _position++;
        var properties = new List<JsonSyntaxProperty>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return JsonSyntaxNode.Object(Locate(start), properties);
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("expected a property name in double quotes");
            }

            var nameStart = _position;
            var name = ParseString();
            var nameLocation = Locate(nameStart);
            SkipWhitespace();
            Expect(':', "expected ':' after the property name");
            SkipWhitespace();
            var value = ParseValue(depth);
            if (!seen.Add(name))
            {
                _diagnostics.Add(SchemaDiagnosticCatalog.DuplicateKey.At(nameLocation, name));
            }

            properties.Add(new JsonSyntaxProperty(name, nameLocation, value));
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == '}')
            {
                return JsonSyntaxNode.Object(Locate(start), properties);
            }

            if (next != ',')
            {
                _position--;
                throw Error("expected ',' or '}' after a property value");
            }
        }
    }

    private JsonSyntaxNode ParseArray(int depth)
    {
        CheckDepth(depth);
        var start = _position++;
        var items = new List<JsonSyntaxNode>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return JsonSyntaxNode.Array(Locate(start), items);
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ParseValue(depth));
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == ']')
            {
                return JsonSyntaxNode.Array(Locate(start), items);
            }

            if (next != ',')
            {
                _position--;
                throw Error("expected ',' or ']' after an array item");
            }
        }
    }

    private string ParseString()
    {
        _position++;
        StringBuilder? builder = null;
        var runStart = _position;
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("the text ends inside a string");
            }

            var c = _text[_position];
            if (c == '"')
            {
                var run = _text.Substring(runStart, _position - runStart);
                _position++;
                return builder is null ? run : builder.Append(run).ToString();
            }

            if (c < ' ')
            {
                throw Error($"control character {Describe(c)} inside a string must be escaped");
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            builder ??= new StringBuilder();
            builder.Append(_text, runStart, _position - runStart);
            _position++;
            if (_position >= _text.Length)
            {
                throw Error("the text ends inside an escape sequence");
            }

            var escape = _text[_position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length
                        || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("'\\u' must be followed by four hexadecimal digits");
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    _position--;
                    throw Error($"unknown escape sequence '\\{escape}'");
            }

            runStart = _position;
        }
    }

    private JsonSyntaxNode ParseNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
        }
        else if (!ReadDigits())
        {
            throw Error("expected a digit");
        }

        if (Peek() == '.')
        {
            _position++;
            if (!ReadDigits())
            {
                throw Error("expected a digit after the decimal point");
            }
        }

        if (Peek() == 'e' || Peek() == 'E')
        {
            _position++;
            if (Peek() == '+' || Peek() == '-')
            {
                _position++;
            }

            if (!ReadDigits())
            {
                throw Error("expected a digit in the exponent");
            }
        }

        return JsonSyntaxNode.Scalar(JsonSyntaxKind.Number, Locate(start), _text.Substring(start, _position - start));
    }

    private bool ReadDigits()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }

        return _position > start;
    }

    private JsonSyntaxNode ParseLiteral(string literal, JsonSyntaxKind kind)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw Error($"unexpected character {Describe(_text[_position])} where a value was expected");
        }

        var start = _position;
        _position += literal.Length;
        return JsonSyntaxNode.Scalar(kind, Locate(start), literal);
    }

    private void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            // A limit of the schema language (GIR0007), not malformed JSON.
            throw new SyntaxError($"objects and arrays are nested more than {MaxDepth} deep", _position) { IsLimit = true };
        }
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            {
                return;
            }

            _position++;
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void Expect(char expected, string message)
    {
        if (Peek() != expected)
        {
            throw Error(message);
        }

        _position++;
    }

    private TextLocation Locate(int start) => _lines.Locate(start, _position - start);

    private SyntaxError Error(string message) => new(message, _position);

    private static string Describe(char c) => c < ' ' || c > '~'
        ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
        : "'" + c + "'";

    // Control flow for the first syntax error only; never escapes Parse.
    private sealed class SyntaxError(string message, int offset) : Exception(message)
    {
        public int Offset { get; } = offset;

        public bool IsLimit { get; init; }
    }
}
