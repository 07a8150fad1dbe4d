using System;
using System.Text.Unicode;
using System.Threading;

namespace GovInfoReport.Cli.Input;

/// <summary>One input a batch command reads: a regular file, or standard input.</summary>
/// <param name="Name">The path as the user named it (or as a folder walk found it), or "stdin".</param>
/// <param name="Path">The file to open; null for standard input.</param>
internal sealed record InputSource(string Name, string? Path)
{
    private FolderDescriptor? _folder;

    /// <summary>
    /// A file a folder walk found: <paramref name="nameInFolder"/> opens relative to <paramref name="folder"/>'s
    /// descriptor, which this source holds a reference to until <see cref="TakeFolder"/>.
    /// </summary>
    public InputSource(string path, FolderDescriptor folder, byte[] nameInFolder)
        : this(path, path)
    {
        folder.AddReference();
        _folder = folder;
        NameInFolder = nameInFolder;
    }

    private InputSource(string path, byte[] pathBytes)
        : this(path, path)
    {
        PathBytes = pathBytes;
    }

    /// <summary>The file a path argument names: opened by the argument's bytes where they are not UTF-8 (<see cref="ArgumentBytes"/>).</summary>
    public static InputSource OfArgument(string path) => ArgumentBytes.Of(path) is { } bytes ? OfBytes(path, bytes) : new InputSource(path, path);

    /// <summary>
    /// The file whose path is <paramref name="pathBytes"/> (NUL-terminated), shown as <paramref name="path"/>: opened by
    /// those bytes where they are not UTF-8, else by its text, which then names it (and the public API words its errors).
    /// </summary>
    public static InputSource OfBytes(string path, byte[] pathBytes)
        => Utf8.IsValid(pathBytes.AsSpan(0, pathBytes.Length - 1)) ? new InputSource(path, path) : new InputSource(path, pathBytes);

    /// <summary>Standard input.</summary>
    public static InputSource Stdin { get; } = new("stdin", (string?)null);

    /// <summary>The file's path as the system passed it (NUL-terminated bytes that are not UTF-8), where its text cannot name it; or null.</summary>
    public byte[]? PathBytes { get; }

    /// <summary>The file's name in the folder of the descriptor it was found with, as the listing gave it (NUL-terminated bytes, UTF-8 or not), or null.</summary>
    public byte[]? NameInFolder { get; }

    /// <summary>
    /// The folder descriptor with this source's reference to it, once: the reader opens the file with it, then
    /// releases the reference (<see cref="FolderDescriptor.Release"/>).
    /// </summary>
    public FolderDescriptor? TakeFolder() => Interlocked.Exchange(ref _folder, null);
}
