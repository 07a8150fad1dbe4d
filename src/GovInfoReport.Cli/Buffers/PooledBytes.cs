using System;
using System.Buffers;

namespace GovInfoReport.Cli.Buffers;

/// <summary>
/// Bytes in a buffer rented from the shared pool; disposing returns it. Inputs are read into them and results are
/// rendered into them, so a batch allocates no buffer per file: a buffer rented on a worker is returned by the writer.
/// </summary>
/// <param name="buffer">The rented buffer.</param>
/// <param name="offset">Where the bytes start in it.</param>
/// <param name="length">How many bytes there are.</param>
internal sealed class PooledBytes(byte[] buffer, int offset, int length) : IDisposable
{
    private byte[]? _buffer = buffer;

    /// <summary>Bytes at the start of a rented buffer.</summary>
    public PooledBytes(byte[] buffer, int length)
        : this(buffer, 0, length)
    {
    }

    /// <summary>No bytes, and nothing to return.</summary>
    public static PooledBytes Empty => new([], 0, 0);

    /// <summary>The bytes.</summary>
    public ReadOnlySpan<byte> Span => (_buffer ?? throw new ObjectDisposedException(nameof(PooledBytes))).AsSpan(offset, length);

    /// <summary>How many bytes there are.</summary>
    public int Length => length;

    public void Dispose()
    {
        if (_buffer is { Length: > 0 } rented)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        _buffer = null;
    }
}
