using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;

namespace GovInfoReport.Cli.Input;

/// <summary>
/// Turns path arguments into inputs lazily, so a batch starts work before a large folder is listed to its end.
/// Only regular files are read: FIFOs, devices and sockets are refused by name, before anything opens them.
/// Folder walks follow no symbolic links (a link can lead out of the folder or back up into it, which loops);
/// a link the user names as an argument is followed, since the user chose it.
/// </summary>
internal static class InputWalker
{
    private static readonly EnumerationOptions ListOneFolder = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>The inputs and messages <paramref name="paths"/> stand for, in argument order; folders in ordinal path order.</summary>
    /// <param name="paths">Files, folders, or <c>-</c> for standard input.</param>
    /// <param name="patterns">The file names a folder contributes (<c>*.json</c>).</param>
    public static IEnumerable<InputEntry> Enumerate(IReadOnlyList<string> paths, IReadOnlyList<string> patterns)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return InputEntry.Read(InputSource.Stdin);
                continue;
            }

            var kind = FileKinds.Of(path, followLinks: true);
            switch (kind)
            {
                case FileKind.Missing:
                    yield return InputEntry.Error($"{path}: no such file or folder", $"{path}：文件或文件夹不存在");
                    break;
                case FileKind.Regular:
                    yield return InputEntry.Read(new InputSource(path, path));
                    break;
                case FileKind.Directory:
                    foreach (var entry in Walk(path, patterns))
                    {
                        yield return entry;
                    }

                    break;
                default:
                    yield return NotRegular(path, kind);
                    break;
            }
        }
    }

    /// <summary>The message for a path that names something other than a regular file or a folder.</summary>
    public static InputEntry NotRegular(string path, FileKind kind)
    {
        var (zh, en) = FileKinds.Describe(kind);
        return InputEntry.Error($"{path}: not a regular file: {en}; not read", $"{path}：不是普通文件，而是{zh}，未读取");
    }

    private static IEnumerable<InputEntry> Walk(string root, IReadOnlyList<string> patterns)
    {
        // Depth first, each folder's entries in ordinal order with a folder sorting as its name plus '/': the order
        // of the full paths, without holding more than the folders on the current branch.
        var branch = new Stack<(List<Entry> Entries, int Next)>();
        var (first, error) = List(root);
        if (error is not null)
        {
            yield return error.Value;
            yield break;
        }

        branch.Push((first!, 0));
        while (branch.Count > 0)
        {
            var (entries, next) = branch.Pop();
            if (next == entries.Count)
            {
                continue;
            }

            branch.Push((entries, next + 1));
            var entry = entries[next];
            if (entry.IsLink)
            {
                yield return SkippedLink(entry.Path);
                continue;
            }

            if (entry.IsDirectory)
            {
                var (children, listError) = List(entry.Path);
                if (listError is not null)
                {
                    yield return listError.Value;
                }
                else
                {
                    branch.Push((children!, 0));
                }

                continue;
            }

            if (!Matches(entry.Path, patterns))
            {
                continue;
            }

            // One lstat tells a regular file from a link, a FIFO or a device (opening a FIFO would block).
            var kind = FileKinds.Of(entry.Path, followLinks: false);
            yield return kind switch
            {
                FileKind.Regular => InputEntry.Read(new InputSource(entry.Path, entry.Path)),
                FileKind.SymbolicLink => SkippedLink(entry.Path),
                _ => NotRegular(entry.Path, kind),
            };
        }
    }

    private static InputEntry SkippedLink(string path) => InputEntry.Notice(
        $"{path}: skipped: a symbolic link (folder walks follow no links; name the target to read it)",
        $"{path}：已跳过：符号链接（遍历文件夹时不跟随链接；如需读取请直接指定目标）");

    private static (List<Entry>? Entries, InputEntry? Error) List(string folder)
    {
        try
        {
            var entries = new List<Entry>(new FileSystemEnumerable<Entry>(folder, Describe, ListOneFolder));
            entries.Sort(static (a, b) => string.CompareOrdinal(a.SortKey, b.SortKey));
            return (entries, null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, InputEntry.Error($"{folder}: cannot list the folder: {exception.Message}", $"{folder}：无法列出文件夹：{exception.Message}"));
        }
    }

    private static Entry Describe(ref FileSystemEntry entry)
    {
        // Attributes cost an lstat per entry: asked of folders only (a link to a folder is skipped, and sorts as a
        // file). A file's kind, link or not, is told once it matches a pattern (see Walk).
        var path = entry.ToSpecifiedFullPath();
        var isDirectory = entry.IsDirectory;
        var isLink = isDirectory && (entry.Attributes & FileAttributes.ReparsePoint) != 0;
        return new Entry(path, isDirectory && !isLink ? path + "/" : path, isDirectory, isLink);
    }

    private static bool Matches(string path, IReadOnlyList<string> patterns)
    {
        var name = Path.GetFileName(path.AsSpan());
        foreach (var pattern in patterns)
        {
            if (FileSystemName.MatchesSimpleExpression(pattern, name, ignoreCase: OperatingSystem.IsWindows()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A folder entry; <see cref="IsLink"/> is told for folders only.</summary>
    private readonly record struct Entry(string Path, string SortKey, bool IsDirectory, bool IsLink);
}
