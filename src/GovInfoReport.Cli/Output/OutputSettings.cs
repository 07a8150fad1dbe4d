namespace GovInfoReport.Cli.Output;

/// <summary>How results are printed.</summary>
/// <param name="Format">text, json or sarif.</param>
/// <param name="English">Whether messages are in English (otherwise Chinese).</param>
/// <param name="Verbose">Whether an internal error is reported with its stack.</param>
internal sealed record OutputSettings(string Format, bool English, bool Verbose);
