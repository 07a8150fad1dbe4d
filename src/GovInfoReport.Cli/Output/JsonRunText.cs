using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using GovInfoReport.Cli.Buffers;
using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// The long, uniform arrays of an extraction result (some 200 provenance entries and 50 notes per report, four fifths
/// of its tokens) written as text, as <see cref="Utf8JsonWriter"/> writes them with the same options: the writer's
/// per-token work (state checks, a size estimate, separators and indentation worked out anew) was a third of the
/// time spent rendering a result. The writer takes the text as one raw value (validate's results, IssueResultText, are
/// the same kind of text). Strings are tested for escapes by the encoder, as the writer tests them, and transcoded
/// once; the ASCII characters the encoder escapes (quotes, line breaks, control characters) are written as the writer
/// writes each of them, from a table the writer made; any other string (text the encoder escapes outside ASCII,
/// invalid UTF-16) is escaped by a <see cref="Utf8JsonWriter"/>, so escaping is decided in one place. The text of an
/// instance that recurs report after report (a layout's pointer, a shared line location) is kept and copied
/// (<see cref="Shared"/>, <see cref="WrittenTexts"/>). JsonRunTextTests, ExtractionJsonWriterTests and
/// BatchOutputEqualityTests hold the text to the writer's.
/// </summary>
internal sealed class JsonRunText
{
    // The deepest line the arrays have (a provenance entry's inferredWith items, in a document's array): the line breaks
    // and indentation up to it are made once.
    private const int DeepestLine = 16;

    // Room for any location but one with extreme coordinates (those are written from ToString).
    private const int LocationRoom = 160;

    private readonly ArrayBufferWriter<byte> _escaped = new(1024);

    // Made when first used: a text that writes no shared instances (validate's results) does not carry the table.
    private WrittenTexts? _kept;
    private readonly byte[][] _lines = new byte[DeepestLine + 1][];
    private readonly byte[][] _nextLines = new byte[DeepestLine + 1][];
    // Rented from the rendered pieces' pool, so that a finished text can be handed over as the piece itself (Detach).
    private byte[] _text = RenderedPieces.Pool.Rent(64 * 1024);
    private int _length;
    private readonly Utf8JsonWriter _escaper;
    private readonly JavaScriptEncoder _encoder;

    // The writer's text for each ASCII character inside a string, where it escapes the character (null where it writes
    // the character as it is): asked of the writer itself, so escaping still exists once. A string that needs only
    // these (prose with line breaks, an English message with quotes) is escaped here without the writer's per-character
    // work on its UTF-16 text, which was most of the time spent on such strings.
    private readonly byte[]?[] _asciiEscapes = new byte[]?[128];
    private readonly byte[] _newLine;
    private readonly byte _indentCharacter;
    private readonly int _indentSize;
    private readonly bool _indented;

    /// <summary>Text written with the formatting of <paramref name="options"/>.</summary>
    public JsonRunText(JsonWriterOptions options)
    {
        _encoder = options.Encoder as JavaScriptEncoder ?? JavaScriptEncoder.Default;
        _escaper = new Utf8JsonWriter(_escaped, new JsonWriterOptions { Encoder = options.Encoder, SkipValidation = true });
        _indented = options.Indented;
        _newLine = [.. System.Text.Encoding.UTF8.GetBytes(options.NewLine)];
        _indentCharacter = (byte)options.IndentCharacter;
        _indentSize = options.IndentSize;
        Options = options;
        for (var depth = 0; depth <= DeepestLine; depth++)
        {
            var line = new byte[_indented ? _newLine.Length + (depth * _indentSize) : 0];
            if (_indented)
            {
                _newLine.CopyTo(line, 0);
                line.AsSpan(_newLine.Length).Fill(_indentCharacter);
            }

            _lines[depth] = line;
            _nextLines[depth] = [(byte)',', .. line];
        }

        Span<char> character = stackalloc char[1];
        for (var c = 0; c < _asciiEscapes.Length; c++)
        {
            character[0] = (char)c;
            Alone().WriteStringValue(character);
            _escaper.Flush();
            var text = _escaped.WrittenSpan[1..^1]; // between the quotes
            _asciiEscapes[c] = text.Length == 1 && text[0] == c ? null : text.ToArray();
        }
    }

