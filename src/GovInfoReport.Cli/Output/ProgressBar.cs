using System;
using System.IO;
using System.Threading;

namespace GovInfoReport.Cli.Output;

/// <summary>A one-line progress bar on standard error, redrawn in place; silent unless enabled.</summary>
internal sealed class ProgressBar(TextWriter error, int total, bool enabled)
{
    private const int Width = 30;
    private int _done;
    private int _lastDrawn = -1;

    public void Advance()
    {
        var done = Interlocked.Increment(ref _done);
        if (!enabled)
        {
            return;
        }

        var filled = done * Width / Math.Max(1, total);
        lock (error)
        {
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
}
