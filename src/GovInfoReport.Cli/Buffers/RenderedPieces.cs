using System;
using System.Buffers;
using System.Text;
using GovInfoReport.Cli.Pipeline;

namespace GovInfoReport.Cli.Buffers;

/// <summary>
/// The buffers rendered results wait in until the ordered writer has written them: a pool of their own, large enough
/// for every result the pipeline may hold at once. Rented on the workers and returned by the writer, they would
/// overflow the shared pool's per-core caches (32 buffers of a size), and every overflow allocated a buffer that
/// lived long enough to be promoted: peak RSS then grew with the number of files.
/// </summary>
internal static class RenderedPieces
{
    /// <summary>Results in flight at most, with room: the pipeline's bound at its default of one worker per core.</summary>
    private static readonly int InFlight = BatchPipeline.MostItemsInFlight(Environment.ProcessorCount) + 64;

    /// <summary>The pool: buffers up to 4 MB are kept; a larger result is allocated and left to the collector.</summary>
    public static ArrayPool<byte> Pool { get; } = ArrayPool<byte>.Create(4 * 1024 * 1024, InFlight);

    /// <summary>The UTF-8 bytes of <paramref name="text"/> in a buffer of the pool.</summary>
    public static PooledBytes Encode(string text)
    {
        if (text.Length == 0)
        {
            return PooledBytes.Empty;
        }

        var buffer = Pool.Rent(Encoding.UTF8.GetByteCount(text));
        return new PooledBytes(buffer, Encoding.UTF8.GetBytes(text, buffer), Pool);
    }
}
