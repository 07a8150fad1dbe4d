namespace GovInfoReport.Cli;

/// <summary>The process exit codes, as documented in <c>--help</c> and README.</summary>
public static class ExitCodes
{
    /// <summary>Every payload is valid (warnings allowed).</summary>
    public const int Valid = 0;

    /// <summary>At least one payload has an issue of error severity.</summary>
    public const int IssuesFound = 1;

    /// <summary>Usage error, or an input that could not be read (missing file, unreadable folder, special file).</summary>
    public const int UsageOrInputError = 2;

    /// <summary>The tool itself failed (a bug): never reported as a finding, so automation can tell a crash from a result.</summary>
    public const int InternalError = 3;

    /// <summary>The exit-code sentence every command's help ends with.</summary>
    internal const string Help = "Exit codes: 0 all valid (warnings allowed), 1 errors found, 2 usage or input error, 3 internal error (a bug; --verbose shows the stack).";
}
