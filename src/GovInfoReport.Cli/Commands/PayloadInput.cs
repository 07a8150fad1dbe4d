namespace GovInfoReport.Cli.Commands;

/// <summary>One payload to validate: where it comes from, and its bytes once read (or why it could not be).</summary>
/// <param name="Source">The path as the user named it, or "stdin".</param>
/// <param name="Bytes">The payload, or null when reading failed.</param>
/// <param name="ReadError">Why it could not be read, or null.</param>
internal sealed record PayloadInput(string Source, byte[]? Bytes, string? ReadError);
