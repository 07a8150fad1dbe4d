using System;
using System.Buffers;

namespace GovInfoReport.Cli.Buffers;

/// <summary>
/// Bytes in a buffer rented from a pool; disposing returns it there. Inputs are read into them and results are
/// rendered into them, so a batch allocates no buffer per file: a buffer rented on a worker is returned by the writer.
/// </summary>
/// <param name="buffer">The rented buffer.</param>
/// <param name="offset">Where the bytes start in it.</param>
/// <param name="length">How many bytes there are, from <paramref name="offset"/>.</param>
/// <param name="pool">The pool it came from.</param>
internal sealed class PooledBytes(byte[] buffer, int offset, int length, ArrayPool<byte> pool) : IDisposable
{
    private byte[]? _buffer = buffer;

    /// <summary>Bytes at the start of a buffer rented from <paramref name="pool"/>.</summary>
    public PooledBytes(byte[] buffer, int length, ArrayPool<byte> pool)
        : this(buffer, 0, length, pool)
    {
    }

    /// <summary>Bytes at the start of a buffer rented from the shared pool.</summary>
    public PooledBytes(byte[] buffer, int length)
        : this(buffer, 0, length, ArrayPool<byte>.Shared)
    {
    }

    /// <summary>No bytes, and nothing to return.</summary>
    public static PooledBytes Empty => new([], 0, ArrayPool<byte>.Shared);

    /// <summary>The bytes.</summary>
    public ReadOnlySpan<byte> Span => (_buffer ?? throw new ObjectDisposedException(nameof(PooledBytes))).AsSpan(offset, length);

    /// <summary>How many bytes there are.</summary>
    public int Length => length;

    public void Dispose()
    {
        if (_buffer is { Length: > 0 } rented)
        {
            pool.Return(rented);
        }

        _buffer = null;
    }
}
