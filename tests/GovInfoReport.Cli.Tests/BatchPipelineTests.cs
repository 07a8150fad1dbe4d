using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using GovInfoReport.Cli.Input;
using GovInfoReport.Cli.Pipeline;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>
/// Chunks of inputs are cut to about 2 ms of work: results wait for the writer a chunk at a time, so 32 slow inputs
/// a chunk (32 extracted reports: 3.5 MB of rendered JSON) made the memory of the busiest moment, which the pools
/// then kept, grow with a batch's length. Fast inputs still travel 32 at a time.
/// </summary>
public sealed class BatchPipelineTests
{
    private static readonly long Millisecond = Stopwatch.Frequency / 1000;

    [Fact]
    public void TheFirstInputsGoOneAtATimeSoThatTheySpreadOverTheWorkers()
    {
        Assert.Equal(1, BatchPipeline.NextChunkSize(1, handedOut: 0, workers: 2, ticksPerInput: 0));
        Assert.Equal(1, BatchPipeline.NextChunkSize(1, handedOut: 7, workers: 2, ticksPerInput: Millisecond / 1000));
    }

    [Fact]
    public void FastWorkDoublesTheChunkUpToThirtyTwo()
    {
        var sizes = Sizes(ticksPerInput: Millisecond / 1000, steps: 8); // 1 µs an input
        Assert.Equal([2, 4, 8, 16, 32, 32, 32, 32], sizes);
        Assert.Equal([2, 4, 8, 16, 32, 32, 32, 32], Sizes(ticksPerInput: 0, steps: 8)); // no estimate yet
    }

    [Theory]
    [InlineData(5000, 1)] // 5 ms an input (a PDF): one at a time
    [InlineData(350, 5)] // an extracted text report: 2 ms / 0.35 ms
    [InlineData(40, 32)] // a validated payload: 50 would fit; 32 at most
    public void SlowWorkIsCutToAboutTwoMillisecondsAChunk(int microsecondsPerInput, int expected)
    {
        var sizes = Sizes(ticksPerInput: Millisecond * microsecondsPerInput / 1000, steps: 10);
        Assert.Equal(expected, sizes[^1]);
        Assert.All(sizes, size => Assert.InRange(size, 1, expected));
    }

