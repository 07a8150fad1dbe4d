using System;

namespace GovInfoReport.Generators.Pipeline;

/// <summary>
/// An opted-in schema file. Equality is by path, options and content checksum, not by text or by the
/// <c>AdditionalText</c> (which compares by reference and would defeat caching).
/// </summary>
internal sealed class SchemaFile(string path, string checksum, string text, string rootTypeName, string? targetNamespace) : IEquatable<SchemaFile>
{
    public string Path { get; } = path;

    public string Checksum { get; } = checksum;

    public string Text { get; } = text;

    public string RootTypeName { get; } = rootTypeName;

    public string? Namespace { get; } = targetNamespace;

    public bool Equals(SchemaFile? other) => other is not null
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && string.Equals(Checksum, other.Checksum, StringComparison.Ordinal)
        && string.Equals(RootTypeName, other.RootTypeName, StringComparison.Ordinal)
        && string.Equals(Namespace, other.Namespace, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as SchemaFile);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ StringComparer.Ordinal.GetHashCode(Checksum);
}
