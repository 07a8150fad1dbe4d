namespace GovInfoReport.SchemaLanguage.Json;

/// <summary>The kind of a JSON value in a located syntax tree.</summary>
public enum JsonSyntaxKind
{
    /// <summary>An object: <c>{ … }</c>.</summary>
    Object,

    /// <summary>An array: <c>[ … ]</c>.</summary>
    Array,

    /// <summary>A string.</summary>
    String,

    /// <summary>A number, kept as its source text.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>null</c>.</summary>
    Null,
}
