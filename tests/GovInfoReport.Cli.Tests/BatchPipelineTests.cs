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

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
