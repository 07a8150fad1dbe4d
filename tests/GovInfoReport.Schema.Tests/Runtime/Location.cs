using System;
using System.Text;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>Where a character offset of a text sits, in the terms of <c>ValidationIssue.Line</c> (one-based) and
/// <c>ValidationIssue.BytePositionInLine</c> (zero-based, in UTF-8 bytes).</summary>
internal readonly record struct Location(long Line, long BytePositionInLine)
{
    public static Location Of(string text, int charOffset)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(charOffset, text.Length);
        var before = text.AsSpan(0, charOffset);
        var lineStart = before.LastIndexOf('\n') + 1;
        return new Location(before.Count('\n') + 1, Encoding.UTF8.GetByteCount(before[lineStart..]));
    }
}