    [Fact]
    public void SlowInputsAreHeldForTheWriterAFewAtATimeAndWrittenInOrder()
    {
        var folder = Directory.CreateTempSubdirectory("govinfo-pipeline-");
        try
        {
            var entries = Enumerable.Range(0, 100).Select(i =>
            {
                var path = Path.Combine(folder.FullName, $"{i:D3}.txt");
                File.WriteAllText(path, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return InputEntry.Read(new InputSource(path, path));
            }).ToArray();
            var waiting = 0;
            var mostWaiting = 0;
            var written = new List<string>();

            BatchPipeline.Run(entries, 1024, Stream.Null, (source, bytes) =>
            {
                Thread.Sleep(3); // slower than a chunk's 2 ms
                var now = Interlocked.Increment(ref waiting);
                InterlockedMax(ref mostWaiting, now);
                return source.Name;
            }, item =>
            {
                Interlocked.Decrement(ref waiting);
                written.Add(item.Result!);
            }, workers: 2);

            Assert.Equal(entries.Select(e => e.Source!.Name), written);

            // 2 workers x 3 chunks in flight x 1 input; before, chunks grew to 32 and up to 192 results waited.
            Assert.InRange(mostWaiting, 1, 8);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void OnOneWorkerTheCallingThreadDoesTheWorkAndTheWriting()
    {
        // Before, a worker thread did the work and the calling thread wrote: two hand-overs a chunk on a single core.
        var caller = Environment.CurrentManagedThreadId;
        var threads = new HashSet<int>();
        var written = new List<string>();
        using var file = new TempInput();
        BatchPipeline.Run(file.Entries(50), 1024, Stream.Null, (source, bytes) =>
        {
            lock (threads)
            {
                threads.Add(Environment.CurrentManagedThreadId);
            }

            return source.Name;
        }, item =>
        {
            threads.Add(Environment.CurrentManagedThreadId);
            written.Add(item.Result!);
        }, workers: 1);

        Assert.Equal([caller], threads);
        Assert.Equal(50, written.Count);
    }

    [Fact]
    public void EveryThreadThatWritesAlsoWorksAndWritingIsNeverDoneTwiceAtOnce()
    {
        // Before, a thread of its own wrote: on 2 cores it shared a core with a worker, and the workers waited for it.
        var workThreads = new HashSet<int>();
        var writeThreads = new HashSet<int>();
        var writing = 0;
        var overlaps = 0;
        var written = new List<int>();
        using var file = new TempInput();
        BatchPipeline.Run(file.Entries(3000), 1024, Stream.Null, (source, bytes) =>
        {
            lock (workThreads)
            {
                workThreads.Add(Environment.CurrentManagedThreadId);
            }

            Thread.SpinWait(Random.Shared.Next(1, 2000));
            return int.Parse(source.Name.AsSpan(source.Name.LastIndexOf('#') + 1), System.Globalization.CultureInfo.InvariantCulture);
        }, item =>
        {
            if (Interlocked.Increment(ref writing) != 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            writeThreads.Add(Environment.CurrentManagedThreadId);
            written.Add(item.Result);
            Interlocked.Decrement(ref writing);
        }, workers: 4);

        Assert.Equal(Enumerable.Range(0, 3000), written);
        Assert.Equal(0, overlaps);
        Assert.Subset(workThreads, writeThreads);
    }

    [Fact]
    public void TheEnumerationListsAheadWhileTheNextResultWaitsToBeWritten()
    {
        // Before, the enumeration could list a chunk only once a written one freed its room: while the first result
        // waited to be written, it stopped after 7 inputs, and on 2 cores a worker waited for every folder listed.
        var listed = 0;
        using var file = new TempInput();
        IEnumerable<InputEntry> Counted()
        {
            foreach (var entry in file.Entries(2000))
            {
                Interlocked.Increment(ref listed);
                yield return entry;
            }
        }

        var first = true;
        var listedWhileWaiting = 0;
        BatchPipeline.Run(Counted(), 1024, Stream.Null, (source, bytes) => source.Name, item =>
        {
            if (first)
            {
                first = false;
                SpinWait.SpinUntil(() => Volatile.Read(ref listed) >= 512, TimeSpan.FromSeconds(10));
                listedWhileWaiting = Volatile.Read(ref listed);
            }
        }, workers: 2);

        Assert.InRange(listedWhileWaiting, 512, 2000);
    }

    [Fact]
    public void AnExceptionFromWritingStopsTheBatchAndReachesTheCallerAsThrown()
    {
        var listed = 0;
        var writtenAfterFailure = 0;
        var failed = false;
        using var file = new TempInput();
        IEnumerable<InputEntry> Counted()
        {
            foreach (var entry in file.Entries(100_000))
            {
                Interlocked.Increment(ref listed);
                yield return entry;
            }
        }

        var written = 0;
        var thrown = Assert.Throws<IOException>(() => BatchPipeline.Run(Counted(), 1024, Stream.Null, (source, bytes) => source.Name, item =>
        {
            if (Volatile.Read(ref failed))
            {
                Interlocked.Increment(ref writtenAfterFailure);
            }

            if (++written == 50)
            {
                Volatile.Write(ref failed, true);
                throw new IOException("standard output closed");
            }
        }, workers: 2));

        Assert.Equal("standard output closed", thrown.Message);
        Assert.Equal(0, writtenAfterFailure);
        Assert.InRange(listed, 50, 10_000);
    }

    [Fact]
    public void AFailingEnumerationEndsTheBatchAfterWhatItListedIsWrittenAndIsReportedWithItsCause()
    {
        using var file = new TempInput();
        IEnumerable<InputEntry> FailingAfterTen()
        {
            foreach (var entry in file.Entries(10))
            {
                yield return entry;
            }

            throw new IOException("the folder went away");
        }

        var written = new List<string>();
        var thrown = Assert.Throws<InvalidOperationException>(() => BatchPipeline.Run(FailingAfterTen(), 1024, Stream.Null, (source, bytes) => source.Name, item => written.Add(item.Result!), workers: 2));

        Assert.Equal(file.Entries(10).Select(entry => entry.Source!.Name), written);
        Assert.Equal("Enumerating the inputs failed: the folder went away", thrown.Message);
        Assert.IsType<IOException>(thrown.InnerException);
    }

    private static int[] Sizes(long ticksPerInput, int steps)
    {
        var sizes = new int[steps];
        var size = 1;
        var handedOut = 8L; // past the first inputs of 2 workers
        for (var i = 0; i < steps; i++)
        {
            size = BatchPipeline.NextChunkSize(size, handedOut, workers: 2, ticksPerInput);
            handedOut += size;
            sizes[i] = size;
        }

        return sizes;
    }

    // One small file, handed to the pipeline as many inputs named "<path>#<number>".
    private sealed class TempInput : IDisposable
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"govinfo-pipeline-{Guid.NewGuid():N}.txt");

        public TempInput() => File.WriteAllText(_path, "{}");

        public IEnumerable<InputEntry> Entries(int count)
        {
            for (var i = 0; i < count; i++)
            {
                yield return InputEntry.Read(new InputSource($"{_path}#{i}", _path));
            }
        }

        public void Dispose() => File.Delete(_path);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