    /// <summary>How many strings were escaped by the writer (text it escapes outside ASCII, invalid UTF-16) rather than here.</summary>
    internal int EscapedByWriter { get; private set; }

    /// <summary>The options the text follows.</summary>
    public JsonWriterOptions Options { get; }

    /// <summary>The text written since <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> Written => _text.AsSpan(0, _length);

    /// <summary>Starts a new text.</summary>
    public void Reset() => _length = 0;

    /// <summary>
    /// Hands the text written since <see cref="Reset"/> over in its own buffer, which the rendered pieces' pool gets back
    /// once the piece is written, and starts a new text in a buffer of that pool as large: an extraction result (74-111
    /// KB) goes to the ordered writer without a copy.
    /// </summary>
    public PooledBytes Detach()
    {
        var piece = new PooledBytes(_text, _length, RenderedPieces.Pool);
        _text = RenderedPieces.Pool.Rent(_text.Length);
        _length = 0;
        return piece;
    }

    /// <summary>Whether the text follows <paramref name="options"/> (what its formatting depends on).</summary>
    public bool Follows(JsonWriterOptions options)
        => options.Indented == _indented && options.IndentSize == _indentSize && options.IndentCharacter == _indentCharacter
            && options.NewLine == Options.NewLine && ReferenceEquals(options.Encoder, Options.Encoder);

    /// <summary>A property name as it is written before its value under <paramref name="options"/>: quoted, a colon, and a space when indented.</summary>
    public static byte[] PropertyPrefix(JsonWriterOptions options, JsonEncodedText name)
    {
        var encoded = name.EncodedUtf8Bytes;
        var prefix = new byte[encoded.Length + (options.Indented ? 4 : 3)];
        prefix[0] = (byte)'"';
        encoded.CopyTo(prefix.AsSpan(1));
        prefix[encoded.Length + 1] = (byte)'"';
        prefix[encoded.Length + 2] = (byte)':';
        if (options.Indented)
        {
            prefix[^1] = (byte)' ';
        }

        return prefix;
    }

