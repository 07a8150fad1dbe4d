using System;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;

namespace GovInfoReport.Cli.Input;

/// <summary>
/// An open descriptor of a folder a walk lists, so that its files open relative to it (openat): opening by the full
/// path has the kernel walk every component of the path again for every file, which was most of an open's cost in a
/// batch of small files. Linux (glibc) only; elsewhere, or when anything fails, files open by their full path as
/// before and the public API words every error.
/// </summary>
/// <remarks>
/// Lifetime: the walk holds a reference while it hands out the folder's files, and each file's
/// <see cref="InputSource"/> holds one until its read has opened it, on whichever thread reads it; the descriptor
/// closes when the last of them lets go (<see cref="Release"/>). Sources dropped unread (a caller that only lists, an
/// enumeration given up halfway) leave it to the finaliser: nothing can reach the descriptor then. At most
/// <see cref="MostOpen"/> are open at once in the process, so that a walk of many folders with few files each, or a
/// deep tree, never takes the descriptors the files themselves need: past that, a folder's files open by their full
/// path.
/// </remarks>
internal sealed class FolderDescriptor
{
    /// <summary>The most folder descriptors open at once.</summary>
    internal const int MostOpen = 64;

    private const int AtCurrentFolder = -100; // AT_FDCWD

    // O_PATH | O_CLOEXEC (the generic Linux values, shared by x64, arm64 and the others .NET runs on): a folder
    // descriptor that only anchors lookups. Opening it reads nothing, needs no read permission, and never blocks,
    // even if the path was replaced by a FIFO after the listing; a descriptor that is not a folder fails the
    // lookups (ENOTDIR), which then go by the full path.
    private const int PathOnlyCloseOnExec = 0x200000 | 0x80000;

    // O_RDONLY | O_CLOEXEC: what NativeFiles.OpenForReading asks of the runtime for a file.
    private const int ReadOnlyCloseOnExec = 0x80000;

    private static readonly bool Available = OperatingSystem.IsLinux();

    private static int _open;

    private static int _bindingMissing;

    private int _fd;

    private int _references = 1;

    private FolderDescriptor(int fd) => _fd = fd;

    ~FolderDescriptor() => Close();

    /// <summary>
    /// A descriptor of the folder whose path is <paramref name="folder"/> (its bytes, NUL-terminated), or null (not
    /// Linux, no glibc binding, too many open, or the open fails).
    /// </summary>
    public static FolderDescriptor? TryOpen(byte[] folder)
    {
        if (!Available || Volatile.Read(ref _bindingMissing) != 0)
        {
            return null;
        }

        if (Interlocked.Increment(ref _open) > MostOpen)
        {
            Interlocked.Decrement(ref _open);
            return null;
        }

        var fd = Open(AtCurrentFolder, folder, PathOnlyCloseOnExec);
        if (fd < 0)
        {
            Interlocked.Decrement(ref _open);
            return null;
        }

        return new FolderDescriptor(fd);
    }

    /// <summary>
    /// Opens the file of this folder named <paramref name="name"/> (its bytes as the listing gave them, NUL-terminated)
    /// for reading; -1 on failure (the caller then opens it by its full path).
    /// </summary>
    /// <remarks>The caller holds a reference.</remarks>
    public IntPtr OpenForReading(byte[] name)
    {
        var fd = Open(_fd, name, ReadOnlyCloseOnExec);
        TestHooks.AfterOpenInFolder?.Invoke(Encoding.UTF8.GetString(name.AsSpan(0, name.Length - 1)), fd >= 0);
        return fd;
    }

    /// <summary>Takes a reference; only a holder of one may (the walk, for the sources it makes).</summary>
    public void AddReference() => Interlocked.Increment(ref _references);

    /// <summary>Lets go of a reference; the last closes the descriptor.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            Close();
            GC.SuppressFinalize(this);
        }
    }

    private void Close()
    {
        var fd = Interlocked.Exchange(ref _fd, -1);
        if (fd != -1)
        {
            NativeFiles.Close(fd);
            Interlocked.Decrement(ref _open);
        }
    }

    private static int Open(int folder, byte[] path, int flags)
    {
        try
        {
            return OpenAt(folder, path, flags, 0);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // No glibc (musl): the runtime's own open by the full path from now on.
            Volatile.Write(ref _bindingMissing, 1);
            return -1;
        }
    }

    // glibc's soname ("libc.so" is a linker script on Debian and does not load). openat is variadic; the mode is
    // passed and ignored without O_CREAT. Paths and names go as the bytes the walk has for them (NUL-terminated).
    [DllImport("libc.so.6", EntryPoint = "openat")]
    private static extern int OpenAt(int folder, byte[] path, int flags, int mode);
}
