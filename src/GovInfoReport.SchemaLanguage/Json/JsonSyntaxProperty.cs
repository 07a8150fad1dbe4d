namespace GovInfoReport.SchemaLanguage.Json;

/// <summary>A property of a located JSON object.</summary>
/// <param name="Name">The unescaped property name.</param>
/// <param name="NameLocation">Where the name (with its quotes) stands.</param>
/// <param name="Value">The value.</param>
public sealed record JsonSyntaxProperty(string Name, TextLocation NameLocation, JsonSyntaxNode Value);
