using System.Collections.Generic;
using System.Globalization;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;

namespace GovInfoReport.Extraction;

/// <summary>
/// Collects notes, at most <paramref name="maxNotes"/> of them and then one marker that the rest were dropped (a
/// document of thousands of odd rows must not cost a note each); text conversions are summarised once each.
/// </summary>
internal sealed class NoteSink(int maxNotes)
{
    private static readonly TextChanges[] ConversionKinds = [TextChanges.Traditional, TextChanges.Romanisation, TextChanges.Vocabulary, TextChanges.Artefact];

    private readonly List<ExtractionNote> notes = [];
    private readonly Dictionary<TextChanges, (SourceLocation Location, string Raw, int Count)> textChanges = [];
    private bool truncated;

    public IReadOnlyList<ExtractionNote> Notes => notes;

    public void Add(string code, NoteSeverity severity, string? pointer, SourceLocation? location, string? raw, string zh, string en)
    {
        if (Room())
        {
            notes.Add(new ExtractionNote(code, severity, pointer, location, raw, zh, en));
        }
    }

    public void Add(ExtractionNote note)
    {
        if (Room())
        {
            notes.Add(note);
        }
    }

    /// <summary>
    /// Whether a note added now can still be kept (or is the one that adds the truncation marker): callers that format
    /// a note per row check it first, so a document of thousands of odd rows does not format thousands of messages.
    /// </summary>
    public bool HasRoom => !truncated;

    private bool Room()
    {
        if (truncated)
        {
            return false;
        }

        if (notes.Count < maxNotes)
        {
            return true;
        }

        var max = maxNotes.ToString(CultureInfo.InvariantCulture);
        notes.Add(new ExtractionNote(ExtractionNoteCodes.NotesTruncated, NoteSeverity.Warning, null, null, null,
            $"说明超过 {max} 条，其余未列出。", $"More than {max} notes; the rest are not listed."));
        truncated = true;
        return false;
    }

    /// <summary>Records that matching a text needed a conversion (traditional, romanisation, vocabulary, artefact).</summary>
    public void TextChanged(TextChanges changes, SourceLocation location, string raw)
    {
        if (changes == TextChanges.None)
        {
            return;
        }

        foreach (var flag in ConversionKinds)
        {
            if ((changes & flag) == 0)
            {
                continue;
            }

            textChanges[flag] = textChanges.TryGetValue(flag, out var seen) ? (seen.Location, seen.Raw, seen.Count + 1) : (location, raw, 1);
        }
    }

    /// <summary>Adds one note per kind of text conversion seen.</summary>
    public void FlushTextChanges()
    {
        foreach (var (flag, (location, raw, count)) in textChanges)
        {
            var n = count.ToString(CultureInfo.InvariantCulture);
            switch (flag)
            {
                case TextChanges.Traditional:
                    Add(ExtractionNoteCodes.TraditionalConverted, NoteSeverity.Info, null, location, raw,
                        $"繁体字已按内置对照表转换为简体后识别标签、标题和表头（{n} 处，首处见 {location}）；正文保持原样。",
                        $"Traditional characters converted to simplified with the built-in table to read labels, headings and headers ({n} texts, first at {location}); prose is kept as published.");
                    break;
                case TextChanges.Romanisation:
                    Add(ExtractionNoteCodes.RomanisationRemoved, NoteSeverity.Info, null, location, raw,
                        $"已删除字后附带的拼音杂字，如“區(qū)”（{n} 处，首处见 {location}）。",
                        $"Romanisation junk after characters removed, as in \"區(qū)\" ({n} texts, first at {location}).");
                    break;
                case TextChanges.Vocabulary:
                    Add(ExtractionNoteCodes.VocabularyConverted, NoteSeverity.Info, null, location, raw,
                        $"镜像站点转换的词汇已还原（檔案→文件、資訊→信息、入口網站→门户网站）（{n} 处，首处见 {location}）。",
                        $"Vocabulary converted by a mirror read back (檔案→文件, 資訊→信息, 入口網站→门户网站) ({n} texts, first at {location}).");
                    break;
                default:
                    Add(ExtractionNoteCodes.ArtefactRemoved, NoteSeverity.Info, null, location, raw,
                        $"已删除转换残留（如“[bookmark: _GoBack]”、Markdown 强调符号）（{n} 处，首处见 {location}）。",
                        $"Conversion artefacts removed (\"[bookmark: _GoBack]\", Markdown emphasis) ({n} texts, first at {location}).");
                    break;
            }
        }

        textChanges.Clear();
    }
}
