using System;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// A markup limit passed in the middle of a part (<see cref="MarkupBudget"/>): it unwinds the reader's loops at once, and
/// the format reader that started the read turns it into a located refusal. It never leaves the extraction library.
/// </summary>
internal sealed class MarkupLimitException : Exception
{
    /// <summary>The limit and where it was passed.</summary>
    public MarkupLimitException(MarkupLimitExceeded exceeded)
        : base(exceeded.TooDeep ? "The markup is nested too deeply at " + exceeded.Where + "." : "The markup has too many elements at " + exceeded.Where + ".")
    {
        Exceeded = exceeded;
    }

    /// <summary>Which limit, and where.</summary>
    public MarkupLimitExceeded Exceeded { get; }
}
