using System;
using System.Runtime.CompilerServices;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// The JSON text <see cref="JsonRunText"/> wrote for an instance (a string, a location), kept by instance: much of an
/// extraction result is the same instances report after report (the layout's pointers, note codes, derivations, the
/// shared texts of plain counts, the library's shared line locations), which are copied instead of being formatted,
/// transcoded and checked for escaping each time. An instance's text never changes (strings are immutable, a location
/// is a record of numbers). Bounded: one slot per hash of the instance, a later instance takes the slot of an earlier
/// one, and a text longer than a slot is not kept.
/// </summary>
internal sealed class WrittenTexts
{
    // Room for the instances a run of reports shares (a layout's some 250 pointers, a few dozen codes and derivations,
    // the counts' texts, a few hundred line locations) with few of them meeting in a slot; a power of two.
    private const int Slots = 2048;

    // A slot holds a text's length in its first byte and the text after it: the longest text kept is a layout's
    // pointer with its quotes (the longest today 91 bytes). The length sits with the text so that a copy reads as few
    // lines of memory as it can (the table is mostly out of the processor's caches after a report's extraction).
    private const int SlotSize = 128;

    private readonly object?[] _instances = new object?[Slots];
    private readonly byte[] _texts = new byte[Slots * SlotSize];

    /// <summary>The text kept for <paramref name="instance"/> (this very instance), or an empty span when none is.</summary>
    public ReadOnlySpan<byte> Find(object instance)
    {
        var slot = Slot(instance);
        return ReferenceEquals(_instances[slot], instance) ? _texts.AsSpan((slot * SlotSize) + 1, _texts[slot * SlotSize]) : default;
    }

    /// <summary>Keeps <paramref name="text"/> as the text of <paramref name="instance"/> when it fits in a slot.</summary>
    public void Keep(object instance, ReadOnlySpan<byte> text)
    {
        // Only an old instance (one that has outlived two collections: the layout's, the shared ones) is kept: a
        // report's own strings and locations would take slots from the shared ones, and held from this long-lived table
        // they would outlive every collection until their slot is taken again.
        if (text.Length is 0 or >= SlotSize || GC.GetGeneration(instance) < GC.MaxGeneration)
        {
            return;
        }

        var slot = Slot(instance);
        _texts[slot * SlotSize] = (byte)text.Length;
        text.CopyTo(_texts.AsSpan((slot * SlotSize) + 1));
        _instances[slot] = instance;
    }

    private static int Slot(object instance) => RuntimeHelpers.GetHashCode(instance) & (Slots - 1);
}
