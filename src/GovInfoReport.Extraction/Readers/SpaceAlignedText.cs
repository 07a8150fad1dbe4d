using System.Collections.Generic;
using System.Text.RegularExpressions;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Layout;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// Text whose table columns are aligned with runs of spaces (<c>pdftotext -layout</c>, text exported from a PDF or a
/// typewriter-style layout): each line becomes a positioned line whose chunks are separated by two or more spaces (a
/// full-width space counts as two), positioned by character column (as pdftotext prints) or by display width (a CJK
/// character two columns, as a monospace editor aligns), whichever lines the values up better. Page-number lines (<c>-3-</c>, <c>— 3 —</c>,
/// <c>第 3 页</c>) are dropped; a form feed starts a new page.
/// </summary>
internal static partial class SpaceAlignedText
{
    /// <summary>Fewest aligned table lines that make a text space-aligned.</summary>
    private const int MinAlignedRows = 3;

    /// <summary>
    /// Whether the text has tables aligned with spaces: at least three lines with a label and values, or three or more
    /// values, separated by runs of spaces.
    /// </summary>
    public static bool IsAligned(string[] lines)
    {
        var aligned = 0;
        foreach (var line in lines)
        {
            if (line.Length < 4 || line.IndexOf("  ", System.StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var chunks = Split(line, 0);
            if (chunks.Count < 2)
            {
                continue;
            }

            var values = 0;
            foreach (var chunk in chunks)
            {
                if (AlignedTableBuilder.IsValue(chunk.Text))
                {
                    values++;
                }
            }

            if (values >= 1 && (values < chunks.Count || values >= 3) && ++aligned >= MinAlignedRows)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The positioned lines of the text (blank and page-number lines left out).</summary>
    public static List<LayoutLine> Lines(string[] lines, IList<ExtractionNote> notes)
    {
        var result = new List<LayoutLine>(lines.Length);
        var page = 1;
        var displayWidth = AlignedByDisplayWidth(lines);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Contains('\f', System.StringComparison.Ordinal))
            {
                page++;
                line = line.Replace('\f', ' ');
            }

            if (TextNormalizer.IsBlank(line))
            {
                continue;
            }

            if (IsPageNumber(line))
            {
                notes.Add(PageNumberNote(i, line));
                continue;
            }

            var chunks = Split(line, i, displayWidth);
            result.Add(new LayoutLine(page, i, i + 1, chunks, SourceLocation.AtLine(i + 1)) { Raw = line });
        }

        return result;
    }

    /// <summary>Whether a line is only a page number between dashes (<c>-3-</c>, <c>— 3 —</c>) or <c>第 3 页</c>.</summary>
    public static bool IsPageNumber(string line) => line.Length <= 40 && StartsLikePageNumber(line) && PageNumberRegex().IsMatch(line);

    /// <summary>The first character after white space is a dash or 第, as <see cref="PageNumberRegex"/> needs: most lines are cleared without the regex.</summary>
    private static bool StartsLikePageNumber(string line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c))
            {
                return c is '-' or '—' or '–' or '－' or '第';
            }
        }

        return false;
    }

    /// <summary>The note for a dropped page-number line.</summary>
    public static ExtractionNote PageNumberNote(int index, string line)
        => new(ExtractionNoteCodes.ArtefactRemoved, NoteSeverity.Info, null, SourceLocation.AtLine(index + 1), line,
            "页码行是版面残留，已删除。", "A page-number line is a layout artefact; dropped.");

    private static List<LayoutChunk> Split(string line, int index, bool displayWidth = false)
    {
        var chunks = new List<LayoutChunk>();
        var column = 0;
        var start = -1;
        var startColumn = 0;
        var spaces = 0;
        var cell = 0;
        for (var p = 0; p <= line.Length; p++)
        {
            var c = p < line.Length ? line[p] : '\n';
            var isSpace = c is ' ' or '\t' or '\u3000' or '\u00A0' or '\n';
            if (isSpace)
            {
                spaces += c is '\u3000' or '\t' ? 2 : 1;
                if (start >= 0 && (spaces >= 2 || c == '\n'))
                {
                    var text = line[start..p].TrimEnd(' ', '\t', '\u3000', '\u00A0');
                    cell++;
                    chunks.Add(new LayoutChunk(text, startColumn, startColumn + Width(text, displayWidth), SourceLocation.AtLine(index + 1, cell)));
                    start = -1;
                }
            }
            else
            {
                if (start < 0)
                {
                    start = p;
                    startColumn = column;
                }

                spaces = 0;
            }

            column += displayWidth && IsWide(c) ? 2 : 1;
        }

        return chunks;
    }

    private static int Width(string text, bool displayWidth)
    {
        if (!displayWidth)
        {
            return text.Length;
        }

        var width = 0;
        foreach (var c in text)
        {
            width += IsWide(c) ? 2 : 1;
        }

        return width;
    }

    /// <summary>A character a monospace editor draws two columns wide (CJK, full-width forms).</summary>
    private static bool IsWide(char c) => c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');

    /// <summary>
    /// Whether the columns are aligned by display width (a CJK character two columns, as a monospace editor draws
    /// it) rather than by character (as <c>pdftotext -layout</c> prints): the count that puts the values of the
    /// lines with three or more values at fewer distinct positions wins; a tie keeps characters.
    /// </summary>
    private static bool AlignedByDisplayWidth(string[] lines)
    {
        var byCharacter = new HashSet<int>();
        var byWidth = new HashSet<int>();
        var byCharacterLeft = new HashSet<int>();
        var byWidthLeft = new HashSet<int>();
        foreach (var line in lines)
        {
            if (line.IndexOf("  ", System.StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var characters = Split(line, 0);
            var widths = Split(line, 0, displayWidth: true);
            var values = 0;
            foreach (var chunk in characters)
            {
                values += AlignedTableBuilder.IsValue(chunk.Text) ? 1 : 0;
            }

            if (values < 3 || characters.Count != widths.Count)
            {
                continue;
            }

            for (var c = 0; c < characters.Count; c++)
            {
                if (AlignedTableBuilder.IsValue(characters[c].Text))
                {
                    byCharacter.Add((int)characters[c].Right);
                    byWidth.Add((int)widths[c].Right);
                    byCharacterLeft.Add((int)characters[c].Left);
                    byWidthLeft.Add((int)widths[c].Left);
                }
            }
        }

        // Values may be aligned on either edge (right-aligned numbers, left-aligned cells).
        return System.Math.Min(byWidth.Count, byWidthLeft.Count) < System.Math.Min(byCharacter.Count, byCharacterLeft.Count);
    }

    [GeneratedRegex(@"^[\s\u3000]*(?:[-—–－]+[\s\u3000]*\d{1,4}[\s\u3000]*[-—–－]+|第[\s\u3000]*\d{1,4}[\s\u3000]*页(?:[\s\u3000]*[/，,共][\s\u3000]*\d{1,4}[\s\u3000]*页?)?)[\s\u3000]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumberRegex();
}
