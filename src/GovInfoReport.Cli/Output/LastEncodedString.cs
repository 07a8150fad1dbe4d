using System;
using System.Text.Json;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// The last string written through it, encoded once it repeats: extraction results write long runs of the same string
/// instance in one field (136 notes "空白单元格读作 0。" in a row, the derivation "blank → 0" on most values), and
/// writing a string otherwise checks it for escaping and transcodes it from UTF-16 each time (CJK text being the
/// transcoder's slow case). One entry compared by reference: nothing to look up, nothing held but the last string;
/// text that does not repeat is written as it is.
/// </summary>
internal sealed class LastEncodedString
{
    private string? _last;
    private JsonEncodedText _encoded;
    private State _state;

    private enum State
    {
        SeenOnce,
        Encoded,
        Unencodable,
    }

    /// <summary>Writes <paramref name="value"/> (or null) as the value of <paramref name="name"/>.</summary>
    public void Write(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else if (!ReferenceEquals(value, _last))
        {
            _last = value;
            _state = State.SeenOnce;
            json.WriteString(name, value);
        }
        else if (_state == State.Encoded || (_state == State.SeenOnce && TryEncode(value)))
        {
            json.WriteString(name, _encoded);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private bool TryEncode(string value)
    {
        try
        {
            _encoded = JsonEncodedText.Encode(value, JsonFragments.Options.Encoder);
            _state = State.Encoded;
            return true;
        }
        catch (ArgumentException)
        {
            // A lone surrogate: Encode refuses what the writer prints as U+FFFD, so such text is written as it is.
            _state = State.Unencodable;
            return false;
        }
    }
}
