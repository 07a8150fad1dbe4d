using System;
using System.IO;

namespace GovInfoReport.Cli.Output;

/// <summary>Standard output cannot be written (its reader went away, the disk is full): an I/O problem, not a bug.</summary>
internal sealed class StandardOutputException(IOException inner) : IOException("cannot write to standard output: " + inner.Message, inner);

/// <summary>Standard output, telling its write failures apart from every other exception.</summary>
internal sealed class StandardOutputStream(Stream inner) : WriteOnlyStream
{
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
}
