using System;
using System.Buffers;
using System.IO;

namespace GovInfoReport.Schema.Validation;

/// <summary>
/// One pooled buffer that a stream is read into, up to one byte past the size limit (which proves a payload too
/// large without reading the rest). A seekable stream's length sizes it once; otherwise it doubles as it fills.
/// </summary>
internal sealed class PayloadBuffer : IDisposable
{
    private const int FirstChunk = 16 * 1024;
    private readonly int _limit;
    private readonly int _maxPayloadBytes;
    private byte[] _buffer;
    private int _length;

    public PayloadBuffer(Stream stream, int maxPayloadBytes)
    {
        // In long: a limit of int.MaxValue plus the one byte would overflow.
        _limit = (int)Math.Min((long)maxPayloadBytes + 1, Array.MaxLength);
        _maxPayloadBytes = maxPayloadBytes;
        KnownLength = stream.CanSeek ? Math.Max(0L, stream.Length - stream.Position) : null;
        var expected = KnownLength + 1 ?? FirstChunk;
        _buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(expected, 1, Math.Min(_limit, 1 << 20)));
    }

    /// <summary>Where the next read goes: never past the limit.</summary>
    public Memory<byte> FreeSpace
    {
        get
        {
            if (_length == _buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer.Length * 2, _limit));
                _buffer.AsSpan(0, _length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }

            return _buffer.AsMemory(_length, Math.Min(_buffer.Length, _limit) - _length);
        }
    }

    /// <summary>The payload's size when the stream tells it (a seekable stream), otherwise null.</summary>
    public long? KnownLength { get; }

    /// <summary>Whether reading went past the limit: the payload is too large, whatever the rest holds.</summary>
    public bool IsOverLimit => _length > _maxPayloadBytes;

    /// <summary>What has been read.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Counts what a read brought in.</summary>
    /// <param name="read">The bytes the read returned.</param>
    /// <returns>Whether to read again: not at the end of the stream, and not yet one byte past the limit.</returns>
    public bool ReadMore(int read)
    {
        _length += read;
        return read > 0 && _length < _limit;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
