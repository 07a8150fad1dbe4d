using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;
using GovInfoReport.Cli.Buffers;
using GovInfoReport.Cli.Input;

namespace GovInfoReport.Cli.Pipeline;

/// <summary>
/// enumerate → read (bounded) → work, in parallel with a bounded number of results in flight → written in input order.
/// Memory is that of the inputs in flight, whatever the number of files: a worker starts a chunk only while fewer than
/// <see cref="InFlightPerWorker"/> chunks a worker are done or in work and not yet written, and results are written as
/// soon as the ones before them are. Inputs travel in chunks (1 at first, so that a few large files still spread over
/// the cores; then growing to <see cref="LargestChunk"/>) so that handing work between threads costs little per file;
/// a chunk is cut to about <see cref="TargetChunkMilliseconds"/> of work (<see cref="NextChunkSize"/>), since a chunk's
/// results wait for the writer together: 32 extracted reports held 3.5 MB of rendered JSON per chunk, and the buffers
/// of the busiest moment stay pooled, so the peak memory of a batch kept rising with its length.
/// <para>
/// No thread only writes: the worker that finishes the chunk next in order writes it, and every finished chunk after
/// it, while the other workers go on; the calling thread is a worker. A writer thread of its own, woken for every
/// chunk, shared a core with a worker on 2 cores, and while it waited for its turn the workers waited for it to free
/// room for more chunks. The enumeration lists up to <see cref="ListedChunksPerWorker"/> largest chunks of inputs a
/// worker ahead (names, not contents) and is woken when half of that is taken, so that listing the next folder waits
/// for no written result either; chunks are cut when a worker takes them, at the size the work's time calls for then.
/// Together: 10,000 payloads validated on 2 cores in 164.7 instead of 175.8 ms, on 1 core in 311.9 instead of 317.1
/// ms; 10,000 reports extracted on 2 cores in 1.46 instead of 1.54 s (medians of alternating runs, 28 Nov 2026).
/// </para>
/// </summary>
internal static class BatchPipeline
{
    /// <summary>How many chunks per worker may be done or in work and not yet written: enough to keep workers busy while the writing waits on a slow one.</summary>
    private const int InFlightPerWorker = 3;

