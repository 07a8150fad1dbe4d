using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.Generators.Pipeline;

/// <summary>A compiled schema with what the emitter needs besides the model; equal inputs emit equal files.</summary>
/// <param name="Path">The schema file (for diagnostics only; never written into code).</param>
/// <param name="FileName">The schema's file name, quoted in the generated header.</param>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="Model">The model.</param>
internal sealed record ModelToEmit(string Path, string FileName, string? Namespace, TemplateModel Model);
