namespace GovInfoReport.SchemaLanguage.Model;

/// <summary>A piece of a parsed message template.</summary>
/// <param name="Kind">Literal text or a placeholder.</param>
/// <param name="Text">The literal text (for <see cref="MessagePartKind.Text"/>), else the placeholder name.</param>
public sealed record MessagePart(MessagePartKind Kind, string Text);
