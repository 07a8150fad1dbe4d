using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;
using System.Runtime.InteropServices;
using System.Text;

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

            // An argument whose bytes are not UTF-8 is told, read and listed by them; its text only shows it.
            var kind = FileKinds.OfArgument(path);
            switch (kind)
            {
                case FileKind.Missing:
                    yield return InputEntry.Error($"{path}: no such file or folder", $"{path}：文件或文件夹不存在");
                    break;
                case FileKind.Regular:
                    yield return InputEntry.Read(InputSource.OfArgument(path));
                    break;
                case FileKind.Directory:
                    foreach (var entry in Walk(path, ArgumentBytes.Of(path), patterns))
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

    private static IEnumerable<InputEntry> Walk(string root, byte[]? rootBytes, IReadOnlyList<string> patterns)
    {
        // Depth first, each folder's entries in ordinal order of their names with a folder sorting as its name plus
        // '/': the order of the full paths (which share the folder's path up to the name), without holding more than
        // the folders on the current branch.
        var branch = new Stack<Listed>();
        var (first, error) = List(root, rootBytes, patterns);
        if (error is not null)
        {
            yield return error.Value;
            yield break;
        }

        branch.Push(first!.Value);
        try
        {
            while (branch.Count > 0)
            {
                var listed = branch.Pop();
                if (listed.Next == listed.Entries.Count)
                {
                    listed.Folder?.Release();
                    continue;
                }

                branch.Push(listed with { Next = listed.Next + 1 });
                var entry = listed.Entries[listed.Next];
                if (entry.IsLink)
                {
                    yield return SkippedLink(entry.Path);
                    continue;
                }

                if (entry.IsDirectory)
                {
                    var (children, listError) = List(entry.Path, entry.NameBytes is { } folderName ? ChildPath(listed.FolderBytes, folderName) : null, patterns);
                    if (listError is not null)
                    {
                        yield return listError.Value;
                    }
                    else
                    {
                        branch.Push(children!.Value);
                    }

                    continue;
                }

                // The listing's kind (d_type) where it gives one, else one lstat: a regular file told from a link, a
                // FIFO or a device before anything opens it (opening a FIFO would block).
                var kind = entry.Kind ?? FileKinds.Of(entry.Path, followLinks: false);
                var found = kind switch
                {
                    FileKind.Regular => InputEntry.Read(Source(entry, listed)),
                    FileKind.SymbolicLink => SkippedLink(entry.Path),
                    _ => NotRegular(entry.Path, kind),
                };

                // The walk lets go of the folder's descriptor once it has handed out the last file that may use it (the
                // sources hold it until they are read), not when the folder's subfolders are done: a folder whose files
                // sort before its subfolders holds none while they are walked (FolderDescriptor.MostOpen bounds the rest).
                if (listed.Next == listed.LastFile && listed.Folder is not null)
                {
                    listed.Folder.Release();
                    branch.Pop();
                    branch.Push(listed with { Next = listed.Next + 1, Folder = null });
                }

                yield return found;
            }
        }
        finally
        {
            // A walk given up halfway (an error, Ctrl-C) lets go of the folders on its branch; the sources it handed
            // out still hold theirs until they are read.
            foreach (var listed in branch)
            {
                listed.Folder?.Release();
            }
        }
    }

    // A file relative to its folder's descriptor; without one (past FolderDescriptor.MostOpen), by its full path: the
    // path's bytes where they are not UTF-8 (a name or a folder's name from a GBK archive), else its text.
    private static InputSource Source(Entry entry, Listed listed)
    {
        if (entry.NameBytes is not { } name)
        {
            return new InputSource(entry.Path, entry.Path);
        }

        if (listed.Folder is { } folder)
        {
            return new InputSource(entry.Path, folder, name);
        }

        return InputSource.OfBytes(entry.Path, ChildPath(listed.FolderBytes, name));
    }

    private static InputEntry SkippedLink(string path) => InputEntry.Notice(
        $"{path}: skipped: a symbolic link (folder walks follow no links; name the target to read it)",
        $"{path}：已跳过：符号链接（遍历文件夹时不跟随链接；如需读取请直接指定目标）");

    // A folder's entries in walk order: its folders, links to folders (skipped with a notice where they sort), and
    // the other entries whose names match a pattern; with a descriptor of the folder to open its files relative to.
    // The folder is named by its path as text and by the bytes the listings gave for it (see NameBytes), or, where the
    // walk has none (an argument, a folder the public walk listed), by its text in UTF-8: a folder whose name is not
    // UTF-8 is listed and opened by the listing's bytes.
    private static (Listed? Listed, InputEntry? Error) List(string folder, byte[]? folderBytes, IReadOnlyList<string> patterns)
    {
        try
        {
            folderBytes ??= NativeFiles.PathBytes(folder);
            var listedUnix = !OperatingSystem.IsWindows() ? ListUnix(folderBytes, folder) : null;
            var entries = listedUnix
                ?? new List<Entry>(new FileSystemEnumerable<Entry>(folder, Describe, ListOneFolder));

            // Told while the listing is fresh in the cache: asked of each entry as the walk reached it, the test was
            // mostly a wait for its name to come back from memory.
            entries.RemoveAll(entry => !entry.IsDirectory && !entry.IsLink && !Matches(entry.SortKey, patterns));
            entries.Sort(static (a, b) => string.CompareOrdinal(a.SortKey, b.SortKey));

            // Only a folder with files to read needs a descriptor (links to files are skipped, but rare enough to count).
            var lastFile = entries.FindLastIndex(static entry => !entry.IsDirectory);
            var descriptor = listedUnix is not null && lastFile >= 0 ? FolderDescriptor.TryOpen(folderBytes) : null;
            return (new Listed(entries, 0, descriptor, lastFile, folderBytes), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, InputEntry.Error($"{folder}: cannot list the folder: {exception.Message}", $"{folder}：无法列出文件夹：{exception.Message}"));
        }
    }

    /// <summary>
    /// The folder's entries with the kind the listing gives (d_type), which the public walk hides: a regular file
    /// then costs no lstat before it is opened. Null when the folder cannot be listed: the public walk then lists it
    /// or words the error exactly as before.
    /// </summary>
    private static List<Entry>? ListUnix(byte[] folderBytes, string folder)
    {
        var dir = NativeFiles.OpenDir(folderBytes);
        if (dir == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            var entries = new List<Entry>();
            while (true)
            {
                var status = NativeFiles.ReadDir(dir, out var native);
                if (status == -1)
                {
                    return entries;
                }

                if (status != 0)
                {
                    return null;
                }

                var nameBytes = NameBytes(native.Name);
                var name = Encoding.UTF8.GetString(nameBytes.AsSpan(0, nameBytes.Length - 1));
                if (name is "." or "..")
                {
                    continue;
                }

                var path = Path.Join(folder, name);
                var kind = NativeFiles.KindOfEntry(native.NodeType);
                switch (kind)
                {
                    case FileKind.Directory:
                        entries.Add(new Entry(path, name + "/", IsDirectory: true, IsLink: false, FileKind.Directory, nameBytes));
                        break;
                    case FileKind.SymbolicLink:
                        // As the public walk: a link to a folder is skipped where it sorts (as a file); any other link
                        // is skipped if its name matches.
                        var toFolder = FileKinds.Of(ChildPath(folderBytes, nameBytes), path, followLinks: true) == FileKind.Directory;
                        entries.Add(new Entry(path, name, toFolder, IsLink: toFolder, FileKind.SymbolicLink, null));
                        break;
                    case null:
                        // No kind in the listing: one lstat tells a folder (the public walk's attributes did the same).
                        var told = FileKinds.Of(ChildPath(folderBytes, nameBytes), path, followLinks: false);
                        if (told == FileKind.SymbolicLink)
                        {
                            goto case FileKind.SymbolicLink;
                        }

                        entries.Add(told == FileKind.Directory
                            ? new Entry(path, name + "/", IsDirectory: true, IsLink: false, FileKind.Directory, nameBytes)
                            : new Entry(path, name, IsDirectory: false, IsLink: false, told == FileKind.Missing ? null : told, nameBytes));
                        break;
                    default:
                        entries.Add(new Entry(path, name, IsDirectory: false, IsLink: false, kind, nameBytes));
                        break;
                }
            }
        }
        finally
        {
            NativeFiles.CloseDir(dir);
        }
    }

    private static Entry Describe(ref FileSystemEntry entry)
    {
        // Attributes cost an lstat per entry: asked of folders only (a link to a folder is skipped, and sorts as a
        // file). A file's kind, link or not, is told once it matches a pattern (see Walk).
        var path = entry.ToSpecifiedFullPath();
        var isDirectory = entry.IsDirectory;
        var isLink = isDirectory && (entry.Attributes & FileAttributes.ReparsePoint) != 0;
        var name = entry.FileName.ToString();
        return new Entry(path, isDirectory && !isLink ? name + "/" : name, isDirectory, isLink, null, null);
    }

    /// <summary>Whether a file named <paramref name="name"/> is one of <paramref name="patterns"/>.</summary>
    internal static bool Matches(ReadOnlySpan<char> name, IReadOnlyList<string> patterns)
    {
        var ignoreCase = OperatingSystem.IsWindows();
        for (var i = 0; i < patterns.Count; i++)
        {
            var pattern = patterns[i];
            // The commands' patterns are a star and an extension ("*.json"): an ordinal suffix test, which the general
            // matcher takes a walk over the name for, once per file of a batch.
            if (!ignoreCase && pattern.StartsWith('*') && pattern.AsSpan(1).IndexOfAny("*?\\") < 0
                ? !name.IsEmpty && name.EndsWith(pattern.AsSpan(1), StringComparison.Ordinal)
                : FileSystemName.MatchesSimpleExpression(pattern, name, ignoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The name a listing gave, as its bytes and a NUL: a file opens by them relative to its folder, a subfolder is
    // listed by its parent's path in bytes and them. Decoded to text, a name that is not UTF-8 (a GBK name from an
    // archive made on Windows) has U+FFFD for its odd bytes, and nothing has that name: by its text it could not be
    // opened or listed at all.
    private static unsafe byte[] NameBytes(IntPtr name) => [.. MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)name), 0];

    // An entry's path in bytes, as Path.Join makes its text: the folder's, a separator unless it ends in one, the name.
    private static byte[] ChildPath(byte[] folder, byte[] name)
    {
        var parent = folder.AsSpan(0, folder.Length - 1);
        var separator = parent.Length > 0 && parent[^1] == (byte)'/' ? 0 : 1;
        var path = new byte[parent.Length + separator + name.Length];
        parent.CopyTo(path);
        if (separator == 1)
        {
            path[parent.Length] = (byte)'/';
        }

        name.CopyTo(path.AsSpan(parent.Length + separator));
        return path;
    }

    /// <summary>
    /// A folder entry; <see cref="SortKey"/> is its name (a folder's with a '/' after it); <see cref="IsLink"/> is
    /// told for folders only; <see cref="Kind"/> when the listing told it; <see cref="NameBytes"/>, the name of a file
    /// or folder as the system's listing gave it (NUL-terminated), when it did.
    /// </summary>
    private readonly record struct Entry(string Path, string SortKey, bool IsDirectory, bool IsLink, FileKind? Kind, byte[]? NameBytes);

    /// <summary>
    /// A listed folder on the walk's branch: its entries, the next to hand out, the descriptor its files open relative
    /// to (null when there is none), the index of its last file (-1 if none), and its path in bytes (NUL-terminated).
    /// </summary>
    private readonly record struct Listed(List<Entry> Entries, int Next, FolderDescriptor? Folder, int LastFile, byte[] FolderBytes);
}
