namespace GovInfoReport.Generators.Pipeline;

/// <summary>One generated source file.</summary>
/// <param name="HintName">Its unique hint name.</param>
/// <param name="Text">Its source text.</param>
internal sealed record GeneratedFile(string HintName, string Text);