    /// <summary>Writes ASCII punctuation (or other bytes known to be JSON as they are).</summary>
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Room(bytes.Length));
        _length += bytes.Length;
    }

    /// <summary>The bytes that start a line at <paramref name="depth"/>, after a comma when <paramref name="comma"/>.</summary>
    public byte[] LineBytes(int depth, bool comma)
        => depth > DeepestLine ? Indentation(depth, comma) : comma ? _nextLines[depth] : _lines[depth];

    /// <summary>Starts a line at <paramref name="depth"/> (nothing when not indented).</summary>
    public void Line(int depth) => Raw(LineBytes(depth, comma: false));

    /// <summary>Starts an item's line: after a comma unless it is the first item.</summary>
    public void Next(bool first, int depth) => Raw(LineBytes(depth, comma: !first));

    /// <summary>Writes <paramref name="value"/> as a JSON string, or null.</summary>
    public void String(string? value)
    {
        if (value is null)
        {
            Raw("null"u8);
            return;
        }

        String(value.AsSpan());
    }

    /// <summary>Writes <paramref name="value"/> as a JSON string.</summary>
    public void String(ReadOnlySpan<char> value)
    {
        // The encoder is asked on the UTF-16 text, as the writer asks it for a string of chars: on Chinese text that is
        // a table lookup per character, where asking it on the UTF-8 text decodes every character first.
        if (TryWriteEscapingAscii(value, FirstToEscape(value)))
        {
            return;
        }

        EscapedByWriter++;
        Alone().WriteStringValue(value);
        CopyAlone();
    }

    // Written as a string when every character the encoder escapes in it is ASCII (the first at `first`, -1 for none),
    // each escaped as the writer escapes it; false, with nothing written, otherwise (invalid UTF-16 among them).
    private bool TryWriteEscapingAscii(ReadOnlySpan<char> value, int first)
    {
        // At most three bytes a character, or six for an escaped one (\u00XX).
        var output = Room((value.Length * (first < 0 ? 3 : 6)) + 2);
        output[0] = (byte)'"';
        var at = 1;
        var rest = value;
        for (var next = first; ; next = FirstToEscape(rest))
        {
            var end = next < 0 ? rest.Length : next;
            if (Utf8.FromUtf16(rest[..end], output[at..], out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                return false;
            }

            at += written;
            if (next < 0)
            {
                break;
            }

            if (rest[next] >= _asciiEscapes.Length || _asciiEscapes[rest[next]] is not { } escape)
            {
                return false;
            }

            escape.CopyTo(output[at..]);
            at += escape.Length;
            rest = rest[(next + 1)..];
        }

        output[at] = (byte)'"';
        _length += at + 1;
        return true;
    }

    private unsafe int FirstToEscape(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return -1;
        }

        fixed (char* start = text)
        {
            return _encoder.FindFirstCharacterToEncode(start, text.Length);
        }
    }

    /// <summary>Writes <paramref name="value"/> as <see cref="String(string?)"/> does, copied from its last writing when it is the same instance as then.</summary>
    public void String(string? value, LastWritten last)
    {
        if (value is null || !ReferenceEquals(value, last.Value))
        {
            var start = _length;
            String(value);
            last.Remember(value, _text.AsSpan(start, _length - start));
            return;
        }

        Raw(last.Bytes);
    }

    /// <summary>
    /// Writes <paramref name="value"/> as <see cref="String(string?)"/> does, copied from its earlier writing when this
    /// instance was written before and its text is still kept (for strings that are the same instance report after report).
    /// </summary>
    public void Shared(string? value)
    {
        if (WroteNullOrKept(value))
        {
            return;
        }

        var start = _length;
        String(value.AsSpan());
        _kept!.Keep(value, _text.AsSpan(start, _length - start));
    }

    /// <summary>Writes <paramref name="value"/> as the writer writes a whole number.</summary>
    public void Number(long value)
    {
        var span = Room(20);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>Writes a template version as results print it, a string of its year ("2021"), or null.</summary>
    public void TemplateVersion(Schema.TemplateVersion? version)
    {
        if (version is not { } year)
        {
            Raw("null"u8);
            return;
        }

        var span = Room(13);
        span[0] = (byte)'"';
        ((int)year).TryFormat(span[1..], out var written, default, CultureInfo.InvariantCulture);
        span[written + 1] = (byte)'"';
        _length += written + 2;
    }

    /// <summary>Writes an encoded value as a JSON string.</summary>
    public void String(JsonEncodedText value)
    {
        var encoded = value.EncodedUtf8Bytes;
        var span = Room(encoded.Length + 2);
        span[0] = (byte)'"';
        encoded.CopyTo(span[1..]);
        span[encoded.Length + 1] = (byte)'"';
        _length += encoded.Length + 2;
    }

    /// <summary>
    /// Writes <paramref name="node"/> at <paramref name="depth"/> as <see cref="JsonNode.WriteTo"/> writes it: objects and
    /// arrays item by item, whole numbers made from an <see cref="int"/> formatted here, any other value by the writer.
    /// </summary>
    public void Node(JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                Raw("null"u8);
                break;
            case JsonObject obj:
                Raw("{"u8);
                for (var i = 0; i < obj.Count; i++)
                {
                    var (name, value) = obj.GetAt(i);
                    Next(i == 0, depth + 1);

                    // The names are the layout's, the same instances in every payload.
                    Shared(name);
                    Raw(_indented ? ": "u8 : ":"u8);
                    Node(value, depth + 1);
                }

                End(obj.Count, depth, "}"u8);
                break;
            case JsonArray array:
                Raw("["u8);
                for (var i = 0; i < array.Count; i++)
                {
                    Next(i == 0, depth + 1);
                    Node(array[i], depth + 1);
                }

                End(array.Count, depth, "]"u8);
                break;
            default:
                if (node.GetType() == IntValue)
                {
                    // Most of a payload's values: formatted as the writer formats an int.
                    Number(node.GetValue<int>());
                }
                else if (node.GetType() == StringValue)
                {
                    // A string the payload holds (prose, names): written as WriteTo writes a string.
                    String(node.GetValue<string>());
                }
                else if (node.GetValueKind() is JsonValueKind.Object or JsonValueKind.Array)
                {
                    // An object or array held in a value (should a JsonValue ever hold one): walked as the tree it reads as.
                    Node(JsonNode.Parse(node.ToJsonString()), depth);
                }
                else
                {
                    // A value the writer formats (a string, a fraction, a value read from JSON text): written alone, unindented.
                    node.WriteTo(Alone());
                    CopyAlone();
                }

                break;
        }
    }

    /// <summary>Writes <paramref name="location"/> as a JSON string (its <see cref="SourceLocation.ToString"/>), or null.</summary>
    public void Location(SourceLocation? location)
    {
        // Most are the library's shared line locations, their text kept from an earlier report.
        if (WroteNullOrKept(location))
        {
            return;
        }

        // Formatted on the stack: a result has a location per value, some 200 per report.
        var start = _length;
        Span<char> text = stackalloc char[LocationRoom];
        if (location.TryFormat(text, out var length))
        {
            String(text[..length]);
        }
        else
        {
            String(location.ToString());
        }

        _kept!.Keep(location, _text.AsSpan(start, _length - start));
    }

    // Writes null, or the text kept for this very instance; false when it did neither (the caller writes and keeps it).
    private bool WroteNullOrKept([NotNullWhen(false)] object? instance)
    {
        if (instance is null)
        {
            Raw("null"u8);
            return true;
        }

        var kept = (_kept ??= new WrittenTexts()).Find(instance);
        if (kept.IsEmpty)
        {
            return false;
        }

        Raw(kept);
        return true;
    }

    // The type of a value made from an int (internal to System.Text.Json: known by an instance).
    private static readonly Type IntValue = JsonValue.Create(0).GetType();

    // The type of a value made from a string (the same).
    private static readonly Type StringValue = JsonValue.Create(string.Empty).GetType();

    // The writer for one value written alone (escaped and formatted as the writer does), then copied by CopyAlone.
    private Utf8JsonWriter Alone()
    {
        _escaped.ResetWrittenCount();
        _escaper.Reset();
        return _escaper;
    }

    private void CopyAlone()
    {
        _escaper.Flush();
        Raw(_escaped.WrittenSpan);
    }

    // An empty object or array closes on its opening line, a full one on a line of its own.
    private void End(int count, int depth, ReadOnlySpan<byte> close)
    {
        if (count > 0)
        {
            Line(depth);
        }

        Raw(close);
    }

    // The free space after the text, at least `size` bytes of it.
    private Span<byte> Room(int size)
    {
        if (_text.Length - _length < size)
        {
            Grow(size);
        }

        return _text.AsSpan(_length);
    }

    // Apart from Room, which runs for every piece of text: kept small, it is inlined there.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int size)
    {
        var larger = RenderedPieces.Pool.Rent(Math.Max(_text.Length * 2, _length + size));
        _text.AsSpan(0, _length).CopyTo(larger);
        RenderedPieces.Pool.Return(_text);
        _text = larger;
    }

    // A line deeper than the lines made in advance.
    private byte[] Indentation(int depth, bool comma)
    {
        var line = new byte[(comma ? 1 : 0) + (_indented ? _newLine.Length + (depth * _indentSize) : 0)];
        if (comma)
        {
            line[0] = (byte)',';
        }

        if (_indented)
        {
            _newLine.CopyTo(line, comma ? 1 : 0);
            line.AsSpan((comma ? 1 : 0) + _newLine.Length).Fill(_indentCharacter);
        }

        return line;
    }

    /// <summary>The last string written through it and its JSON text: long runs of one string instance are copied.</summary>
    internal sealed class LastWritten
    {
        private byte[] _bytes = new byte[256];
        private int _length;

        /// <summary>The string last written.</summary>
        public string? Value { get; private set; }

        /// <summary>Its JSON text.</summary>
        public ReadOnlySpan<byte> Bytes => _bytes.AsSpan(0, _length);

        /// <summary>Remembers <paramref name="value"/> and its text.</summary>
        public void Remember(string? value, ReadOnlySpan<byte> text)
        {
            if (text.Length > _bytes.Length)
            {
                _bytes = new byte[Math.Max(text.Length, _bytes.Length * 2)];
            }

            text.CopyTo(_bytes);
            _length = text.Length;
            Value = value;
        }
    }
}
