namespace GovInfoReport.Cli;

/// <summary>The process exit codes, as documented in <c>--help</c> and README.</summary>
public static class ExitCodes
{
    /// <summary>Every payload is valid (warnings allowed).</summary>
    public const int Valid = 0;

    /// <summary>At least one payload has an issue of error severity.</summary>
    public const int IssuesFound = 1;

    /// <summary>Usage error, or an input that could not be read (missing file, unreadable folder).</summary>
    public const int UsageOrInputError = 2;
}
