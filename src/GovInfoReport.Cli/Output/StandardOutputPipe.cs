using System;
using System.IO;
using GovInfoReport.Cli.Input;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// Standard output when it is a pipe: a write fails once the pipe's reader has closed it. The runtime's console stream
/// ignores a closed pipe (EPIPE), so a batch piped into <c>head</c> or a pager that was quit went on to its last file
/// for no reader and ended as if its output had been read; now it stops at its next write, and the command line
/// reports "cannot write to standard output" (exit 2). Linux only (the runtime's own poll); elsewhere, or when the
/// pipe cannot be asked, writes go through as before.
/// </summary>
internal sealed class StandardOutputPipe(Stream inner) : WriteOnlyStream
{
    private const int StandardOutput = 1;

    private const short PollOut = 0x004;

    private const short PollError = 0x008;

    /// <summary><paramref name="console"/>, watched when standard output is a pipe.</summary>
    public static Stream Watch(Stream console) => IsPipe() ? new StandardOutputPipe(console) : console;

    // Asked before each write, not after: output the reader took in full before it closed the pipe (grep -q on the
    // last line, the end of a batch) is no error; only bytes that would be written for no reader are.
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!buffer.IsEmpty)
        {
            ThrowIfReaderGone();
        }

        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private static bool IsPipe()
        => OperatingSystem.IsLinux() && NativeFiles.FStat(StandardOutput, out var status) == 0 && NativeFiles.KindOfMode(status.Mode) == FileKind.Fifo;

    // A pipe whose reader has closed it tells its writer so without waiting: poll reports an error on the write end.
    private static void ThrowIfReaderGone()
    {
        var watched = new NativeFiles.PollEvent { FileDescriptor = StandardOutput, Events = PollOut };
        if (NativeFiles.Poll(ref watched, 1, 0, out var triggered) == 0 && triggered > 0 && (watched.TriggeredEvents & PollError) != 0)
        {
            throw new IOException("its reader closed the pipe");
        }
    }
}
