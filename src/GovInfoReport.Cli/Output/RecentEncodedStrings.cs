using System;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// The strings written lately, encoded once they repeat. An extraction result writes the same string instances over
/// and over: the statutory layout's cell pointers on every value of every report (a sixth of the output's bytes), the
/// note codes and messages (136 notes "空白单元格读作 0。" in a row), the derivation "blank → 0" on most values, the
/// payload's property names. Writing a string otherwise checks it for escaping and transcodes it from UTF-16 on each
/// write. A fixed table of slots chosen by the string's identity, not its text (hashing the text would cost what the
/// transcoding does): one slot to look at, a bounded number of strings held. A string is encoded at its second
/// sighting in its slot, so text that does not repeat (a report's own cell text) is written as it is and costs no
/// allocation.
/// </summary>
internal sealed class RecentEncodedStrings
{
    // A power of two. Some 250 cell pointers and 100 other strings repeat in every report: with 2,048 slots about one
    // in twenty shares its slot with another and is written as text.
    private const int SlotCount = 2048;

    private readonly Slot[] _slots = new Slot[SlotCount];

    private enum State : byte
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
        else if (TryGet(value, out var encoded))
        {
            json.WriteString(name, encoded);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Writes <paramref name="name"/> as a property name.</summary>
    public void WritePropertyName(Utf8JsonWriter json, string name)
    {
        if (TryGet(name, out var encoded))
        {
            json.WritePropertyName(encoded);
        }
        else
        {
            json.WritePropertyName(name);
        }
    }

    /// <summary>Whether <paramref name="value"/> (this instance) is held encoded: what the next write of it takes.</summary>
    internal bool IsEncoded(string value)
    {
        var slot = _slots[Index(value)];
        return ReferenceEquals(slot.Text, value) && slot.State == State.Encoded;
    }

    private static int Index(string value) => RuntimeHelpers.GetHashCode(value) & (SlotCount - 1);

    private bool TryGet(string value, out JsonEncodedText encoded)
    {
        ref var slot = ref _slots[Index(value)];
        if (!ReferenceEquals(slot.Text, value))
        {
            slot = new Slot(value, default, State.SeenOnce);
            encoded = default;
            return false;
        }

        if (slot.State == State.SeenOnce)
        {
            try
            {
                slot.Encoded = JsonEncodedText.Encode(value, JsonFragments.Options.Encoder);
                slot.State = State.Encoded;
            }
            catch (ArgumentException)
            {
                // A lone surrogate: Encode refuses what the writer prints as U+FFFD, so such text is written as it is.
                slot.State = State.Unencodable;
            }
        }

        encoded = slot.Encoded;
        return slot.State == State.Encoded;
    }

    private struct Slot(string text, JsonEncodedText encoded, State state)
    {
        public readonly string Text = text;
        public JsonEncodedText Encoded = encoded;
        public State State = state;
    }
}
