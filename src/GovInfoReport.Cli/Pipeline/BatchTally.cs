using System;
using GovInfoReport.Cli.Output;

namespace GovInfoReport.Cli.Pipeline;

/// <summary>
/// The bookkeeping every batch command shares: files seen, inputs that could not be read, internal errors; their
/// messages on stderr as they come (names escaped); progress; and the exit code they call for.
/// </summary>
internal sealed class BatchTally(CliConsole console, bool english, bool verbose)
{
    private readonly ProgressBar _progress = new(console.Error, 0, console.ErrorIsTerminal);

    /// <summary>Inputs seen (read or not).</summary>
    public int Files { get; private set; }

    /// <summary>Inputs or paths that could not be read: exit code 2.</summary>
    public int InputErrors { get; private set; }

    /// <summary>Inputs whose work failed with an exception: exit code 3.</summary>
    public int Crashes { get; private set; }

    /// <summary>Records an item and reports its problem, if any.</summary>
    /// <returns>Whether the item has a result to write.</returns>
    public bool Record<T>(BatchItem<T> item)
    {
        if (item.Entry.Source is not { } source)
        {
            if (item.Entry.IsError)
            {
                InputErrors++;
            }

            Report(item.Entry.IsError, english ? item.Entry.Message! : item.Entry.MessageZh!);
            return false;
        }

        Files++;
        _progress.Advance();
        if (item.ReadError is { } readError)
        {
            InputErrors++;
            Report(true, $"{source.Name}: cannot read: {readError}");
            return false;
        }

        if (item.Crash is { } crash)
        {
            Crashes++;
            console.Error.WriteLine(InternalError(source.Name, crash, verbose));
            return false;
        }

        return true;
    }

    /// <summary>Ends the progress display.</summary>
    public void Finish() => _progress.Finish();

    /// <summary>The exit code: internal errors first, then input errors, then what the results call for.</summary>
    public int ExitCode(int fromResults) => Crashes > 0 ? ExitCodes.InternalError : InputErrors > 0 ? ExitCodes.UsageOrInputError : fromResults;

    /// <summary>The one-line report of an internal error (the whole exception with <c>--verbose</c>).</summary>
    public static string InternalError(string? where, Exception exception, bool verbose)
    {
        var line = DisplayText.Escape($"internal error: {exception.GetType().FullName}: {exception.Message}");
        var prefixed = where is null ? line : DisplayText.Escape(where) + ": " + line;
        return verbose ? prefixed + Environment.NewLine + exception : prefixed + " (a bug in govinfo-report; --verbose shows where)";
    }

    private void Report(bool isError, string message)
        => console.Error.WriteLine((isError ? (english ? "error: " : "错误：") : (english ? "note: " : "提示：")) + DisplayText.Escape(message));
}
