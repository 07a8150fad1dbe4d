using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace GovInfoReport.Schema.Validation;

/// <summary>
/// For generated code; not meant to be called directly. The engine behind generated validators: holds a report's
/// cells in fixed slots while one <see cref="Utf8JsonReader"/> pass reads them, checks each value's structural
/// constraints as it is read, and collects issues. Nothing is allocated unless an issue is found. Its members are
/// the contract generated code compiles against, pinned in PublicAPI.Shipped.txt: they change only with a major version.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref partial struct ReportReadContext
{
    private readonly ReportShape _shape;
    private readonly Span<long> _integers;
    private readonly Span<decimal> _numbers;
    private readonly Span<ulong> _valid;
    private readonly int _maxIssues;
    private readonly int _maxDepth;
    private List<ValidationIssue>? _issues;
    private int _errors;
    private int _warnings;
    private bool _truncated;
    private string?[]? _strings;
    private int _payloadOffset;

    /// <summary>Creates a context over caller-provided slot storage.</summary>
    /// <param name="shape">The schema's generated shape.</param>
    /// <param name="integers">One slot per cell: integer values (and string positions).</param>
    /// <param name="numbers">One slot per decimal cell.</param>
    /// <param name="valid">One bit per cell: set once the cell holds a structurally valid value. Must start cleared.</param>
    /// <param name="options">The limits.</param>
    public ReportReadContext(ReportShape shape, Span<long> integers, Span<decimal> numbers, Span<ulong> valid, ValidationOptions options)
    {
        _shape = shape;
        _integers = integers;
        _numbers = numbers;
        _valid = valid;
        _maxIssues = options.MaxIssues;
        _maxDepth = options.MaxDepth;
        _issues = null;
        _errors = 0;
        _warnings = 0;
        _truncated = false;
        _strings = null;
        _payloadOffset = 0;
        StructuralIssueCount = 0;
    }

    /// <summary>
    /// Decodes each string cell as it is read, into <paramref name="strings"/> (by cell slot), instead of keeping
    /// its position in the payload: for reading on a reader whose payload is not at hand (the serializer's). Each
    /// string is checked for valid UTF-8 and lone surrogates as it is decoded.
    /// </summary>
    /// <param name="strings">One slot per cell.</param>
    public void DecodeStringsInto(string?[] strings) => _strings = strings;

    /// <summary>Integer cell values, by cell slot.</summary>
    public readonly ReadOnlySpan<long> Integers => _integers;

    /// <summary>Decimal cell values, by decimal slot.</summary>
    public readonly ReadOnlySpan<decimal> Numbers => _numbers;

    /// <summary>How many structural (non-rule) issues were found; rules may skip validity checks when it is zero.</summary>
    public int StructuralIssueCount { get; private set; }

    /// <summary>Whether a cell holds a structurally valid value.</summary>
    /// <param name="cell">The cell slot.</param>
    /// <returns>Whether rules may read it.</returns>
    public readonly bool IsValid(int cell) => (_valid[cell >> 6] & (1UL << (cell & 63))) != 0;

    /// <summary>Checks the payload's size and encoding and reads its first token.</summary>
    /// <param name="utf8Json">The payload.</param>
    /// <param name="maxPayloadBytes">The size limit.</param>
    /// <param name="reader">The reader, positioned on the first token when this returns true.</param>
    /// <returns>Whether there is a JSON value to read.</returns>
    public bool Start(ReadOnlySpan<byte> utf8Json, int maxPayloadBytes, ref Utf8JsonReader reader)
    {
        // A byte order mark is not JSON but editors and Windows tools write one: skip it, as RFC 8259 allows parsers to.
        if (utf8Json.StartsWith(Utf8ByteOrderMark))
        {
            utf8Json = utf8Json.Slice(Utf8ByteOrderMark.Length);
            reader = new Utf8JsonReader(utf8Json, reader.CurrentState.Options);
            _payloadOffset = Utf8ByteOrderMark.Length;
        }

        if (utf8Json.Length > maxPayloadBytes)
        {
            AddStructural(PayloadIssues.TooLarge(utf8Json.Length, maxPayloadBytes));
            return false;
        }

        // Utf8JsonReader validates only what it unescapes; one vectorised scan makes the encoding check complete.
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            var offset = FirstInvalidUtf8(utf8Json);
            var (zh, en) = StructuralMessages.Encoding(offset);
            AddStructural(new ValidationIssue(IssueIds.JsonEncoding, IssueSeverity.Error, string.Empty, "UTF-8", "invalid byte sequence", zh, en) { BytePositionInLine = offset });
            return false;
        }

        // An escape of a lone surrogate (\uD800) is well-formed JSON but not text: decoding it (matching a property
        // name, reading a string) would throw InvalidOperationException, so find it before anything is decoded.
        if (HasSurrogateEscape(utf8Json) && FindLoneSurrogateEscape(utf8Json, _maxDepth) is var escape and >= 0)
        {
            var (zh, en) = StructuralMessages.LoneSurrogateEscape(escape);
            AddStructural(new ValidationIssue(IssueIds.JsonEncoding, IssueSeverity.Error, string.Empty, "UTF-16 text", "a lone surrogate", zh, en) { BytePositionInLine = escape });
            return false;
        }

        // On a payload without any token the reader throws instead of returning false, so look for one first.
        if (utf8Json.IndexOfAnyExcept(" \t\r\n"u8) < 0 || !reader.Read())
        {
            var (zh, en) = StructuralMessages.Empty();
            AddStructural(new ValidationIssue(IssueIds.JsonEmpty, IssueSeverity.Error, string.Empty, "a JSON object", "nothing", zh, en));
            return false;
        }

        return true;
    }

    /// <summary>The UTF-8 byte order mark, skipped at the start of every payload.</summary>
    internal static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Checks that nothing but white space follows the root value.</summary>
    /// <param name="reader">The reader, after the root value.</param>
    public readonly void Finish(ref Utf8JsonReader reader)
    {
        // Throws JsonException for trailing content, which the caller reports as a syntax issue.
        reader.Read();
    }

    /// <summary>Reports malformed JSON (or nesting past the limit) found by the reader.</summary>
    /// <param name="exception">The reader's exception.</param>
    /// <param name="reader">The reader at the point of failure.</param>
    public void ReportSyntax(JsonException exception, ref Utf8JsonReader reader)
    {
        var line = (exception.LineNumber ?? 0) + 1;
        var position = exception.BytePositionInLine ?? 0;
        var isDepth = reader.CurrentDepth >= _maxDepth - 1 && exception.Message.Contains("depth", StringComparison.OrdinalIgnoreCase);
        var (zh, en) = isDepth ? StructuralMessages.Depth(_maxDepth, line, position) : StructuralMessages.Syntax(exception.Message, line, position, reader.TokenType);
        AddStructural(new ValidationIssue(isDepth ? IssueIds.JsonDepth : IssueIds.JsonSyntax, IssueSeverity.Error, string.Empty,
            isDepth ? "at most " + _maxDepth.ToString(CultureInfo.InvariantCulture) + " levels" : "well-formed JSON", null, zh, en)
        { Line = line, BytePositionInLine = position });
    }

    /// <summary>Checks that the reader is on an object; otherwise reports the type and skips the value.</summary>
    /// <param name="reader">The reader, on a value.</param>
    /// <param name="objectIndex">The object slot expected here.</param>
    /// <returns>Whether the value is an object to read.</returns>
    public bool EnterObject(ref Utf8JsonReader reader, int objectIndex)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            MarkObjectPresent(objectIndex);
            return true;
        }

        var pointer = _shape.ObjectPointers[objectIndex];
        var actual = Describe(reader.TokenType);
        var (zh, en) = StructuralMessages.WrongType(_shape.ObjectLabels[objectIndex], PointerText(pointer), "an object", actual);
        AddStructural(new ValidationIssue(IssueIds.Type, IssueSeverity.Error, pointer, "object", actual, zh, en) { Keyword = "type" });
        reader.Skip();
        return false;
    }

    /// <summary>Reports a property the schema does not define and skips its value.</summary>
    /// <param name="reader">The reader, on the property name.</param>
    /// <param name="objectIndex">The object slot it appears in.</param>
    public void UnknownProperty(ref Utf8JsonReader reader, int objectIndex)
    {
        var name = reader.GetString() ?? string.Empty;
        var pointer = _shape.ObjectPointers[objectIndex] + "/" + EscapePointer(name);
        var (zh, en) = StructuralMessages.UnknownProperty(name, pointer);
        AddStructural(new ValidationIssue(IssueIds.UnknownProperty, IssueSeverity.Error, pointer, null, name, zh, en) { Keyword = "additionalProperties" });
        reader.Read();
        reader.Skip();
    }

    /// <summary>Reports a property that appears twice and skips the second value.</summary>
    /// <param name="reader">The reader, on the repeated property name.</param>
    /// <param name="objectIndex">The object slot it appears in.</param>
    /// <param name="name">The property name.</param>
    public void DuplicateProperty(ref Utf8JsonReader reader, int objectIndex, string name)
    {
        var pointer = _shape.ObjectPointers[objectIndex] + "/" + EscapePointer(name);
        var (zh, en) = StructuralMessages.DuplicateProperty(name, pointer);
        AddStructural(new ValidationIssue(IssueIds.DuplicateProperty, IssueSeverity.Error, pointer, null, name, zh, en));
        reader.Read();
        reader.Skip();
    }

    /// <summary>Reports a required property that is absent.</summary>
    /// <param name="objectIndex">The object slot that lacks it.</param>
    /// <param name="name">The property name.</param>
    /// <param name="label">The property's Chinese label.</param>
    public void MissingProperty(int objectIndex, string name, string label)
    {
        var pointer = _shape.ObjectPointers[objectIndex] + "/" + EscapePointer(name);
        var (zh, en) = StructuralMessages.Required(label, pointer);
        AddStructural(new ValidationIssue(IssueIds.Required, IssueSeverity.Error, pointer, name, null, zh, en) { Keyword = "required" });
    }

    /// <summary>Reads an integer cell, checking type, width and bounds.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="cell">The cell slot.</param>
    /// <param name="isInt64">Whether the cell is 64-bit (otherwise 32-bit).</param>
    /// <param name="minimum">The inclusive minimum, if any.</param>
    /// <param name="maximum">The inclusive maximum, if any.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ReadInteger(ref Utf8JsonReader reader, int cell, bool isInt64, long? minimum, long? maximum)
    {
        // Table cells are short plain counts: inlined at each call site, where the bounds are constants and fold
        // away, this costs a few instructions per cell. Anything else (a sign, a fraction, an exponent, a long
        // number, a value out of bounds, a wrong type) takes the full path, which reports it.
        if (reader.TokenType == JsonTokenType.Number && !reader.HasValueSequence && TryParseShortCount(reader.ValueSpan, out var value)
            && (minimum is not { } min || value >= min) && (maximum is not { } max || value <= max))
        {
            _integers[cell] = value;
            MarkValid(cell);
            return;
        }

        ReadIntegerFully(ref reader, cell, isInt64, minimum, maximum);
    }

    private void ReadIntegerFully(ref Utf8JsonReader reader, int cell, bool isInt64, long? minimum, long? maximum)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            WrongCellType(ref reader, cell, isInt64 ? "an integer" : "a 32-bit integer");
            return;
        }

        if (!TryGetInteger(ref reader, out var value, out var isFraction) || (!isInt64 && (value < int.MinValue || value > int.MaxValue)))
        {
            // Locals only: a lambda capturing a parameter would allocate its closure on the success path too.
            var text = RawNumber(ref reader);
            var expected = isInt64 ? "an integer" : "a 32-bit integer";
            var found = isFraction ? "a fraction (" + text + ")" : "out of range (" + text + ")";
            ReportCell("type", IssueIds.Type, cell, expected, text, (label, pointer) => StructuralMessages.WrongType(label, pointer, expected, found));
            return;
        }

        CheckInteger(cell, value, minimum, maximum);
    }

    /// <summary>Checks an integer cell's bounds and stores it (the typed path calls this directly).</summary>
    /// <param name="cell">The cell slot.</param>
    /// <param name="value">The value.</param>
    /// <param name="minimum">The inclusive minimum, if any.</param>
    /// <param name="maximum">The inclusive maximum, if any.</param>
    public void CheckInteger(int cell, long value, long? minimum, long? maximum)
    {
        if (WithinBounds(cell, value, minimum, maximum))
        {
            _integers[cell] = value;
            MarkValid(cell);
        }
    }

    /// <summary>Reads a decimal cell, checking type and bounds.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="cell">The cell slot.</param>
    /// <param name="number">The decimal slot.</param>
    /// <param name="minimum">The inclusive minimum, if any.</param>
    /// <param name="maximum">The inclusive maximum, if any.</param>
    public void ReadNumber(ref Utf8JsonReader reader, int cell, int number, decimal? minimum, decimal? maximum)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            WrongCellType(ref reader, cell, "a number");
            return;
        }

        if (!reader.TryGetDecimal(out var value))
        {
            var text = RawNumber(ref reader);
            ReportCell("type", IssueIds.Type, cell, "a number", text, (label, pointer) => StructuralMessages.WrongType(label, pointer, "a number", "out of range (" + text + ")"));
            return;
        }

        // TryGetDecimal rounds to 28 places and drops the sign of what rounds to zero: an amount is kept only if the
        // decimal is exactly what was printed. Most amounts print 0 to 2 places, so a short token skips the check.
        if (!IsShortPlainNumber(ref reader) && !IsExact(ref reader, value, out var isNegative))
        {
            var text = RawNumber(ref reader);
            if (isNegative && minimum is { } min && min >= 0m)
            {
                var bound = min.ToString(null, CultureInfo.InvariantCulture);
                ReportCell("minimum", IssueIds.Minimum, cell, "≥ " + bound, text, (label, pointer) => StructuralMessages.Minimum(label, pointer, bound, text));
                return;
            }

            ReportCell("type", IssueIds.Type, cell, "an exact decimal", "not exact as a decimal (" + text + ")",
                (label, pointer) => StructuralMessages.NotExactDecimal(label, pointer, text));
            return;
        }

        CheckNumber(cell, number, value, minimum, maximum);
    }

    /// <summary>Checks a decimal cell's bounds and stores it (the typed path calls this directly).</summary>
    /// <param name="cell">The cell slot.</param>
    /// <param name="number">The decimal slot.</param>
    /// <param name="value">The value.</param>
    /// <param name="minimum">The inclusive minimum, if any.</param>
    /// <param name="maximum">The inclusive maximum, if any.</param>
    public void CheckNumber(int cell, int number, decimal value, decimal? minimum, decimal? maximum)
    {
        if (WithinBounds(cell, value, minimum, maximum))
        {
            _numbers[number] = value;
            MarkValid(cell);
        }
    }

    /// <summary>Reads a boolean cell: stores 1 or 0.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="cell">The cell slot.</param>
    public void ReadBoolean(ref Utf8JsonReader reader, int cell)
    {
        if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
        {
            WrongCellType(ref reader, cell, "a boolean");
            return;
        }

        CheckBoolean(cell, reader.TokenType == JsonTokenType.True);
    }

    /// <summary>Stores a boolean cell (the typed path calls this directly).</summary>
    /// <param name="cell">The cell slot.</param>
    /// <param name="value">The value.</param>
    public void CheckBoolean(int cell, bool value)
    {
        _integers[cell] = value ? 1 : 0;
        MarkValid(cell);
    }

    /// <summary>Reads a string cell, checking type, allowed values, length and format.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="cell">The cell slot.</param>
    /// <param name="allowed">The allowed values, or null for any.</param>
    /// <param name="minLength">The minimum length in characters (Unicode code points), if any.</param>
    /// <param name="maxLength">The maximum length in characters (Unicode code points), if any.</param>
    /// <param name="isDate">Whether the value must be an ISO 8601 date (yyyy-MM-dd).</param>
    public void ReadString(ref Utf8JsonReader reader, int cell, string[]? allowed, int? minLength, int? maxLength, bool isDate)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongCellType(ref reader, cell, "a string");
            return;
        }

        if (_strings is not null)
        {
            ReadAndDecodeString(ref reader, cell, allowed, minLength, maxLength, isDate);
            return;
        }

        // The string itself is decoded only if the typed report is built; validation keeps where it stands.
        var position = reader.TokenStartIndex + 1;
        var escapedLength = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        _integers[cell] = (position << 32) | ((long)escapedLength << 1) | (reader.ValueIsEscaped ? 1L : 0L);
        if (allowed is null && minLength is null && maxLength is null && !isDate)
        {
            MarkValid(cell);
            return;
        }

        char[]? rented = null;
        var buffer = escapedLength <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(escapedLength));
        try
        {
            // An escaped string is decoded by the typed path's one-pass unescaper, so that both paths read it alike.
            var length = reader.ValueIsEscaped && !reader.HasValueSequence ? JsonStringUnescaper.TryUnescape(reader.ValueSpan, buffer) : reader.CopyString(buffer);
            if (length < 0)
            {
                InvalidText(ref reader, cell);
                return;
            }

            CheckString(cell, buffer.Slice(0, length), allowed, minLength, maxLength, isDate);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private void ReadAndDecodeString(ref Utf8JsonReader reader, int cell, string[]? allowed, int? minLength, int? maxLength, bool isDate)
    {
        // An escaped string is decoded here in one pass: the reader's GetString unescapes to UTF-8 in a rented buffer,
        // then transcodes that, which made decoding the typed path's largest cost on prose written as \uXXXX.
        var value = reader.ValueIsEscaped && !reader.HasValueSequence ? JsonStringUnescaper.TryUnescape(reader.ValueSpan) : GetStringOrNull(ref reader);
        if (value is null)
        {
            InvalidText(ref reader, cell);
            return;
        }

        _strings![cell] = value;
        if (allowed is null && minLength is null && maxLength is null && !isDate)
        {
            MarkValid(cell);
            return;
        }

        CheckString(cell, value, allowed, minLength, maxLength, isDate);
    }

    // Invalid UTF-8 or an escaped lone surrogate: decoding is where it shows.
    private void InvalidText(ref Utf8JsonReader reader, int cell)
    {
        var pointer = _shape.CellPointers[cell];
        var (zh, en) = StructuralMessages.InvalidText(_shape.CellLabels[cell], PointerText(pointer));
        AddStructural(new ValidationIssue(IssueIds.JsonEncoding, IssueSeverity.Error, pointer, "UTF-8 text", "invalid text", zh, en) { BytePositionInLine = reader.TokenStartIndex });
    }

    private static string? GetStringOrNull(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            // The reader decodes and checks in one go: invalid UTF-8 or an escaped lone surrogate is found here.
            return null;
        }
    }

    /// <summary>Checks a string cell (the typed path calls this directly).</summary>
    /// <param name="cell">The cell slot.</param>
    /// <param name="value">The value.</param>
    /// <param name="allowed">The allowed values, or null for any.</param>
    /// <param name="minLength">The minimum length in code points, if any.</param>
    /// <param name="maxLength">The maximum length in code points, if any.</param>
    /// <param name="isDate">Whether the value must be an ISO 8601 date.</param>
    public void CheckString(int cell, scoped ReadOnlySpan<char> value, string[]? allowed, int? minLength, int? maxLength, bool isDate)
    {
        if (allowed is not null && !Contains(allowed, value))
        {
            var list = string.Join(", ", Array.ConvertAll(allowed, a => "\"" + a + "\""));
            var actual = "\"" + value.ToString() + "\"";
            ReportCell("enum", IssueIds.Enum, cell, list, actual, (label, pointer) => StructuralMessages.Enum(label, pointer, list, actual));
            return;
        }

        // JSON Schema counts characters as code points: a character outside the BMP is one, not its two UTF-16 units.
        var codePoints = minLength is null && maxLength is null ? 0 : CountCodePoints(value);
        if (codePoints < minLength)
        {
            var min = minLength.Value;
            var length = codePoints;
            ReportCell("minLength", IssueIds.MinLength, cell, "≥ " + min.ToString(CultureInfo.InvariantCulture) + " characters", length.ToString(CultureInfo.InvariantCulture),
                (label, pointer) => StructuralMessages.MinLength(label, pointer, min, length));
            return;
        }

        if (codePoints > maxLength)
        {
            var max = maxLength.Value;
            var length = codePoints;
            ReportCell("maxLength", IssueIds.MaxLength, cell, "≤ " + max.ToString(CultureInfo.InvariantCulture) + " characters", length.ToString(CultureInfo.InvariantCulture),
                (label, pointer) => StructuralMessages.MaxLength(label, pointer, max, length));
            return;
        }

        if (isDate && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            var actual = "\"" + value.ToString() + "\"";
            ReportCell("format", IssueIds.Format, cell, "date (yyyy-MM-dd)", actual, (label, pointer) => StructuralMessages.Format(label, pointer, "date (yyyy-MM-dd)", actual));
            return;
        }

        MarkValid(cell);
    }

    /// <summary>Marks an object as present in the payload.</summary>
    /// <param name="objectIndex">The object slot.</param>
    public void MarkObjectPresent(int objectIndex) => MarkValid(_shape.CellPointers.Length + objectIndex);

    /// <summary>Whether an object was present in the payload (optional objects may be absent).</summary>
    /// <param name="objectIndex">The object slot.</param>
    /// <returns>Whether it was read.</returns>
    public readonly bool IsObjectPresent(int objectIndex) => IsValid(_shape.CellPointers.Length + objectIndex);

    /// <summary>Decodes a string cell the reader stored, from the payload it read.</summary>
    /// <param name="cell">The cell slot.</param>
    /// <param name="payload">The same payload that was read.</param>
    /// <returns>The unescaped string.</returns>
    public readonly string GetString(int cell, ReadOnlySpan<byte> payload)
    {
        if (_strings is not null)
        {
            return _strings[cell]!;
        }

        var packed = _integers[cell];
        var start = (int)(packed >> 32) + _payloadOffset;
        var length = (int)((packed >> 1) & int.MaxValue);
        var value = payload.Slice(start, length);
        return (packed & 1) == 0 ? Encoding.UTF8.GetString(value) : JsonStringUnescaper.Unescape(value);
    }

    /// <summary>Marks a cell as holding a valid value (for typed-path cells with no constraint).</summary>
    /// <param name="cell">The cell slot.</param>
    public void MarkValid(int cell) => _valid[cell >> 6] |= 1UL << (cell & 63);

    /// <summary>Records a failed rule.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="severity">Its severity.</param>
    /// <param name="pointer">The JSON Pointer of the cell or object the rule points at.</param>
    /// <param name="expected">The expected value, as text.</param>
    /// <param name="actual">The actual value, as text.</param>
    /// <param name="messageZh">The formatted Chinese message.</param>
    /// <param name="messageEn">The formatted English message.</param>
    public void ReportRule(string ruleId, IssueSeverity severity, string pointer, string? expected, string? actual, string messageZh, string messageEn)
        => Add(new ValidationIssue(ruleId, severity, pointer, expected, actual, messageZh, messageEn));

    /// <summary>
    /// Records a failed rule without formatting its messages: they are formatted from <paramref name="message"/>
    /// when a caller first reads them, so the verdict costs no text.
    /// </summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="severity">Its severity.</param>
    /// <param name="atCell">The cell the rule points at, or -1.</param>
    /// <param name="atObject">The object the rule points at when <paramref name="atCell"/> is -1.</param>
    /// <param name="labelObject">The object the rule was checked on (for <c>{label}</c>).</param>
    /// <param name="variant">The for-each variant that failed (0 without <c>forEach</c>).</param>
    /// <param name="expected">The expected value, as text.</param>
    /// <param name="actual">The actual value, as text.</param>
    /// <param name="difference">actual − expected, as text.</param>
    /// <param name="message">Formats the message in Chinese (false) or English (true); a static method, so no closure.</param>
    public void ReportRule(string ruleId, IssueSeverity severity, int atCell, int atObject, int labelObject, int variant, string expected, string actual, string difference, Func<RuleFailure, bool, string> message)
    {
        var pointer = atCell >= 0 ? _shape.CellPointers[atCell] : _shape.ObjectPointers[atObject];
        Add(new ValidationIssue(ruleId, severity, pointer, expected, actual, new RuleFailure(_shape, message, atCell, atObject, labelObject, variant, actual, expected, difference)));
    }

    /// <summary>The result: the shared clean result when nothing was found.</summary>
    /// <returns>The validation result.</returns>
    public readonly ValidationResult ToResult()
        => _issues is null ? ValidationResult.Clean : new ValidationResult(_issues, _errors, _warnings, _truncated);

    /// <summary>The JSON Pointer of a cell slot.</summary>
    /// <param name="cell">The cell slot.</param>
    /// <returns>The pointer.</returns>
    public readonly string CellPointer(int cell) => _shape.CellPointers[cell];

    /// <summary>The JSON Pointer of an object slot.</summary>
    /// <param name="objectIndex">The object slot.</param>
    /// <returns>The pointer.</returns>
    public readonly string ObjectPointer(int objectIndex) => _shape.ObjectPointers[objectIndex];

    /// <summary>The label of an object slot (for <c>{label}</c>).</summary>
    /// <param name="objectIndex">The object slot.</param>
    /// <param name="english">Whether the English label is wanted.</param>
    /// <returns>The label.</returns>
    public readonly string ObjectLabel(int objectIndex, bool english) => english ? _shape.ObjectLabelsEnglish[objectIndex] : _shape.ObjectLabels[objectIndex];

    /// <summary>The label of a cell slot (for <c>{cell}</c>).</summary>
    /// <param name="cell">The cell slot.</param>
    /// <param name="english">Whether the English label is wanted.</param>
    /// <returns>The label.</returns>
    public readonly string CellLabel(int cell, bool english) => english ? _shape.CellLabelsEnglish[cell] : _shape.CellLabels[cell];

    private bool WithinBounds<T>(int cell, T value, T? minimum, T? maximum)
        where T : struct, System.Numerics.INumber<T>
    {
        if (minimum is { } min && value < min)
        {
            var bound = min.ToString(null, CultureInfo.InvariantCulture);
            var actual = value.ToString(null, CultureInfo.InvariantCulture);
            ReportCell("minimum", IssueIds.Minimum, cell, "≥ " + bound, actual, (label, pointer) => StructuralMessages.Minimum(label, pointer, bound, actual));
            return false;
        }

        if (maximum is { } max && value > max)
        {
            var bound = max.ToString(null, CultureInfo.InvariantCulture);
            var actual = value.ToString(null, CultureInfo.InvariantCulture);
            ReportCell("maximum", IssueIds.Maximum, cell, "≤ " + bound, actual, (label, pointer) => StructuralMessages.Maximum(label, pointer, bound, actual));
            return false;
        }

        return true;
    }

    private void WrongCellType(ref Utf8JsonReader reader, int cell, string expected)
    {
        var actual = Describe(reader.TokenType);
        ReportCell("type", IssueIds.Type, cell, expected, actual, (label, pointer) => StructuralMessages.WrongType(label, pointer, expected, actual));
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.Skip();
        }
    }

    private void ReportCell(string keyword, string issueId, int cell, string expected, string actual, Func<string, string, (string Zh, string En)> describe)
    {
        var pointer = _shape.CellPointers[cell];
        if (_shape.TryClaimStructural(keyword, cell, expected, actual, StructuralMessages.ZhText(expected), StructuralMessages.ZhText(actual), out var ruleId, out var severity, out var claimedZh, out var claimedEn))
        {
            AddStructural(new ValidationIssue(ruleId, severity, pointer, expected, actual, claimedZh, claimedEn) { Keyword = keyword });
            return;
        }

        var (zh, en) = describe(_shape.CellLabels[cell], PointerText(pointer));
        AddStructural(new ValidationIssue(issueId, IssueSeverity.Error, pointer, expected, actual, zh, en) { Keyword = keyword });
    }

    private void AddStructural(ValidationIssue issue)
    {
        StructuralIssueCount++;
        Add(issue);
    }

    private void Add(ValidationIssue issue)
    {
        if (_truncated)
        {
            return;
        }

        _issues ??= new List<ValidationIssue>();
        if (_issues.Count >= _maxIssues)
        {
            var (zh, en) = StructuralMessages.Truncated(_maxIssues);
            _issues.Add(new ValidationIssue(IssueIds.Truncated, IssueSeverity.Error, string.Empty, null, null, zh, en));
            _errors++;
            _truncated = true;
            return;
        }

        _issues.Add(issue);
        if (issue.Severity == IssueSeverity.Error)
        {
            _errors++;
        }
        else
        {
            _warnings++;
        }
    }

    private static int CountCodePoints(ReadOnlySpan<char> value)
    {
        var count = value.Length;
        for (var i = 1; i < value.Length; i++)
        {
            if (char.IsLowSurrogate(value[i]) && char.IsHighSurrogate(value[i - 1]))
            {
                count--;
            }
        }

        return count;
    }

    private static bool Contains(string[] allowed, ReadOnlySpan<char> value)
    {
        foreach (var candidate in allowed)
        {
            if (value.SequenceEqual(candidate.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    // Up to nine digits and nothing else: within int's range whatever the cell's width. The reader has checked the
    // number's grammar (no leading zeros), so the digits alone are its value.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryParseShortCount(ReadOnlySpan<byte> digits, out long value)
    {
        value = 0;
        if (digits.Length > 9)
        {
            return false;
        }

        foreach (var digit in digits)
        {
            var d = (uint)(digit - '0');
            if (d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    private static bool TryGetInteger(ref Utf8JsonReader reader, out long value, out bool isFraction)
    {
        isFraction = false;
        if (reader.TryGetInt64(out value))
        {
            return true;
        }

        // JSON Schema (draft 6 on) counts any number with a zero fractional part as an integer: 1.0 and 1e2 too. Decided
        // on the printed digits: TryGetDecimal would round 1e-400 or 0.00…01 to an integral 0.
        var exact = ExactNumber.Parse(NumberBytes(ref reader));
        if (!exact.IsInteger)
        {
            isFraction = true;
            return false;
        }

        if (reader.TryGetDecimal(out var number) && exact.Equals(number) && number >= long.MinValue && number <= long.MaxValue)
        {
            value = (long)number;
            return true;
        }

        return false;
    }

    private static bool IsShortPlainNumber(ref Utf8JsonReader reader)
        => !reader.HasValueSequence && reader.ValueSpan.Length <= 16 && reader.ValueSpan.IndexOfAny((byte)'e', (byte)'E') < 0;

    private static bool IsExact(ref Utf8JsonReader reader, decimal value, out bool isNegative)
    {
        var exact = ExactNumber.Parse(NumberBytes(ref reader));
        isNegative = exact.IsNegative && !exact.IsZero;
        return exact.Equals(value);
    }

    // A number split across buffers (only when reading a stream) is copied; a long number is already an issue.
    private static ReadOnlySpan<byte> NumberBytes(ref Utf8JsonReader reader)
        => reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;

    private static string RawNumber(ref Utf8JsonReader reader)
        => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray());

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static string PointerText(string pointer) => pointer.Length == 0 ? "/" : pointer;

    private static string EscapePointer(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    // A cheap filter for the exact check below: a surrogate escape is a backslash, 'u', 'D' or 'd', then 8-f.
    // One vectorised pass for both cases, testing the backslash and the D two bytes on at once; searching for every
    // "\u" would stop at each character of prose: System.Text.Json escapes all Chinese text as \uXXXX by default.
    private static bool HasSurrogateEscape(ReadOnlySpan<byte> utf8Json)
    {
        // Vector<byte> is as wide as the processor allows (32 bytes with AVX2, 16 on the x64 baseline a native AOT
        // build targets): without a vector pass the byte-wise check below walks the whole payload, which took a third
        // of a batch validate's processor time. Two vectors a step, whose tests do not wait on each other: a payload
        // validated in 19.15 instead of 19.85 µs natively compiled (the library loop, four alternating pairs), 15.77
        // instead of 15.97 µs JIT-compiled (three pairs; 28 Nov 2026).
        var i = 0;
        if (Vector.IsHardwareAccelerated && utf8Json.Length >= Vector<byte>.Count + 2)
        {
            ref var start = ref MemoryMarshal.GetReference(utf8Json);
            var step = Vector<byte>.Count;
            var backslash = new Vector<byte>((byte)'\\');
            var letterD = new Vector<byte>((byte)'d');
            for (; i <= utf8Json.Length - (2 * step) - 2; i += 2 * step)
            {
                if ((SurrogateEscapeCandidates(ref start, i, backslash, letterD) | SurrogateEscapeCandidates(ref start, i + step, backslash, letterD)) != Vector<byte>.Zero
                    && HasSurrogateEscapeAt(utf8Json, i, i + (2 * step)))
                {
                    return true;
                }
            }

            for (; i <= utf8Json.Length - step - 2; i += step)
            {
                if (SurrogateEscapeCandidates(ref start, i, backslash, letterD) != Vector<byte>.Zero && HasSurrogateEscapeAt(utf8Json, i, i + step))
                {
                    return true;
                }
            }
        }

        return HasSurrogateEscapeAt(utf8Json, i, utf8Json.Length);
    }

    // The bytes at `at` that are a backslash with a D or d two bytes on (the caller leaves room for the second load);
    // 0x20 makes a D lower case.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<byte> SurrogateEscapeCandidates(ref byte start, int at, Vector<byte> backslash, Vector<byte> letterD)
        => Vector.Equals(Vector.LoadUnsafe(ref start, (nuint)at), backslash)
            & Vector.Equals(Vector.LoadUnsafe(ref start, (nuint)(at + 2)) | new Vector<byte>((byte)0x20), letterD);

    private static bool HasSurrogateEscapeAt(ReadOnlySpan<byte> utf8Json, int from, int to)
    {
        for (var i = from; i < to && i + 3 < utf8Json.Length; i++)
        {
            if (utf8Json[i] == (byte)'\\' && utf8Json[i + 1] == (byte)'u' && (utf8Json[i + 2] | 0x20) == 'd'
                && (utf8Json[i + 3] is (byte)'8' or (byte)'9' || (utf8Json[i + 3] | 0x20) is >= 'a' and <= 'f'))
            {
                return true;
            }
        }

        return false;
    }

    private static long FindLoneSurrogateEscape(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        char[]? rented = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName) || !reader.ValueIsEscaped)
                {
                    continue;
                }

                var length = reader.ValueSpan.Length; // a reader over a span has no value sequences
                if (rented is null || rented.Length < length)
                {
                    if (rented is not null)
                    {
                        ArrayPool<char>.Shared.Return(rented);
                    }

                    rented = ArrayPool<char>.Shared.Rent(Math.Max(length, 256));
                }

                // The payload is valid UTF-8 by now: text the unescaper refuses holds a lone surrogate.
                if (JsonStringUnescaper.TryUnescape(reader.ValueSpan, rented) < 0)
                {
                    return reader.TokenStartIndex;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: the validation pass reports it where it is; escapes before it were fine.
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }

        return -1;
    }

    private static long FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0L;
        Span<char> chars = stackalloc char[256];
        while (true)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status != OperationStatus.DestinationTooSmall)
            {
                return offset;
            }

            bytes = bytes.Slice(read);
        }
    }
}
