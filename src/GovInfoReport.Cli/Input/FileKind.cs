using System;
using System.IO;

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

        return Of(NativeFiles.PathBytes(path), path, followLinks);
    }

    /// <summary>The kind of what a path argument names, links followed: by its bytes where they are not UTF-8 (<see cref="ArgumentBytes"/>).</summary>
    public static FileKind OfArgument(string path)
        => ArgumentBytes.Of(path) is { } bytes ? Of(bytes, path, followLinks: true) : Of(path, followLinks: true);

    /// <summary>The kind of what the path's bytes (NUL-terminated, UTF-8 or not) name: Unix only, where a path is bytes.</summary>
    /// <param name="path">The path's bytes.</param>
    /// <param name="shown">The path as text, for the test hook that sees every stat.</param>
    /// <param name="followLinks">Whether a symbolic link is followed to what it names.</param>
    public static FileKind Of(byte[] path, string shown, bool followLinks)
    {
        TestHooks.BeforeStat?.Invoke(shown);
        var failed = followLinks ? NativeFiles.Stat(path, out var status) : NativeFiles.LStat(path, out status);
        return failed != 0 ? FileKind.Missing : NativeFiles.KindOfMode(status.Mode);
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
}
