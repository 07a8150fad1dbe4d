using System;
using GovInfoReport.Cli.Input;

namespace GovInfoReport.Cli.Pipeline;

/// <summary>What the pipeline made of one <see cref="InputEntry"/>, handed to the writer in input order.</summary>
/// <param name="Entry">The entry: an input, or a message about a path.</param>
/// <param name="Result">The work's result; default when the input could not be read, the work failed, or the entry is a message.</param>
/// <param name="ReadError">Why the input could not be read, or null.</param>
/// <param name="Crash">The exception the work threw (a bug, reported as an internal error), or null.</param>
internal sealed record BatchItem<T>(InputEntry Entry, T? Result, string? ReadError, Exception? Crash)
{
    /// <summary>Whether the work ran to a result.</summary>
    public bool HasResult => Entry.Source is not null && ReadError is null && Crash is null;
}