    /// <summary>How many largest chunks of inputs per worker the enumeration may list ahead (names, not contents).</summary>
    private const int ListedChunksPerWorker = 16;

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
    /// <param name="write">
    /// Receives every item in input order, one call at a time (never two at once), on the worker that finished the
    /// item's chunk or a later one; an exception it throws stops the batch and is rethrown to the caller.
    /// </param>
    /// <param name="workers">How many inputs are worked on at once (default: the processor count); the calling thread is one of them.</param>
    public static void Run<T>(IEnumerable<InputEntry> entries, int readLimit, Stream stdin, Func<InputSource, ReadOnlySpan<byte>, T> work, Action<BatchItem<T>> write, int workers = 0)
    {
        workers = workers > 0 ? workers : Environment.ProcessorCount;
        var run = new Batch<T>(workers, readLimit, stdin, work, write);
        var producer = new Thread(() => run.Enumerate(entries)) { IsBackground = true, Name = "batch enumeration" };
        var threads = new Thread[workers - 1];
        for (var w = 0; w < threads.Length; w++)
        {
            threads[w] = new Thread(run.Work) { IsBackground = true, Name = "batch worker " + (w + 1) };
        }

        producer.Start();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        try
        {
            run.Work();
        }
        catch
        {
            run.Stop();
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

        run.ThrowIfFailed();
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

    /// <summary>One batch's shared state: the listed inputs, the finished chunks waiting for their turn, whose turn it is.</summary>
    private sealed class Batch<T>(int workers, int readLimit, Stream stdin, Func<InputSource, ReadOnlySpan<byte>, T> work, Action<BatchItem<T>> write)
    {
        private readonly object _gate = new();
        private readonly Queue<InputEntry> _listed = new();
        private readonly int _mostListed = workers * ListedChunksPerWorker * LargestChunk;
        private readonly int _inFlight = workers * InFlightPerWorker;
        private readonly BatchItem<T>[]?[] _finished = new BatchItem<T>[]?[workers * InFlightPerWorker];
        private long _nextChunk;
        private int _chunkSize;
        private long _handedOut;
        private long _nextToWrite;
        private bool _writing;
        private bool _listingDone;
        private bool _stopped;
        private bool _enumerationWaits;
        private int _workersWaiting;
        private long _ticksPerInput; // the work's recent time per input (Stopwatch ticks), 0 until a chunk is done
        private Exception? _enumerationFailure;
        private ExceptionDispatchInfo? _writeFailure;

        /// <summary>Lists the inputs, ahead of the workers by at most <see cref="_mostListed"/>.</summary>
        public void Enumerate(IEnumerable<InputEntry> entries)
        {
            try
            {
                foreach (var entry in entries)
                {
                    if (!List(entry))
                    {
                        return;
                    }
                }
            }
            catch (Exception exception)
            {
                _enumerationFailure = exception;
            }
            finally
            {
                lock (_gate)
                {
                    _listingDone = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        /// <summary>The work of one worker: chunks in turn until none is left, each written when its turn comes.</summary>
        public void Work()
        {
            var chunk = new List<InputEntry>(LargestChunk);
            while (Take(chunk) is var index and >= 0)
            {
                var items = new BatchItem<T>[chunk.Count];
                var started = Stopwatch.GetTimestamp();
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Process(chunk[i], readLimit, stdin, work);
                }

                Volatile.Write(ref _ticksPerInput, (Stopwatch.GetTimestamp() - started) / items.Length);
                lock (_gate)
                {
                    _finished[index % _inFlight] = items;
                    if (_writing || index != _nextToWrite)
                    {
                        continue; // the worker writing now, or the one that finishes the chunk before it, writes it
                    }

                    _writing = true;
                }

                WriteFinished();
            }
        }

        /// <summary>Ends the batch early: nothing more is listed, worked on or written.</summary>
        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>Rethrows what stopped the batch: the writing's exception as it was thrown, or the enumeration's.</summary>
        public void ThrowIfFailed()
        {
            _writeFailure?.Throw();
            if (_enumerationFailure is { } failure)
            {
                throw new InvalidOperationException("Enumerating the inputs failed: " + failure.Message, failure);
            }
        }

        private bool List(InputEntry entry)
        {
            lock (_gate)
            {
                // Woken when half of what it listed is taken: woken for every chunk taken, it took turns with a worker.
                while (_listed.Count >= _mostListed && !_stopped)
                {
                    _enumerationWaits = true;
                    Monitor.Wait(_gate);
                }

                if (_stopped)
                {
                    return false;
                }

                _listed.Enqueue(entry);
                if (_workersWaiting > 0)
                {
                    Monitor.PulseAll(_gate);
                }

                return true;
            }
        }

        // Fills chunk with the next inputs, once their results fit in the window of chunks not yet written, and
        // returns the chunk's place in the order; -1 when there is none. The chunk is cut here, when its work starts,
        // so that its size follows the work's time per input as measured by then.
        private long Take(List<InputEntry> chunk)
        {
            chunk.Clear();
            lock (_gate)
            {
                while (!_stopped && (_listed.Count == 0 ? !_listingDone : _nextChunk >= _nextToWrite + _inFlight))
                {
                    _workersWaiting++;
                    Monitor.Wait(_gate);
                    _workersWaiting--;
                }

                if (_stopped || _listed.Count == 0)
                {
                    return -1;
                }

                _chunkSize = NextChunkSize(Math.Max(_chunkSize, 1), _handedOut, workers, Volatile.Read(ref _ticksPerInput));
                while (chunk.Count < _chunkSize && _listed.TryDequeue(out var entry))
                {
                    chunk.Add(entry);
                }

                _handedOut += chunk.Count;
                if (_enumerationWaits && _listed.Count <= _mostListed / 2)
                {
                    _enumerationWaits = false;
                    Monitor.PulseAll(_gate);
                }

                return _nextChunk++;
            }
        }

        // Writes the finished chunks from the next one in order on, as long as they follow each other.
        private void WriteFinished()
        {
            var written = false;
            while (true)
            {
                BatchItem<T>[]? items;
                lock (_gate)
                {
                    if (written)
                    {
                        _nextToWrite++;
                        if (_workersWaiting > 0)
                        {
                            Monitor.PulseAll(_gate);
                        }
                    }

                    items = _finished[_nextToWrite % _inFlight];
                    if (items is null || _stopped)
                    {
                        _writing = false;
                        return;
                    }

                    _finished[_nextToWrite % _inFlight] = null;
                }

                try
                {
                    foreach (var item in items)
                    {
                        write(item);
                    }
                }
                catch (Exception exception)
                {
                    _writeFailure = ExceptionDispatchInfo.Capture(exception);
                    Stop();
                    return;
                }

                written = true;
            }
        }
    }
}
