using System;
using System.IO;

namespace GovInfoReport.Cli.Output;

/// <summary>Standard output cannot be written (its reader went away, the disk is full): an I/O problem, not a bug.</summary>
internal sealed class StandardOutputException(IOException inner) : IOException("cannot write to standard output: " + inner.Message, inner);

/// <summary>Standard output, telling its write failures apart from every other exception.</summary>
internal sealed class StandardOutputStream(Stream inner) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException exception)
        {
            throw new StandardOutputException(exception);
        }
    }

    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (IOException exception)
        {
            throw new StandardOutputException(exception);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
