using System.Collections.Generic;

namespace GovInfoReport.SchemaLanguage.Json;

/// <summary>Turns character offsets into line/column pairs for one text.</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    /// <summary>Indexes the line starts of <paramref name="text"/> (\n, \r\n and lone \r all end a line).</summary>
    /// <param name="text">The source text.</param>
    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
        _length = text.Length;
    }

    /// <summary>The location of the characters from <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/>.</summary>
    /// <param name="start">Offset of the first character; clamped to the text.</param>
    /// <param name="length">Number of characters; clamped to the text.</param>
    /// <returns>The location with line and column of both ends.</returns>
    public TextLocation Locate(int start, int length)
    {
        start = start < 0 ? 0 : start > _length ? _length : start;
        var end = start + (length < 0 ? 0 : length);
        end = end > _length ? _length : end;
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new TextLocation(start, end - start, startLine, startColumn, endLine, endColumn);
    }

    private (int Line, int Column) Position(int offset)
    {
        var low = 0;
        var high = _lineStarts.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (_lineStarts[mid] <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return (low, offset - _lineStarts[low]);
    }
}
