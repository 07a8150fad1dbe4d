namespace GovInfoReport.Cli.Output;

/// <summary>How results are printed.</summary>
/// <param name="Format">text, json or sarif.</param>
/// <param name="English">Whether messages are in English (otherwise Chinese).</param>
/// <param name="ErrorIsTerminal">Whether standard error is an interactive terminal (progress is drawn only then).</param>
internal sealed record OutputSettings(string Format, bool English, bool ErrorIsTerminal);
