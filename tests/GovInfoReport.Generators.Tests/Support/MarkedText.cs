using System;

namespace GovInfoReport.Generators.Tests.Support;

/// <summary>
/// Schema text with one position marked by <c>»</c> (removed from the text): where a diagnostic is expected to
/// start, as a zero-based line and column, like Roslyn's <c>LinePosition</c>.
/// </summary>
internal readonly record struct MarkedText(string Text, int Line, int Column)
{
    public const char Marker = '»';

    public static MarkedText Parse(string marked)
    {
        var offset = marked.IndexOf(Marker, StringComparison.Ordinal);
        if (offset < 0 || marked.IndexOf(Marker, offset + 1) >= 0)
        {
            throw new ArgumentException("the text must hold exactly one marker", nameof(marked));
        }

        var before = marked.AsSpan(0, offset);
        var line = before.Count('\n');
        var lineStart = before.LastIndexOf('\n') + 1;
        return new MarkedText(marked.Remove(offset, 1), line, offset - lineStart);
    }
}
