namespace GovInfoReport.Cli.Input;

/// <summary>One input a batch command reads: a regular file, or standard input.</summary>
/// <param name="Name">The path as the user named it (or as a folder walk found it), or "stdin".</param>
/// <param name="Path">The file to open; null for standard input.</param>
internal sealed record InputSource(string Name, string? Path)
{
    /// <summary>Standard input.</summary>
    public static InputSource Stdin { get; } = new("stdin", null);
}
