using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using GovInfoReport.Cli.Input;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>
/// Issue 14: a folder walk tells a regular file from the listing (no lstat per file), and a bounded read stats the
/// file once; what they find, read and refuse stays what the public API found, read and refused.
/// </summary>
public sealed class InputSystemCallTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("govinfo-syscalls-");

    public void Dispose() => _directory.Delete(true);

    [Fact]
    public void AWalkStatsNoRegularFileItFinds()
    {
        for (var i = 0; i < 5; i++)
        {
            File.WriteAllText(Path.Combine(_directory.FullName, $"r{i}.json"), "{}");
        }

        File.WriteAllText(Path.Combine(_directory.CreateSubdirectory("sub").FullName, "s.json"), "{}");
        var stats = new List<string>();
        TestHooks.BeforeStat = stats.Add;
        try
        {
            var entries = InputWalker.Enumerate([_directory.FullName], ["*.json"]).ToList();

            Assert.Equal(6, entries.Count(entry => entry.Source is not null));
            if (!OperatingSystem.IsWindows())
            {
                // The argument is asked what it is (file or folder); what the walk finds in it is not.
                Assert.Equal([_directory.FullName], stats);
            }
        }
        finally
        {
            TestHooks.BeforeStat = null;
        }
    }

    [Fact]
    public void AWalkFindsSkipsAndRefusesWhatThePublicWalkDidInTheSameOrder()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No FIFOs; links need privileges.
        }

        var root = _directory.FullName;
        foreach (var name in new[] { "b.json", "a.json", ".hidden.json", "ab.json", "notes.txt" })
        {
            File.WriteAllText(Path.Combine(root, name), "{}");
        }

        File.WriteAllText(Path.Combine(_directory.CreateSubdirectory("ab").FullName, "c.json"), "{}");
        File.WriteAllText(Path.Combine(_directory.CreateSubdirectory("z dir").FullName, "d.json"), "{}");
        File.CreateSymbolicLink(Path.Combine(root, "link.json"), Path.Combine(root, "a.json"));
        File.CreateSymbolicLink(Path.Combine(root, "dead.json"), Path.Combine(root, "missing.json"));
        File.CreateSymbolicLink(Path.Combine(root, "link.txt"), Path.Combine(root, "a.json"));
        Directory.CreateSymbolicLink(Path.Combine(root, "folder-link"), Path.Combine(root, "ab"));
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(root, "pipe.json")]))
        {
            mkfifo.WaitForExit();
        }

        var seen = InputWalker.Enumerate([root], ["*.json"])
            .Select(entry => entry.Source is { } source ? "read " + source.Name[(root.Length + 1)..] : entry.Message!.Replace(root + "/", string.Empty, StringComparison.Ordinal))
            .ToList();

        Assert.Equal(
            [
                "read .hidden.json",
                "read a.json",
                "read ab.json",
                "read ab/c.json",
                "read b.json",
                "dead.json: skipped: a symbolic link (folder walks follow no links; name the target to read it)",
                "folder-link: skipped: a symbolic link (folder walks follow no links; name the target to read it)",
                "link.json: skipped: a symbolic link (folder walks follow no links; name the target to read it)",
                "pipe.json: not a regular file: a named pipe (FIFO); not read",
                "read z dir/d.json",
            ],
            seen);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(999)]
    [InlineData(1000)]
    [InlineData(1001)]
    [InlineData(70_000)]
    public void ABoundedReadGivesTheFileUpToTheLimitPlusOneByte(int size)
    {
        const int Limit = 1000;
        var path = Path.Combine(_directory.FullName, "f.json");
        var content = Enumerable.Range(0, size).Select(i => (byte)(i * 7)).ToArray();
        File.WriteAllBytes(path, content);

        using var bytes = BoundedReader.Read(new InputSource(path, path), Limit, Stream.Null);

        Assert.Equal(content.AsSpan(0, Math.Min(size, Limit + 1)).ToArray(), bytes.Span.ToArray());
    }

    [Fact]
    public void ABoundedReadOfAMissingFileOrAFolderFailsAsTheRuntimeWordsIt()
    {
        var missing = Path.Combine(_directory.FullName, "missing.json");

        var notFound = Assert.ThrowsAny<IOException>(() => BoundedReader.Read(new InputSource(missing, missing), 1000, Stream.Null));
        var folder = Assert.ThrowsAny<Exception>(() => BoundedReader.Read(new InputSource(_directory.FullName, _directory.FullName), 1000, Stream.Null));

        Assert.IsType<FileNotFoundException>(notFound);
        Assert.Contains(missing, notFound.Message, StringComparison.Ordinal);
        Assert.True(folder is UnauthorizedAccessException or IOException);
    }
}
