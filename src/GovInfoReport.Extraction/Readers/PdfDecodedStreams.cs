using System;
using System.Collections.Generic;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// Hands PdfPig the Flate streams <see cref="PdfBudget"/> already inflated (with its cap) before any page was read, so
/// each content stream, font program and ToUnicode map is inflated once instead of twice. Given to PdfPig as its filter
/// provider: every filter is PdfPig's own, except that its Flate filter first looks here. Only a whole, undamaged
/// inflation of a stream's own bytes without predictor parameters is kept, which is exactly what PdfPig's Flate filter
/// would produce from the same bytes; anything else (a damaged tail, a predictor, a second filter's input, a stream
/// parsed anew) is left to PdfPig. Each kept stream is handed out once and then dropped, and the whole is capped.
/// </summary>
internal sealed class PdfDecodedStreams : IFilterProvider
{
    /// <summary>Decoded bytes kept at most at a time: the budget decodes every page before PdfPig reads the first.</summary>
    private const long MaxKeptBytes = 16L * 1024 * 1024;

    private static readonly IFilterProvider Default = DefaultFilterProvider.Instance;

    private readonly Dictionary<ReadOnlyMemory<byte>, byte[]> kept = new(SameBytes.Instance);
    private readonly CachedFlate flate;
    private long keptBytes;

    public PdfDecodedStreams() => flate = new CachedFlate(this);

    /// <summary>Streams kept so far.</summary>
    public int Kept { get; private set; }

    /// <summary>Kept streams PdfPig has taken instead of inflating them itself.</summary>
    public int Taken { get; private set; }

    /// <summary>Whether PdfPig may be handed the inflated bytes of <paramref name="stream"/>: no predictor or other decoding parameters.</summary>
    public static bool CanKeep(StreamToken stream) => HasNoDecodeParameters(stream.StreamDictionary);

    private static bool HasNoDecodeParameters(DictionaryToken streamDictionary)
        => !streamDictionary.Data.ContainsKey(NameToken.DecodeParms.Data) && !streamDictionary.Data.ContainsKey(NameToken.Dp.Data);

    /// <summary>Keeps the whole inflation of <paramref name="compressed"/> (a stream's own data) for PdfPig.</summary>
    public void Keep(Memory<byte> compressed, ReadOnlySpan<byte> inflated)
    {
        if (keptBytes + inflated.Length > MaxKeptBytes)
        {
            return;
        }

        if (kept.TryAdd(compressed, inflated.ToArray()))
        {
            keptBytes += inflated.Length;
            Kept++;
        }
    }

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => WithCachedFlate(Default.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => WithCachedFlate(Default.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => WithCachedFlate(Default.GetAllFilters());

    private IReadOnlyList<IFilter> WithCachedFlate(IReadOnlyList<IFilter> filters)
    {
        var found = false;
        foreach (var filter in filters)
        {
            found |= filter is FlateFilter;
        }

        if (!found)
        {
            return filters;
        }

        var result = new IFilter[filters.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = filters[i] is FlateFilter ? flate : filters[i];
        }

        return result;
    }

    private bool TryTake(Memory<byte> input, out byte[] inflated)
    {
        inflated = [];
        if (kept.Count == 0 || !kept.Remove(input, out var found))
        {
            return false;
        }

        keptBytes -= found.Length;
        inflated = found;
        Taken++;
        return true;
    }

    /// <summary>PdfPig's Flate filter, first asking for bytes the budget inflated.</summary>
    private sealed class CachedFlate(PdfDecodedStreams owner) : IFilter
    {
        private static readonly FlateFilter Inner = new();

        public bool IsSupported => Inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (filterIndex == 0 && HasNoDecodeParameters(streamDictionary) && owner.TryTake(input, out var inflated))
            {
                return inflated;
            }

            return Inner.Decode(input, streamDictionary, filterProvider, filterIndex);
        }
    }

    /// <summary>
    /// The same bytes: PdfPig parses a stream object anew each time it reads it, so its bytes are never the budget's
    /// array. Equal compressed bytes inflate to equal bytes; the hash looks at the length and both ends only, equality at all.
    /// </summary>
    private sealed class SameBytes : IEqualityComparer<ReadOnlyMemory<byte>>
    {
        public static readonly SameBytes Instance = new();

        public bool Equals(ReadOnlyMemory<byte> x, ReadOnlyMemory<byte> y) => x.Span.SequenceEqual(y.Span);

        public int GetHashCode(ReadOnlyMemory<byte> bytes)
        {
            var span = bytes.Span;
            var hash = new HashCode();
            hash.Add(span.Length);
            hash.AddBytes(span.Length <= 128 ? span : span[..64]);
            if (span.Length > 128)
            {
                hash.AddBytes(span[^64..]);
            }

            return hash.ToHashCode();
        }
    }
}
