using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using GovInfoReport.Cli.Buffers;
using GovInfoReport.Cli.Input;

namespace GovInfoReport.Cli.Pipeline;

/// <summary>
/// enumerate → read (bounded) → work, in parallel with a bounded number of inputs in flight → one writer in input
/// order. Memory is that of the inputs in flight, whatever the number of files: the enumeration waits for a free
/// slot before it hands out the next chunk of inputs, and the writer frees a slot once it has written a chunk.
/// Inputs travel in chunks (1 at first, so that a few large files still spread over the cores; then growing to
/// <see cref="LargestChunk"/>) so that handing work between threads costs little per file; a chunk is cut to about
/// <see cref="TargetChunkMilliseconds"/> of work (<see cref="NextChunkSize"/>), since a chunk's results wait for the
/// writer together: 32 extracted reports held 3.5 MB of rendered JSON per chunk, and the buffers of the busiest
/// moment stay pooled, so the peak memory of a batch kept rising with its length.
/// </summary>
internal static class BatchPipeline
{
    /// <summary>How many chunks may be in flight per worker: enough to keep workers busy while the writer waits on a slow one.</summary>
    private const int InFlightPerWorker = 3;

    /// <summary>The most inputs in one chunk.</summary>
    private const int LargestChunk = 32;

    /// <summary>About how long the work on one chunk should take: long enough that handing it over costs little.</summary>
    private const double TargetChunkMilliseconds = 2;

    /// <summary>The most inputs (and so rendered results) in flight at once with <paramref name="workers"/> workers.</summary>
    internal static int MostItemsInFlight(int workers) => workers * InFlightPerWorker * LargestChunk;

    /// <summary>Runs the batch.</summary>
    /// <param name="entries">The inputs and messages, enumerated lazily on a thread of their own.</param>
    /// <param name="readLimit">The most bytes an input may have (one more is read to tell an oversized input).</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="work">The work on one input's bytes; runs on several threads at once.</param>
    /// <param name="write">Receives every item in input order, on the calling thread.</param>
    /// <param name="workers">How many inputs are worked on at once (default: the processor count).</param>
    public static void Run<T>(IEnumerable<InputEntry> entries, int readLimit, Stream stdin, Func<InputSource, ReadOnlySpan<byte>, T> work, Action<BatchItem<T>> write, int workers = 0)
    {
        workers = workers > 0 ? workers : Environment.ProcessorCount;
        var inFlight = workers * InFlightPerWorker;
        var ready = new BatchItem<T>[]?[inFlight];
        var gate = new object();
        var total = -1L;
        var ticksPerInput = 0L; // the work's recent time per input (Stopwatch ticks), 0 until a chunk is done
        Exception? enumerationFailure = null;
        using var slots = new SemaphoreSlim(inFlight);
        using var queue = new BlockingCollection<(long Index, List<InputEntry> Entries)>();
        using var stop = new CancellationTokenSource();

        var producer = new Thread(() =>
        {
            var index = 0L;
            var handedOut = 0L;
            try
            {
                var chunk = new List<InputEntry>();
                var size = 1;
                foreach (var entry in entries)
                {
                    chunk.Add(entry);
                    if (chunk.Count < size)
                    {
                        continue;
                    }

                    slots.Wait(stop.Token);
                    queue.Add((index++, chunk));
                    handedOut += chunk.Count;
                    chunk = [];
                    size = NextChunkSize(size, handedOut, workers, Volatile.Read(ref ticksPerInput));
                }

                if (chunk.Count > 0)
                {
                    slots.Wait(stop.Token);
                    queue.Add((index++, chunk));
                }
            }
            catch (OperationCanceledException)
            {
                // The writer stopped; nothing more is wanted.
            }
            catch (Exception exception)
            {
                enumerationFailure = exception;
            }
            finally
            {
                queue.CompleteAdding();
                lock (gate)
                {
                    total = index;
                    Monitor.PulseAll(gate);
                }
            }
        }) { IsBackground = true, Name = "batch enumeration" };

        var threads = new Thread[workers];
        for (var w = 0; w < workers; w++)
        {
            threads[w] = new Thread(() =>
            {
                try
                {
                    foreach (var (index, chunk) in queue.GetConsumingEnumerable(stop.Token))
                    {
                        var item = new BatchItem<T>[chunk.Count];
                        var started = Stopwatch.GetTimestamp();
                        for (var i = 0; i < item.Length; i++)
                        {
                            item[i] = Process(chunk[i], readLimit, stdin, work);
                        }

                        Volatile.Write(ref ticksPerInput, (Stopwatch.GetTimestamp() - started) / item.Length);

                        lock (gate)
                        {
                            ready[index % inFlight] = item;
                            Monitor.PulseAll(gate);
                        }
                    }
                }
                catch (OperationCanceledException)
                {
                    // The writer stopped.
                }
            }) { IsBackground = true, Name = "batch worker " + w };
        }

        producer.Start();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        try
        {
            for (var next = 0L; ; next++)
            {
                BatchItem<T>[]? item;
                lock (gate)
                {
                    while ((item = ready[next % inFlight]) is null)
                    {
                        if (total >= 0 && next >= total)
                        {
                            break;
                        }

                        Monitor.Wait(gate);
                    }

                    ready[next % inFlight] = null;
                }

                if (item is null)
                {
                    break;
                }

                foreach (var one in item)
                {
                    write(one);
                }

                slots.Release();
            }
        }
        catch
        {
            stop.Cancel();
            throw;
        }
        finally
        {
            producer.Join();
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }

        if (enumerationFailure is not null)
        {
            throw new InvalidOperationException("Enumerating the inputs failed: " + enumerationFailure.Message, enumerationFailure);
        }
    }

    /// <summary>
    /// The size of the next chunk: 1 while the first inputs spread over the workers, then doubling up to
    /// <see cref="LargestChunk"/>, but no more inputs than take about <see cref="TargetChunkMilliseconds"/> at
    /// <paramref name="ticksPerInput"/> (unknown while 0).
    /// </summary>
    internal static int NextChunkSize(int size, long handedOut, int workers, long ticksPerInput)
    {
        if (handedOut < workers * 4)
        {
            return 1;
        }

        var byTime = ticksPerInput <= 0 ? LargestChunk : (int)Math.Clamp(TargetChunkMilliseconds * Stopwatch.Frequency / 1000 / ticksPerInput, 1, LargestChunk);
        return Math.Min(Math.Min(size * 2, LargestChunk), byTime);
    }

    private static BatchItem<T> Process<T>(InputEntry entry, int readLimit, Stream stdin, Func<InputSource, ReadOnlySpan<byte>, T> work)
    {
        if (entry.Source is not { } source)
        {
            return new BatchItem<T>(entry, default, null, null);
        }

        PooledBytes bytes;
        try
        {
            bytes = BoundedReader.Read(source, readLimit, stdin);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new BatchItem<T>(entry, default, exception.Message, null);
        }

        using (bytes)
        {
            try
            {
                TestHooks.BeforeWork?.Invoke(source.Name);
                return new BatchItem<T>(entry, work(source, bytes.Span), null, null);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // A bug in the work on one input: reported as an internal error for that input, never as a finding.
                return new BatchItem<T>(entry, default, null, exception);
            }
        }
    }
}
