namespace GovInfoReport.SchemaLanguage.Json;

/// <summary>A range of a source text: character offset and length, with zero-based line and column of both ends.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="StartLine">Zero-based line of <paramref name="Start"/>.</param>
/// <param name="StartColumn">Zero-based column of <paramref name="Start"/>.</param>
/// <param name="EndLine">Zero-based line of the end.</param>
/// <param name="EndColumn">Zero-based column of the end.</param>
public readonly record struct TextLocation(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The location that points nowhere (start of the file, zero length).</summary>
    public static TextLocation None => default;

    /// <inheritdoc />
    public override string ToString() => $"({StartLine + 1},{StartColumn + 1})";
}
