using System;
using System.Buffers;
using System.IO;
using System.Runtime.InteropServices;
using GovInfoReport.Cli.Buffers;
using Microsoft.Win32.SafeHandles;

namespace GovInfoReport.Cli.Input;

/// <summary>
/// Reads an input up to its limit plus one byte (the extra byte tells an oversized input) into a pooled buffer:
/// a file of any size, or an endless stream such as a device on stdin, costs at most the limit.
/// </summary>
internal static class BoundedReader
{
    private const int FirstChunk = 16 * 1024;

    /// <summary>Reads <paramref name="source"/>.</summary>
    /// <param name="source">A regular file or standard input.</param>
    /// <param name="limit">The most bytes the command accepts; one more is read to tell the input is larger.</param>
    /// <param name="stdin">Standard input, as bytes (never decoded: bad bytes must reach the validator as they are).</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static PooledBytes Read(InputSource source, int limit, Stream stdin)
    {
        var cap = (int)Math.Min((long)limit + 1, Array.MaxLength);
        if (source.Path is null)
        {
            return ReadAll(cap, FirstChunk, stdin, null)!;
        }

        if (!OperatingSystem.IsWindows() && TryReadUnix(source, cap) is { } read)
        {
            return read;
        }

        // A bare handle and positional reads: no FileStream buffer, no seeks (lock emulation is off in the project
        // file). A regular file's length sizes the buffer once; files that report no length (procfs) grow it as they
        // are read.
        using var file = File.OpenHandle(source.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var size = RandomAccess.GetLength(file);
        return ReadAll(cap, (int)Math.Min(size + 1, cap), null, file, size)!;
    }

    /// <summary>
    /// Reads a file in open, fstat, pread(s), close: File.OpenHandle's own fstat result is not exposed, so asking the
    /// length after it stats the file a second time. The status also tells that the path still names a regular file
    /// (the walker judged it from the listing). Null when anything differs from the plain case (open or read fails,
    /// not a regular file, no length): the public path then reads it or words the error exactly as before. The reading
    /// itself is the one loop every input goes through. A file a walk found opens relative to its folder's descriptor
    /// (<see cref="FolderDescriptor"/>) where there is one, and by its full path if that fails.
    /// </summary>
    private static PooledBytes? TryReadUnix(InputSource source, int cap)
    {
        var fd = OpenInFolder(source);
        if (fd == -1)
        {
            fd = NativeFiles.OpenForReading(source.PathBytes ?? NativeFiles.PathBytes(source.Path!));
        }

        // A path only its bytes name (they are not UTF-8) cannot go to the public path, which opens by its text, to have
        // its error worded: it is worded here.
        if (fd == -1)
        {
            return source.PathBytes is null ? null : throw Failed(source.Path!, Marshal.GetLastPInvokeError());
        }

        try
        {
            // A file of no length may still have bytes (procfs): the public path reads it, or the loop below for a path
            // only its bytes name.
            var stated = NativeFiles.FStat(fd, out var status) == 0;
            if (!stated || NativeFiles.KindOfMode(status.Mode) != FileKind.Regular || (status.Size <= 0 && source.PathBytes is null))
            {
                return source.PathBytes is null ? null
                    : throw (stated ? new IOException("not a regular file") : Failed(source.Path!, Marshal.GetLastPInvokeError()));
            }

            // Room for the whole file plus the byte that tells it grew (or is over the limit): at most limit + 1.
            return ReadAll(cap, (int)Math.Min(status.Size + 1, cap), null, null, status.Size, fd);
        }
        finally
        {
            NativeFiles.Close(fd);
        }
    }

    // The public API's exceptions for a failed call on a file, worded as it words them.
    private static Exception Failed(string path, int errno) => errno switch
    {
        Errors.NoEntry => new FileNotFoundException($"Could not find file '{path}'.", path),
        Errors.AccessDenied or Errors.NotPermitted => new UnauthorizedAccessException($"Access to the path '{path}' is denied."),
        _ => new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} : '{path}'"),
    };

    /// <summary>Opens a walk's file relative to its folder and lets go of the folder; -1 when it has none or that fails.</summary>
    private static IntPtr OpenInFolder(InputSource source)
    {
        if (source.TakeFolder() is not { } folder)
        {
            return -1;
        }

        try
        {
            return folder.OpenForReading(source.NameInFolder!);
        }
        finally
        {
            folder.Release();
        }
    }

    /// <param name="cap">The most bytes to read.</param>
    /// <param name="initial">The first buffer's size.</param>
    /// <param name="stream">The stream to read, or null for <paramref name="file"/>.</param>
    /// <param name="file">The regular file to read, or null for <paramref name="stream"/>.</param>
    /// <param name="size">The file's length when it was opened (0 for a stream, and for files that report none).</param>
    /// <param name="fd">A file descriptor opened through <see cref="NativeFiles"/> to read instead of the other two, or -1.</param>
    /// <returns>The bytes; null only when a read of <paramref name="fd"/> fails (the public API then words the error).</returns>
    private static PooledBytes? ReadAll(int cap, int initial, Stream? stream, SafeFileHandle? file, long size = 0, IntPtr fd = -1)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, Math.Min(initial, cap)));
        var length = 0;
        try
        {
            while (length < cap)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, cap));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var free = buffer.AsSpan(length, Math.Min(buffer.Length, cap) - length);
                var read = fd != -1 ? NativeFiles.PRead(fd, ref free[0], free.Length, length)
                    : file is not null ? RandomAccess.Read(file, free, length)
                    : stream!.Read(free);
                if (read < 0)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }

                if (read == 0)
                {
                    break;
                }

                length += read;

                // A regular file that gave its whole length in a read asked for more has ended: no read to see 0.
                if (stream is null && size > 0 && length == size && read < free.Length)
                {
                    break;
                }
            }

            return new PooledBytes(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    // errno values (Linux, shared by the architectures .NET runs on).
    private static class Errors
    {
        public const int NotPermitted = 1;
        public const int NoEntry = 2;
        public const int AccessDenied = 13;
    }
}
