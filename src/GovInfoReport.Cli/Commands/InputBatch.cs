using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using GovInfoReport.Cli.Output;

namespace GovInfoReport.Cli.Commands;

/// <summary>
/// What every command over many files does the same way: a progress bar for more than a handful of files on an
/// interactive stderr, the work on each readable file in parallel, and one wording for files that could not be read.
/// </summary>
internal static class InputBatch
{
    private const int ProgressThreshold = 5;

    public static ProgressBar Progress(TextWriter error, int count, bool errorIsTerminal) => new(error, count, errorIsTerminal && count > ProgressThreshold);

    /// <summary>Runs <paramref name="work"/> on every readable input in parallel; unreadable inputs get null.</summary>
    public static T?[] Map<T>(IReadOnlyList<PayloadInput> inputs, ProgressBar progress, Func<PayloadInput, byte[], T> work)
        where T : class
    {
        var results = new T?[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            if (inputs[i].Bytes is { } bytes)
            {
                results[i] = work(inputs[i], bytes);
            }

            progress.Advance();
        });
        return results;
    }

    public static IEnumerable<string> ReadErrors(IReadOnlyList<PayloadInput> inputs)
        => inputs.Where(input => input.ReadError is not null).Select(input => $"{input.Source}: cannot read: {input.ReadError}");
}
