using System;
using System.IO;
using System.Runtime.InteropServices;

namespace GovInfoReport.Cli.Input;

/// <summary>What a path names, told without opening it (opening a FIFO blocks until a writer appears).</summary>
internal enum FileKind
{
    /// <summary>Nothing there.</summary>
    Missing,

    /// <summary>A regular file: the only kind that is read.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link (only when links are not followed).</summary>
    SymbolicLink,

    /// <summary>A named pipe.</summary>
    Fifo,

    /// <summary>A character device such as <c>/dev/zero</c>.</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>Tells a path's <see cref="FileKind"/>.</summary>
internal static class FileKinds
{
    /// <summary>The kind of <paramref name="path"/>.</summary>
    /// <param name="path">The path.</param>
    /// <param name="followLinks">Whether a symbolic link is followed to what it names.</param>
    public static FileKind Of(string path, bool followLinks)
    {
        if (OperatingSystem.IsWindows())
        {
            // Windows has no FIFOs or device nodes in the file system; its reparse points are its links.
            if (System.IO.Directory.Exists(path) && (followLinks || !IsLink(path)))
            {
                return FileKind.Directory;
            }

            return !File.Exists(path) ? FileKind.Missing : !followLinks && IsLink(path) ? FileKind.SymbolicLink : FileKind.Regular;
        }

        var status = default(NativeFileStatus);
        var failed = followLinks ? Stat(path, out status) : LStat(path, out status);
        if (failed != 0)
        {
            return FileKind.Missing;
        }

        return (status.Mode & 0xF000) switch
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
    }

    /// <summary>How a kind is named in messages.</summary>
    public static (string Zh, string En) Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => ("命名管道（FIFO）", "a named pipe (FIFO)"),
        FileKind.CharacterDevice => ("字符设备", "a character device"),
        FileKind.BlockDevice => ("块设备", "a block device"),
        FileKind.Socket => ("套接字", "a socket"),
        FileKind.SymbolicLink => ("符号链接", "a symbolic link"),
        FileKind.Directory => ("文件夹", "a folder"),
        _ => ("特殊文件", "a special file"),
    };

    private static bool IsLink(string path) => (File.GetAttributes(path) & FileAttributes.ReparsePoint) != 0;

    // The runtime's own portable stat (System.Native ships with every .NET on Unix): its status record starts with
    // the flags and the POSIX mode, whose file-type bits are the same on Linux and macOS.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, SetLastError = true, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out NativeFileStatus status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", CharSet = CharSet.Ansi, SetLastError = true, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out NativeFileStatus status);

    // Only the mode is read; the rest is room for the whole record (about 120 bytes) with margin.
    [StructLayout(LayoutKind.Sequential)]
    private struct NativeFileStatus
    {
        public int Flags;
        public int Mode;
#pragma warning disable CS0169 // Filled in by the native call, never read.
        private Padding _rest;
#pragma warning restore CS0169
    }

    [System.Runtime.CompilerServices.InlineArray(64)]
    private struct Padding
    {
        private long _element;
    }
}
