using System;
using System.IO;
using System.Threading;

namespace GovInfoReport.Cli.Output;

/// <summary>
/// A one-line progress bar on standard error, redrawn in place; silent unless enabled. A streaming batch does not
/// know its total in advance (total 0): it then shows a running count once more than a handful of files are done.
/// </summary>
internal sealed class ProgressBar(TextWriter error, int total, bool enabled)
{
    private const int Width = 30;
    private const int CountFrom = 5;
    private const int CountEvery = 64;
    private int _done;
    private int _lastDrawn = -1;
    private bool _drawn;

    public void Advance()
    {
        var done = Interlocked.Increment(ref _done);
        if (!enabled)
        {
            return;
        }

        lock (error)
        {
            if (total <= 0)
            {
                if (done > CountFrom && done % CountEvery == 0)
                {
                    error.Write($"\r{done} …");
                    _drawn = true;
                }

                return;
            }

            var filled = done * Width / Math.Max(1, total);
            if (filled == _lastDrawn && done != total)
            {
                return;
            }

            _lastDrawn = filled;
            error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total}");
            if (done == total)
            {
                error.Write("\r" + new string(' ', Width + 24) + "\r");
            }
        }
    }

    /// <summary>Clears a running count, so that what follows starts on a clean line.</summary>
    public void Finish()
    {
        lock (error)
        {
            if (_drawn)
            {
                error.Write("\r" + new string(' ', Width + 24) + "\r");
                _drawn = false;
            }
        }
    }
}
