using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using GovInfoReport.Cli.Input;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>Issue 13: nothing the outside world hands the CLI crashes it, hangs it or silently changes a result.</summary>
public sealed class HardeningTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("govinfo-hardening-");

    public static TheoryData<string, byte[]> RejectedPayloads()
    {
        var seed = File.ReadAllText(Cli.Fixture("seed-004.json"));
        var agency = JsonDocument.Parse(seed).RootElement.GetProperty("agencyName").GetString()!;
        var withAgency = (string raw) => seed.Replace(JsonSerializer.Serialize(agency, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), raw, StringComparison.Ordinal);
        var badByte = Encoding.UTF8.GetBytes(withAgency("\"AGENCY\"")).ToList();
        var at = Encoding.UTF8.GetString(badByte.ToArray()).IndexOf("AGENCY", StringComparison.Ordinal);
        badByte[at] = 0xFF;
        return new TheoryData<string, byte[]>
        {
            { "truncated", Encoding.UTF8.GetBytes("{\"templateVersion\": \"2021\", \"agencyName\": \"x\"") },
            { "trailing text", Encoding.UTF8.GetBytes(seed + "\n and then some") },
            { "lone surrogate", Encoding.UTF8.GetBytes(withAgency("\"\\uD800\"")) },
            { "0xFF byte", badByte.ToArray() },
            { "depth 70", Encoding.UTF8.GetBytes(withAgency(new string('[', 70) + new string(']', 70))) },
        };
    }

    public void Dispose() => _directory.Delete(true);

    [Fact]
    public void AnInternalErrorHasItsOwnExitCodeAndOneLineTheStackOnlyWithVerbose()
    {
        TestHooks.BeforeWork = _ => throw new InvalidOperationException("simulated bug");
        try
        {
            var (exitCode, output, error) = Cli.Run(string.Empty, "validate", Cli.Fixture("seed-004.json"), "--lang", "en");
            var verbose = Cli.Run(string.Empty, "validate", Cli.Fixture("seed-004.json"), "--lang", "en", "--verbose");

            Assert.Equal(ExitCodes.InternalError, exitCode);
            Assert.NotEqual(ExitCodes.IssuesFound, exitCode);
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("seed-004.json: internal error: System.InvalidOperationException: simulated bug", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);

            // The crash is not a finding: the file counts as neither valid nor in error.
            Assert.Contains("files: 1, valid: 0, with errors: 0", output, StringComparison.Ordinal);

            Assert.Equal(ExitCodes.InternalError, verbose.ExitCode);
            Assert.Contains(" at GovInfoReport.Cli.Tests.HardeningTests", verbose.Error, StringComparison.Ordinal);
        }
        finally
        {
            TestHooks.BeforeWork = null;
        }
    }

    [Fact]
    public void AFailureOutsideThePerFileWorkIsAnInternalErrorToo()
    {
        using var error = new StringWriter();
        var exitCode = CliApplication.Run(["validate", Cli.Fixture("seed-004.json"), "--lang", "en"], Stream.Null, new FailingStream(new InvalidOperationException("simulated bug")), error);

        Assert.Equal(ExitCodes.InternalError, exitCode);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("internal error: System.InvalidOperationException: simulated bug", line, StringComparison.Ordinal);
    }

    [Fact]
    public void AClosedStandardOutputIsAnOutputErrorNotACrash()
    {
        using var error = new StringWriter();
        var exitCode = CliApplication.Run(["validate", Cli.Fixture("seed-004.json"), "--lang", "en"], Stream.Null, new FailingStream(new IOException("Broken pipe")), error);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Equal("error: cannot write to standard output: Broken pipe", error.ToString().Trim());
    }

    [Fact]
    public void HelpDocumentsTheInternalErrorExitCode()
    {
        var (exitCode, output, _) = Cli.Run(string.Empty, "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("3 internal error", output, StringComparison.Ordinal);
        Assert.Contains("--verbose", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RejectedPayloads))]
    public void RenderRefusesEveryPayloadValidationRejectsWithoutAStack(string kind, byte[] payload)
    {
        var path = Path.Combine(_directory.FullName, "payload.json");
        File.WriteAllBytes(path, payload);
        var html = Path.Combine(_directory.FullName, "out.html");

        var (exitCode, _, error) = Cli.Run(string.Empty, "render", path, "--out", html, "--lang", "en");

        Assert.True(exitCode == ExitCodes.UsageOrInputError, $"{kind}: exit {exitCode}: {error}");
        Assert.Contains("cannot render: the payload is not readable JSON", error, StringComparison.Ordinal);
        Assert.Contains(": json.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(html));
    }

    [Theory]
    [MemberData(nameof(RejectedPayloads))]
    public void EveryOtherCommandReportsTheRejectedPayloadAsAFinding(string kind, byte[] payload)
    {
        var path = Path.Combine(_directory.FullName, "payload.json");
        File.WriteAllBytes(path, payload);

        foreach (var args in new[] { new[] { "validate", path }, ["validate", "-"], ["schema", "check", Cli.Schema("2021"), path], ["check", path], ["extract", path] })
        {
            var (exitCode, output, error) = Cli.RunBytes(payload, [.. args, "--lang", "en"]);

            Assert.True(exitCode == ExitCodes.IssuesFound, $"{kind}, {string.Join(' ', args.Take(2))}: exit {exitCode}: {error}");
            Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
            if (args[0] is "validate" or "schema")
            {
                Assert.Contains(" json.", output, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void StdinIsReadAsBytesSoInvalidUtf8IsReportedAsFromAFile()
    {
        var payload = File.ReadAllBytes(Cli.Fixture("seed-004.json"));
        var quote = Array.IndexOf(payload, (byte)'"', Array.IndexOf(payload, (byte)':') + 1);
        payload[quote + 1] = 0xFF;
        var path = Path.Combine(_directory.FullName, "invalid-utf8.json");
        File.WriteAllBytes(path, payload);

        var fromFile = Cli.Run(string.Empty, "validate", path, "--lang", "en");
        var fromStdin = Cli.RunProcessIn(null, payload, "validate", "-", "--lang", "en");

        Assert.Equal(ExitCodes.IssuesFound, fromFile.ExitCode);
        Assert.Contains("json.encoding", fromFile.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.IssuesFound, fromStdin.ExitCode);
        Assert.Contains("json.encoding", fromStdin.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void StdinIsReadOnlyToTheLimitPlusOneByte()
    {
        var endless = new EndlessStream();

        var (exitCode, output, _) = Within(() => Cli.RunStream(endless, "validate", "-", "--lang", "en"));

        Assert.Equal(ExitCodes.IssuesFound, exitCode);
        Assert.Contains("json.size", output, StringComparison.Ordinal);
        Assert.Equal((1024 * 1024) + 1, endless.BytesRead);
    }

    [Fact]
    public void ADeviceIsRefusedByName()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No device nodes in the Windows file system.
        }

        var (exitCode, _, error) = Within(() => Cli.Run(string.Empty, "validate", "/dev/zero", "--lang", "en"));

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("/dev/zero: not a regular file: a character device; not read", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileIsReadOnlyToItsLimitPlusOneByte()
    {
        var path = Path.Combine(_directory.FullName, "huge.json");
        using (var file = File.Create(path))
        {
            file.SetLength(100L * 1024 * 1024);
        }

        using var bytes = BoundedReader.Read(new InputSource(path, path), 1024 * 1024, Stream.Null);
        var (exitCode, output, _) = Cli.Run(string.Empty, "validate", path, "--lang", "en");

        Assert.Equal((1024 * 1024) + 1, bytes.Length);
        Assert.Equal(ExitCodes.IssuesFound, exitCode);
        Assert.Contains("json.size", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AFifoOrAFolderHoldingOneIsRefusedAndDoesNotHang()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No FIFOs in the Windows file system.
        }

        File.Copy(Cli.Fixture("seed-004.json"), Path.Combine(_directory.FullName, "a.json"));
        var fifo = Path.Combine(_directory.FullName, "pipe.json");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var folder = Within(() => Cli.Run(string.Empty, "validate", _directory.FullName, "--lang", "en"));
        var named = Within(() => Cli.Run(string.Empty, "validate", fifo, "--lang", "en"));

        Assert.Equal(ExitCodes.UsageOrInputError, folder.ExitCode);
        Assert.Contains("pipe.json: not a regular file: a named pipe (FIFO); not read", folder.Error, StringComparison.Ordinal);
        Assert.Contains("files: 1, valid: 1", folder.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageOrInputError, named.ExitCode);
        Assert.Contains("named pipe", named.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FolderWalksFollowNoLinksSoTheyCannotLoopOrLeaveTheFolder()
    {
        var root = Directory.CreateDirectory(Path.Combine(_directory.FullName, "root"));
        File.Copy(Cli.Fixture("seed-004.json"), Path.Combine(root.FullName, "a.json"));
        var outside = Path.Combine(_directory.FullName, "outside.json");
        File.Copy(Cli.Fixture("seed-002.json"), outside);
        var sub = root.CreateSubdirectory("sub");
        Directory.CreateSymbolicLink(Path.Combine(sub.FullName, "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(sub.FullName, "up2"), "..");
        File.CreateSymbolicLink(Path.Combine(sub.FullName, "out.json"), outside);

        var (exitCode, output, error) = Within(() => Cli.Run(string.Empty, "validate", root.FullName, "--lang", "en"));

        Assert.Equal(ExitCodes.Valid, exitCode);
        Assert.Contains("files: 1, valid: 1, with errors: 0", output, StringComparison.Ordinal);
        Assert.DoesNotContain("outside", output, StringComparison.Ordinal);
        Assert.Contains("sub/up: skipped: a symbolic link", error, StringComparison.Ordinal);
        Assert.Contains("sub/out.json: skipped: a symbolic link", error, StringComparison.Ordinal);
    }

    [Fact]
    public void OneLinkBackUpDoesNotValidateTheSameFileAgain()
    {
        File.Copy(Cli.Fixture("seed-004.json"), Path.Combine(_directory.FullName, "a.json"));
        Directory.CreateSymbolicLink(Path.Combine(_directory.CreateSubdirectory("sub").FullName, "up"), "..");

        var (_, output, _) = Within(() => Cli.Run(string.Empty, "validate", _directory.FullName, "--lang", "en"));

        Assert.Contains("files: 1, valid: 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void FileNamesThatLookLikeOptionsAreValidatedNotTakenForHelp()
    {
        File.Copy(Cli.Fixture("seed-002.json"), Path.Combine(_directory.FullName, "-h.json"));
        File.Copy(Cli.Fixture("seed-004.json"), Path.Combine(_directory.FullName, "-help-me.json"));
        File.Copy(Cli.Fixture("seed-004.json"), Path.Combine(_directory.FullName, "a.json"));

        // What `validate *.json --lang en` hands the tool: the glob sorts the dashed names first.
        var globbed = Cli.RunProcessIn(_directory.FullName, null, "validate", "-h.json", "-help-me.json", "a.json", "--lang", "en");
        var after = Cli.RunProcessIn(_directory.FullName, null, "validate", "a.json", "-h.json", "--help", "--lang", "en");

        Assert.Equal(ExitCodes.IssuesFound, globbed.ExitCode);
        Assert.DoesNotContain("Usage:", globbed.Output, StringComparison.Ordinal);
        Assert.Contains("files: 3, valid: 2, with errors: 1", globbed.Output, StringComparison.Ordinal);

        // After the first path, help is a file name too (there is none here).
        Assert.Equal(ExitCodes.UsageOrInputError, after.ExitCode);
        Assert.DoesNotContain("Usage:", after.Output, StringComparison.Ordinal);
        Assert.Contains("--help: no such file or folder", after.Error, StringComparison.Ordinal);
        Assert.Contains("files: 2, valid: 1, with errors: 1", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void EverythingAfterTheDoubleDashIsAPath()
    {
        var (exitCode, _, error) = Cli.Run(string.Empty, "validate", "--lang", "en", "--", "--format", "-h");

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("--format: no such file or folder", error, StringComparison.Ordinal);
        Assert.Contains("-h: no such file or folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ControlCharactersInFileNamesCannotForgeTheSummaryLine()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows file names cannot hold a line feed.
        }

        var forged = "x\nfiles: 9, valid: 9, with errors: 0, with warnings: 0, elapsed: 0.01 s\n\u001b[2K.json";
        File.Copy(Cli.Fixture("seed-002.json"), Path.Combine(_directory.FullName, forged));

        var (exitCode, output, _) = Cli.Run(string.Empty, "validate", _directory.FullName, "--lang", "en");

        Assert.Equal(ExitCodes.IssuesFound, exitCode);
        Assert.Single(output.Split('\n'), l => l.StartsWith("files: ", StringComparison.Ordinal));
        Assert.Contains("x\\nfiles: 9, valid: 9, with errors: 0, with warnings: 0, elapsed: 0.01 s\\n\\x1b[2K.json  [2021 template]", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void NotesPerDocumentAreBoundedWithATruncationMarker()
    {
        var seed = File.ReadAllLines(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "004_*.txt").Single());
        var table4 = Array.FindIndex(seed, l => l.StartsWith("四、政府信息公开行政复议", StringComparison.Ordinal));
        var row = string.Join('\t', new[] { "（一）予以公开" }.Concat(Enumerable.Repeat("1", 29)));
        var path = Path.Combine(_directory.FullName, "many-rows.txt");
        File.WriteAllLines(path, seed.Take(table4).Concat(Enumerable.Repeat(row, 1500)).Concat(seed.Skip(table4)));

        var (exitCode, output, _) = Cli.Run(string.Empty, "extract", path, "--format", "json");

        Assert.Equal(ExitCodes.Valid, exitCode);
        using var document = JsonDocument.Parse(output);
        var notes = document.RootElement[0].GetProperty("notes").EnumerateArray().ToList();
        Assert.Equal(1001, notes.Count);
        Assert.Equal("notes.truncated", notes[^1].GetProperty("code").GetString());
        Assert.Single(notes, n => n.GetProperty("code").GetString() == "notes.truncated");
    }

    private static T Within<T>(Func<T> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(Patience), "the run hung");
        return task.Result;
    }

    /// <summary>Standard output that fails every write with <paramref name="failure"/>.</summary>
    private sealed class FailingStream(Exception failure) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw failure;
    }

    /// <summary>An endless stream of zeros, like /dev/zero on stdin, counting what is read of it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
