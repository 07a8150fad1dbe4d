using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using GovInfoReport.Cli.Input;
using GovInfoReport.Cli.Pipeline;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>
/// Issue 14: a walk's files open relative to a descriptor of their folder (openat), which skips the kernel's walk of
/// every component of the full path per file; the descriptors close once the folder's files are read, and a file that
/// cannot be opened that way is read, or refused, by its full path exactly as before. Linux only (elsewhere files
/// open by their full path and these tests have nothing to see).
/// </summary>
public sealed class FolderDescriptorTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("govinfo-openat-");

    // "报告.json" in GBK, as unzip leaves the names of an archive made on Windows, and as the tool shows it: every byte
    // of "报告" decodes as U+FFFD (B1, A8 and B8 start no UTF-8 sequence; E6 starts one that '.' ends).
    private static readonly byte[] GbkReportName = [0xB1, 0xA8, 0xB8, 0xE6, .. ".json"u8];
    private const string GbkReportNameShown = "\uFFFD\uFFFD\uFFFD\uFFFD.json";

    // "年报" in GBK (C4 EA B1 A8) under the test's folder: a folder name as unzip leaves it.
    private byte[] GbkFolder => [.. Encoding.UTF8.GetBytes(_directory.FullName + "/"), 0xC4, 0xEA, 0xB1, 0xA8];

    public void Dispose() => _directory.Delete(true);

    [Fact]
    public void AWalksFilesOpenRelativeToTheirFolderAndReadWhatTheFullPathReads()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var expected = Populate(folders: 3, filesEach: 2);
        File.WriteAllText(Path.Combine(_directory.FullName, "top.json"), "top");
        expected[Path.Combine(_directory.FullName, "top.json")] = "top";
        var opened = new List<string>();
        TestHooks.AfterOpenInFolder = (name, succeeded) => opened.Add(succeeded ? name : name + " (failed)");
        try
        {
            var read = new Dictionary<string, string>();
            foreach (var entry in InputWalker.Enumerate([_directory.FullName], ["*.json"]))
            {
                using var bytes = BoundedReader.Read(entry.Source!, 1000, Stream.Null);
                read[entry.Source!.Name] = Encoding.UTF8.GetString(bytes.Span);
            }

            Assert.Equal(expected.OrderBy(pair => pair.Key, StringComparer.Ordinal), read.OrderBy(pair => pair.Key, StringComparer.Ordinal));

            // Each file by its name in its folder (d000's two, d001's, d002's, then the top folder's), in walk order;
            // before, every file opened by its full path.
            Assert.Equal(["r0.json", "r1.json", "r0.json", "r1.json", "r0.json", "r1.json", "top.json"], opened);
        }
        finally
        {
            TestHooks.AfterOpenInFolder = null;
        }
    }

    [Fact]
    public void TheFolderDescriptorsOfABatchOfManyFoldersAreAllClosedAtItsEnd()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var expected = Populate(folders: 100, filesEach: 3);
        var opened = new ConcurrentBag<string>();
        var results = new Dictionary<string, string>();
        TestHooks.AfterOpenInFolder = (name, succeeded) => opened.Add(succeeded ? name : name + " (failed)"); // reaches the pipeline's threads, which the test starts
        try
        {
            // The walk runs ahead on its own thread and the workers read: a folder's descriptor must outlive the walk's
            // hold on it until the last of its files is read.
            BatchPipeline.Run(
                InputWalker.Enumerate([_directory.FullName], ["*.json"]),
                1000,
                Stream.Null,
                (source, bytes) => Encoding.UTF8.GetString(bytes),
                item => results[item.Entry.Source!.Name] = item.ReadError ?? item.Result!,
                workers: 2);
        }
        finally
        {
            TestHooks.AfterOpenInFolder = null;
        }

        Assert.Equal(expected.OrderBy(pair => pair.Key, StringComparer.Ordinal), results.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        // The walk runs up to the pipeline's inputs in flight ahead of the reads (2 x 3 chunks of up to 32: 64
        // folders of 3), so past the cap of open folders some files go by their full path; most open relative.
        Assert.InRange(opened.Count, 1, 300);
        Assert.All(opened, name => Assert.Matches("^r[0-2]\\.json$", name));
        Assert.Empty(OpenUnder(_directory.FullName));
    }

    [Fact]
    public void AWalkListedButNotReadHoldsAFewFolderDescriptorsWhichCloseAsItsFilesAreRead()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        Populate(folders: 100, filesEach: 2);
        var sources = InputWalker.Enumerate([_directory.FullName], ["*.json"]).Select(entry => entry.Source!).ToList();

        // What the measure below sees: the sources hold their folders open, never more than the cap, and once the cap
        // is reached a folder's files go by their full path.
        var held = OpenUnder(_directory.FullName);
        Assert.InRange(held.Count, 1, FolderDescriptor.MostOpen);
        Assert.Contains(sources, source => source.NameInFolder is null);

        foreach (var source in sources)
        {
            using var bytes = BoundedReader.Read(source, 1000, Stream.Null);
        }

        Assert.Empty(OpenUnder(_directory.FullName));
    }

    [Fact]
    public void AWalkGivenUpHalfwayLetsGoOfItsFoldersOnceTheSourcesItGaveAreRead()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        Populate(folders: 6, filesEach: 4);
        Directory.CreateDirectory(Path.Combine(_directory.FullName, "d002", "deeper"));
        File.WriteAllText(Path.Combine(_directory.FullName, "d002", "deeper", "x.json"), "x");
        List<InputSource> sources;
        using (var walk = InputWalker.Enumerate([_directory.FullName], ["*.json"]).GetEnumerator())
        {
            sources = [];
            for (var i = 0; i < 10 && walk.MoveNext(); i++)
            {
                sources.Add(walk.Current.Source!);
            }
        }

        Assert.NotEmpty(OpenUnder(_directory.FullName));
        foreach (var source in sources)
        {
            using var bytes = BoundedReader.Read(source, 1000, Stream.Null);
        }

        Assert.Empty(OpenUnder(_directory.FullName));
    }

    [Fact]
    public void AFileGoneAfterTheListingIsRefusedByItsFullPathAsBefore()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        Populate(folders: 1, filesEach: 2);
        var sources = InputWalker.Enumerate([_directory.FullName], ["*.json"]).Select(entry => entry.Source!).ToList();
        var gone = Path.Combine(_directory.FullName, "d000", "r0.json");
        File.Delete(gone);
        var opened = new List<string>();
        TestHooks.AfterOpenInFolder = (name, succeeded) => opened.Add(succeeded ? name : name + " (failed)");
        try
        {
            var notFound = Assert.ThrowsAny<IOException>(() => BoundedReader.Read(sources[0], 1000, Stream.Null));
            using var other = BoundedReader.Read(sources[1], 1000, Stream.Null);

            Assert.IsType<FileNotFoundException>(notFound);
            Assert.Equal($"Could not find file '{gone}'.", notFound.Message);
            Assert.Equal("d000/r1", Encoding.UTF8.GetString(other.Span));
            Assert.Equal(["r0.json (failed)", "r1.json"], opened); // the first tried relative to its folder, then by its path
        }
        finally
        {
            TestHooks.AfterOpenInFolder = null;
        }

        Assert.Empty(OpenUnder(_directory.FullName));
    }

    // d000/r0.json ... with its own relative path as content; the full paths and contents.
    private Dictionary<string, string> Populate(int folders, int filesEach)
    {
        var files = new Dictionary<string, string>();
        for (var f = 0; f < folders; f++)
        {
            var folder = _directory.CreateSubdirectory($"d{f:D3}").FullName;
            for (var i = 0; i < filesEach; i++)
            {
                var path = Path.Combine(folder, $"r{i}.json");
                var content = $"d{f:D3}/r{i}";
                File.WriteAllText(path, content);
                files[path] = content;
            }
        }

        return files;
    }

    [Fact]
    public void AFileWhoseNameIsNotUtf8IsReadByTheNameItsFolderListsIt()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // As text the name has U+FFFD for its odd bytes, and no file has that name: before, the walk found the file
        // and could not read it.
        ValidatesAReportNamedInGbk();
    }

    [Fact]
    public void AFolderWhoseNameIsNotUtf8IsListedByTheNameItsParentListsIt()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // "年报" in GBK, a folder as unzip leaves it, holding one file named in UTF-8 and one in GBK.
        // Before, the walk found the folder and could not list it: "cannot list the folder".
        var folder = GbkFolder;
        byte[] utf8File = [.. folder, .. "/r.json"u8, 0];
        byte[] gbkFile = [.. folder, (byte)'/', .. GbkReportName, 0];
        Assert.Equal(0, MakeFolder([.. folder, 0], Convert.ToInt32("755", 8)));
        var payload = File.ReadAllBytes(Cli.Fixture("seed-000.json"));
        (int, string, string) run;
        try
        {
            CreateFile(utf8File, payload);
            CreateFile(gbkFile, payload);
            run = Cli.Run(string.Empty, "validate", _directory.FullName, "--format", "json", "--lang", "en");
        }
        finally
        {
            _ = Unlink(utf8File);
            _ = Unlink(gbkFile);
            Assert.Equal(0, RemoveFolder([.. folder, 0]));
        }

        var (exitCode, output, error) = run;
        Assert.DoesNotContain("cannot", error, StringComparison.Ordinal); // "cannot list the folder" before
        Assert.Contains("files: 2,", error + output, StringComparison.Ordinal);
        // Shown as the bytes decode, odd ones as U+FFFD (C4 is not followed by a continuation byte; EA B1 A8 is 걨).
        var shownFolder = _directory.FullName + "/\uFFFD\uAC68";
        Assert.Equal(shownFolder, Encoding.UTF8.GetString(folder));
        Assert.Contains("\"source\": \"" + shownFolder + "/r.json\"", output, StringComparison.Ordinal);
        Assert.Contains("\"source\": \"" + shownFolder + "/" + GbkReportNameShown + "\"", output, StringComparison.Ordinal);
        Assert.Equal(2, output.Split("\"templateVersion\": \"2019\"").Length - 1);
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public void AFileWhoseNameIsNotUtf8IsReadByItsPathsBytesWhenItsFolderHasNoDescriptor()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Past FolderDescriptor.MostOpen a folder's files open by their full path. Before, that path was the name's
        // text, which has U+FFFD for the GBK bytes and names nothing: "cannot read".
        var held = new List<FolderDescriptor>();
        var folderBytes = NativeFiles.PathBytes(_directory.FullName);
        while (held.Count < FolderDescriptor.MostOpen && FolderDescriptor.TryOpen(folderBytes) is { } descriptor)
        {
            held.Add(descriptor);
        }

        try
        {
            ValidatesAReportNamedInGbk();
        }
        finally
        {
            held.ForEach(descriptor => descriptor.Release());
        }
    }

    [Fact]
    public void ALinkToAFolderInAFolderWhoseNameIsNotUtf8IsSkippedWithANotice()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // A walk follows no links and says so for a link to a folder. Before, inside a GBK-named folder the link was
        // told by its path's text, which names nothing: taken for a link to a file, it was left out without a word.
        var folder = GbkFolder;
        byte[] link = [.. folder, .. "/elsewhere"u8, 0];
        Assert.Equal(0, MakeFolder([.. folder, 0], Convert.ToInt32("755", 8)));
        (int, string, string) run;
        try
        {
            Assert.Equal(0, SymbolicLink(NativeFiles.PathBytes(Path.GetTempPath()), link));
            run = Cli.Run(string.Empty, "validate", _directory.FullName, "--lang", "en");
        }
        finally
        {
            _ = Unlink(link);
            Assert.Equal(0, RemoveFolder([.. folder, 0]));
        }

        var (_, output, error) = run;
        Assert.Contains(_directory.FullName + "/\uFFFD\uAC68/elsewhere: skipped: a symbolic link", error + output, StringComparison.Ordinal);
    }

    // The test's folder holding seed 000 under a GBK name is validated: the file is read (no "cannot read") and shown
    // with U+FFFD for the bytes that do not decode.
    private void ValidatesAReportNamedInGbk()
    {
        byte[] path = [.. Encoding.UTF8.GetBytes(_directory.FullName + "/"), .. GbkReportName, 0];
        CreateFile(path, File.ReadAllBytes(Cli.Fixture("seed-000.json")));
        (int, string, string) run;
        try
        {
            run = Cli.Run(string.Empty, "validate", _directory.FullName, "--format", "json");
        }
        finally
        {
            Assert.Equal(0, Unlink(path));
        }

        var (exitCode, output, error) = run;
        Assert.DoesNotContain("cannot read", error, StringComparison.Ordinal);
        Assert.Contains("\"source\": \"" + _directory.FullName + "/" + GbkReportNameShown + "\"", output, StringComparison.Ordinal);
        Assert.Contains("\"templateVersion\": \"2019\"", output, StringComparison.Ordinal);
        Assert.Equal(1, exitCode); // seed 000 has its published inconsistencies
    }

    // Creates a file by a path given as NUL-terminated bytes: .NET's own file calls take text, which cannot name it.
    private static void CreateFile(byte[] path, byte[] content)
    {
        var fd = Creat(path, Convert.ToInt32("644", 8));
        Assert.True(fd >= 0, "creat failed");
        try
        {
            Assert.Equal(content.Length, (int)Write(fd, content, content.Length));
        }
        finally
        {
            _ = CloseFile(fd);
        }
    }

    [System.Runtime.InteropServices.DllImport("libc.so.6", EntryPoint = "creat")]
    private static extern int Creat(byte[] path, int mode);

    [System.Runtime.InteropServices.DllImport("libc.so.6", EntryPoint = "write")]
    private static extern nint Write(int fd, byte[] buffer, nint count);

    [System.Runtime.InteropServices.DllImport("libc.so.6", EntryPoint = "mkdir")]
    private static extern int MakeFolder(byte[] path, int mode);

    [System.Runtime.InteropServices.DllImport("libc.so.6", EntryPoint = "rmdir")]
    private static extern int RemoveFolder(byte[] path);

    [System.Runtime.InteropServices.DllImport("libc.so.6", EntryPoint = "symlink")]
    private static extern int SymbolicLink(byte[] target, byte[] path);

    [System.Runtime.InteropServices.DllImport("libc.so.6", EntryPoint = "unlink")]
    private static extern int Unlink(byte[] path);

    [System.Runtime.InteropServices.DllImport("libc.so.6", EntryPoint = "close")]
    private static extern int CloseFile(int fd);

    // The process's descriptors that name the folder or something in it: other tests run at the same time, so the
    // count is of this test's folders only.
    private static List<string> OpenUnder(string root)
    {
        var open = new List<string>();
        foreach (var link in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
        {
            try
            {
                var target = new FileInfo(link).LinkTarget;
                if (target is not null && (target == root || target.StartsWith(root + "/", StringComparison.Ordinal)))
                {
                    open.Add(target);
                }
            }
            catch (IOException)
            {
                // Closed while listed (another test's file).
            }
        }

        return open;
    }
}
