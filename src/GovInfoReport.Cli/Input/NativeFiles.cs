using System;
using System.Runtime.InteropServices;
using System.Text;

namespace GovInfoReport.Cli.Input;

/// <summary>
/// The runtime's own portable file calls (System.Native ships with every .NET on Unix), for the few places where the
/// public API costs a system call per input that a batch of thousands of small files feels: the public file walk
/// hides the kind the folder listing already gives (d_type), and opening a handle then asking its length stats the
/// file twice. Unix only; callers keep the public API on Windows and as the fallback that words every error.
/// </summary>
internal static class NativeFiles
{
    /// <summary>O_RDONLY | O_CLOEXEC in the runtime's portable open flags.</summary>
    private const int ReadOnlyCloseOnExec = 0x0010;

    /// <summary>The folder entry kinds of the runtime's portable listing (its NodeType, the d_type values).</summary>
    public static FileKind? KindOfEntry(int nodeType) => nodeType switch
    {
        1 => FileKind.Fifo,
        2 => FileKind.CharacterDevice,
        4 => FileKind.Directory,
        6 => FileKind.BlockDevice,
        8 => FileKind.Regular,
        10 => FileKind.SymbolicLink,
        12 => FileKind.Socket,
        _ => null, // DT_UNKNOWN (some file systems): told by an lstat later.
    };

    /// <summary>The kind a status record's mode gives.</summary>
    public static FileKind KindOfMode(int mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0xA000 => FileKind.SymbolicLink,
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Other,
    };

    /// <summary>A path's text as the system takes a path: UTF-8 and a NUL (what the runtime's own marshalling makes of it).</summary>
    public static byte[] PathBytes(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

    /// <summary>Opens the file whose path is <paramref name="path"/> (its bytes, NUL-terminated, UTF-8 or not) for reading; -1 on failure.</summary>
    public static IntPtr OpenForReading(byte[] path) => Open(path, ReadOnlyCloseOnExec, 0);

    /// <summary>The status of what the path's bytes (NUL-terminated, UTF-8 or not) name, links followed.</summary>
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    public static extern int Stat(byte[] path, out FileStatus status);

    /// <summary>The status of what the path's bytes (NUL-terminated, UTF-8 or not) name, links not followed.</summary>
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    public static extern int LStat(byte[] path, out FileStatus status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_FStat", SetLastError = true)]
    public static extern int FStat(IntPtr fd, out FileStatus status);

    /// <summary>Reads at most <paramref name="count"/> bytes at <paramref name="offset"/> into <paramref name="buffer"/> (retried on EINTR); -1 on failure.</summary>
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_PRead", SetLastError = true)]
    public static extern int PRead(IntPtr fd, ref byte buffer, int count, long offset);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Close", SetLastError = true)]
    public static extern int Close(IntPtr fd);

    /// <summary>Opens a folder listing by its path's bytes (NUL-terminated, UTF-8 or not); <see cref="IntPtr.Zero"/> on failure.</summary>
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_OpenDir", SetLastError = true)]
    public static extern IntPtr OpenDir(byte[] path);

    /// <summary>The next entry: 0, -1 at the end, or an error number.</summary>
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_ReadDir", SetLastError = true)]
    public static extern int ReadDir(IntPtr dir, out DirectoryEntry entry);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_CloseDir", SetLastError = true)]
    public static extern int CloseDir(IntPtr dir);

    /// <summary>
    /// Polls descriptors for the events they name (the runtime's portable poll, its events in Linux's values):
    /// 0, or an error number.
    /// </summary>
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Poll")]
    public static extern int Poll(ref PollEvent events, uint count, int timeoutMilliseconds, out uint triggered);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Open", SetLastError = true)]
    private static extern IntPtr Open(byte[] path, int flags, int mode);

    /// <summary>The runtime's portable status record: flags, mode, owner, group, size, then times and more.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct FileStatus
    {
        public int Flags;
        public int Mode;
        public uint Uid;
        public uint Gid;
        public long Size;
#pragma warning disable CS0169 // Filled in by the native call, never read.
        private Padding _rest;
#pragma warning restore CS0169
    }

    /// <summary>One folder entry: its name (NUL-terminated UTF-8, valid until the next read), the name's length or -1, and its kind.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct DirectoryEntry
    {
        public IntPtr Name;
        public int NameLength;
        public int NodeType;
    }

    /// <summary>One descriptor polled: the events asked for, and those that occurred (POLLOUT 4, POLLERR 8, ...).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct PollEvent
    {
        public int FileDescriptor;
        public short Events;
        public short TriggeredEvents;
    }

    // Room for the rest of the status record (about 120 bytes in all) with margin.
    [System.Runtime.CompilerServices.InlineArray(64)]
    private struct Padding
    {
        private long _element;
    }
}
