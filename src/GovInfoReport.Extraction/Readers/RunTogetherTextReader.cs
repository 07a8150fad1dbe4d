using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// Reads text in which the tables' cells run together — what website crawlers save of a report page: the whole body on
/// one line, labels and numbers without separators ("一、本年新收政府信息公开申请数量640020470二、…"). The body is cut at
/// the section headings; in the table sections the row labels are found, and each row's run of digits is cut into
/// cells only where the table's own arithmetic admits exactly one cut: R2 (a row's total), R4 (table 四's totals), and
/// across the rows of table 三, R3 and R1. Such cells carry a <see cref="CellInference"/> naming the rules used, so
/// those rules are not assessed on them. A row with more than one admissible cut is left out with a note listing them.
/// </summary>
public static partial class RunTogetherTextReader
{
    /// <summary>The most combinations of ambiguous rows tried against the column rules of table 三.</summary>
    private const int MaxCombinations = 200_000;

    /// <summary>Words of section headings: a run-together body holds at least two of them.</summary>
    private static readonly string[] SectionMarkers = ["主动公开政府信息情况", "收到和处理政府信息公开申请情况", "行政复议", "存在的主要问题", "其他需要报告的事项", "总体情况"];

    /// <summary>The shortest line taken for a run-together body.</summary>
    private const int MinBodyLength = 200;

    /// <summary>Reads the text if it holds run-together tables; null otherwise (the ordinary text reader applies).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The document, or null.</returns>
    public static SourceDocument? TryRead(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!RunTogetherRowRegex().IsMatch(text))
        {
            return null;
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var blocks = new List<SourceBlock>();
        var document = new SourceDocument(SourceFormat.Text, blocks);
        var bodies = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (IsBody(lines[i]))
            {
                // Every run-together body is read (a file may hold two reports; they must not hide in a paragraph).
                new Body(lines[i], i + 1, blocks, document.ReaderNotes).Read();
                bodies++;
            }
            else if (!TextNormalizer.IsBlank(lines[i]) && !IsRule(lines[i]))
            {
                blocks.Add(new SourceParagraph(lines[i], SourceLocation.AtLine(i + 1)));
            }
        }

        if (bodies == 0)
        {
            return null;
        }

        return document;
    }

    /// <summary>
    /// A whole report body on one line: long, without tabs, a table row followed by its digits, and the headings of at
    /// least two sections (a space-aligned table line of pdftotext never holds two section headings).
    /// </summary>
    private static bool IsBody(string line)
    {
        if (line.Length < MinBodyLength || line.Contains('\t', StringComparison.Ordinal) || !RunTogetherRowRegex().IsMatch(line))
        {
            return false;
        }

        var sections = 0;
        foreach (var marker in SectionMarkers)
        {
            if (line.Contains(marker, StringComparison.Ordinal))
            {
                sections++;
            }
        }

        return sections >= 2;
    }

    private static bool IsRule(string line) => line.Trim().Length > 3 && line.Trim().All(c => c is '=' or '-' or '*' or '_' || c == ' ') || line.Contains("====", StringComparison.Ordinal);

    /// <summary>A piece of a table region: text (labels, headers) or a run of digits (cells).</summary>
    private readonly record struct Piece(bool IsRun, string Text, int Offset);

    private sealed class Body(string line, int lineNumber, List<SourceBlock> blocks, IList<ExtractionNote> notes)
    {
        private int tables;

        public void Read()
        {
            var headings = FindHeadings();
            var cursor = 0;
            for (var s = 1; s <= 6; s++)
            {
                if (headings[s] is not { } heading)
                {
                    continue;
                }

                Paragraph(cursor, heading.Start);
                Paragraph(heading.Start, heading.End);
                cursor = heading.End;
                var end = NextStart(headings, s) ?? line.Length;
                switch (s)
                {
                    case 2:
                        ActiveDisclosure(cursor, end);
                        cursor = end;
                        break;
                    case 3:
                        Applications(cursor, end);
                        cursor = end;
                        break;
                    case 4:
                        Review(cursor, end);
                        cursor = end;
                        break;
                }
            }

            Paragraph(cursor, line.Length);
        }

        private static int? NextStart((int Start, int End)?[] headings, int section)
        {
            for (var s = section + 1; s <= 6; s++)
            {
                if (headings[s] is { } h)
                {
                    return h.Start;
                }
            }

            return null;
        }

        /// <summary>The section headings, in order: "X、" followed by the shortest text that reads as section X's heading.</summary>
        private (int Start, int End)?[] FindHeadings()
        {
            var result = new (int Start, int End)?[7];
            var from = 0;
            for (var s = 1; s <= 6; s++)
            {
                var numeral = "一二三四五六"[s - 1];
                for (var p = line.IndexOf(numeral, from); p >= 0 && result[s] is null; p = line.IndexOf(numeral, p + 1))
                {
                    if (p + 1 >= line.Length || line[p + 1] is not ('、' or '.' or '．'))
                    {
                        continue;
                    }

                    for (var end = p + 3; end <= Math.Min(line.Length, p + 42); end++)
                    {
                        var c = line[end - 1];
                        if (char.IsAsciiDigit(c) || (end - 1 > p + 1 && line[end - 1] == '、' && "一二三四五六七八九".Contains(line[end - 2], StringComparison.Ordinal)))
                        {
                            break;
                        }

                        if (c is not ('况' or '況' or '项' or '項' or '题' or '題'))
                        {
                            continue;
                        }

                        if (DocumentStructure.HeadingSection(line[p..end], out _) == s)
                        {
                            result[s] = (p, end);
                            from = end;
                            break;
                        }
                    }
                }
            }

            return result;
        }

        private void Paragraph(int start, int end)
        {
            if (end <= start)
            {
                return;
            }

            var text = line[start..end].Trim();
            if (!TextNormalizer.IsBlank(text))
            {
                blocks.Add(new SourceParagraph(text, Location(start)));
            }
        }

        private SourceLocation Location(int offset) => new(Line: lineNumber, Cell: offset + 1);

        private SourceLocation CellLocation(int table, int row, int column) => new(Line: lineNumber, Table: table, Row: row, Column: column);

        // ------------------------------------------------------------ table 二

        private void ActiveDisclosure(int start, int end)
        {
            var region = line[start..end];
            var captions = CaptionRegex().Matches(region);
            if (captions.Count == 0)
            {
                Paragraph(start, end);
                return;
            }

            tables++;
            var table = tables;
            var rows = new List<SourceRow>();
            Paragraph(start, start + captions[0].Index);
            for (var k = 0; k < captions.Count; k++)
            {
                var caption = captions[k];
                var segmentStart = start + caption.Index + caption.Length;
                var segmentEnd = k + 1 < captions.Count ? start + captions[k + 1].Index : end;
                rows.Add(new SourceRow([new SourceCell(caption.Value, CellLocation(table, rows.Count + 1, 1))]));
                var item = Labels.ChineseDigit(caption.Groups["n"].Value);
                var pieces = Pieces(segmentStart, segmentEnd, units: true);
                var header = new StringBuilder();
                string? label = null;
                var labelOffset = 0;
                var pendingRows = new List<(string Label, int Offset, List<string> Tokens, string Run)>();
                foreach (var piece in pieces)
                {
                    if (!piece.IsRun)
                    {
                        var (head, found) = SplitTrailingLabel(piece.Text);
                        if (found is null)
                        {
                            header.Append(piece.Text);
                            continue;
                        }

                        if (label is null)
                        {
                            header.Append(head);
                        }

                        label = found;
                        labelOffset = piece.Offset + head.Length;
                        continue;
                    }

                    if (label is not null)
                    {
                        pendingRows.Add((label, labelOffset, Tokens(piece.Text), piece.Text));
                        label = null;
                    }
                }

                var headerText = header.ToString().Trim();
                if (headerText.Length > 0)
                {
                    rows.Add(new SourceRow([new SourceCell(headerText, CellLocation(table, rows.Count + 1, 1))]));
                }

                var kinds = ActiveKinds(item, TextNormalizer.Key(TextNormalizer.Normalize(headerText, out _)), pendingRows.Count > 0 ? pendingRows[0].Tokens : null);
                foreach (var (rowLabel, offset, tokens, run) in pendingRows)
                {
                    var rowNumber = rows.Count + 1;
                    var labelCell = new SourceCell(rowLabel, CellLocation(table, rowNumber, 1));
                    if (kinds is null)
                    {
                        rows.Add(new SourceRow([labelCell, .. Unknown(table, rowNumber, 1)]));
                        Ambiguous(rowLabel, run, offset, [], "the columns of the sub-table could not be told from its header");
                        continue;
                    }

                    var splits = DigitRunSplitter.Splits(tokens, kinds, null, out var truncated);
                    rows.Add(new SourceRow([labelCell, .. Cells(table, rowNumber, rowLabel, run, offset, tokens, splits, truncated, kinds.Length, [])]));
                }
            }

            blocks.Add(new SourceTable(rows, rowsAreReliable: true, CellLocation(table, 1, 1)));
        }

        /// <summary>The value columns of an Article 20 sub-table, by its header (the version's wording), or null when not told.</summary>
        private static RunCellKind[]? ActiveKinds(int item, string header, List<string>? firstRow)
        {
            var is2019 = header.Contains("上一年项目", StringComparison.Ordinal) || header.Contains("增减", StringComparison.Ordinal) || header.Contains("新制作", StringComparison.Ordinal) || header.Contains("采购", StringComparison.Ordinal);
            var is2021 = header.Contains("本年处理决定", StringComparison.Ordinal) || header.Contains("收费金额", StringComparison.Ordinal) || header.Contains("制发", StringComparison.Ordinal);
            return item switch
            {
                1 => [RunCellKind.Count, RunCellKind.Count, RunCellKind.Count],
                5 or 6 when is2019 && !is2021 => [RunCellKind.Count, RunCellKind.Signed, RunCellKind.Count],
                5 or 6 when is2021 && !is2019 => [RunCellKind.Count],
                8 when is2019 && !is2021 => [RunCellKind.Count, RunCellKind.Signed],
                8 when is2021 && !is2019 => [RunCellKind.Amount],
                9 => [RunCellKind.Count, RunCellKind.Amount],
                _ => null,
            };
        }

        /// <summary>Splits a text piece into what precedes a trailing row label of table 二 and the label.</summary>
        private static (string Head, string? Label) SplitTrailingLabel(string text)
        {
            var trimmed = text.TrimEnd(' ', '\u3000', '\u00A0');
            string? best = null;
            foreach (var word in Labels.ActiveDisclosureWords)
            {
                if (trimmed.EndsWith(word, StringComparison.Ordinal) && (best is null || word.Length > best.Length))
                {
                    best = word;
                }
            }

            if (best is null)
            {
                // A local annotation after the label ("规章（设区的市…）") is not run-together territory: left to the notes.
                return (text, null);
            }

            return (trimmed[..^best.Length], best);
        }

        // ------------------------------------------------------------ table 三

        private void Applications(int start, int end)
        {
            tables++;
            var table = tables;
            var rows = new List<SourceRow>();
            var pieces = Pieces(start, end, units: false);
            var header = new StringBuilder();
            var labelsStarted = false;
            var dataRows = new List<(string Label, RowKey Key, int Offset, List<string> Tokens, string Run)>();
            var groupRows = new List<(int Index, string Label)>();
            // The label being read; text that continues it is appended (a builder: a label followed by a long
            // stretch of numbered text must not be copied once per part).
            StringBuilder? pending = null;
            var pendingKey = RowKey.None;
            var pendingOffset = 0;
            foreach (var piece in pieces)
            {
                if (!piece.IsRun)
                {
                    foreach (var (part, offset) in NumberedParts(piece.Text, piece.Offset))
                    {
                        var normalized = TextNormalizer.Normalize(part, out _);
                        if (Labels.TryMatchApplications(normalized, out var match))
                        {
                            if (pending is not null)
                            {
                                groupRows.Add((dataRows.Count, pending.ToString()));
                            }

                            labelsStarted = true;
                            pending = new StringBuilder(part);
                            pendingKey = match.Key;
                            pendingOffset = offset;
                        }
                        else if (!labelsStarted)
                        {
                            header.Append(part);
                        }
                        else if (pending is not null)
                        {
                            pending.Append(part); // text that continues the label (a wrapped or annotated label)
                        }
                    }

                    continue;
                }

                if (pending is not null)
                {
                    dataRows.Add((pending.ToString(), pendingKey, pendingOffset, Tokens(piece.Text), piece.Text));
                    pending = null;
                }
            }

            if (header.Length > 0)
            {
                rows.Add(new SourceRow([new SourceCell(header.ToString().Trim(), CellLocation(table, 1, 1))]));
            }

            if (pending is not null)
            {
                groupRows.Add((dataRows.Count, pending.ToString()));
            }

            var kinds = Enumerable.Repeat(RunCellKind.Count, 7).ToArray();
            bool[]? usedColumns = null;
            var candidates = new List<(List<RunSplit> Splits, bool ByCount, bool Truncated)>(dataRows.Count);
            foreach (var dataRow in dataRows)
            {
                var byCount = DigitRunSplitter.Splits(dataRow.Tokens, kinds, null, out var countTruncated);
                candidates.Add(byCount.Count == 1 && !countTruncated
                    ? (byCount, true, false)
                    : (DigitRunSplitter.Splits(dataRow.Tokens, kinds, RowTotal, out var t), false, t));
            }

            // A row whose search was cut short has an incomplete list of splits: the column rules must not lean on it.
            var resolved = candidates.Exists(c => c.Truncated)
                ? candidates.ConvertAll(c => c.Splits)
                : ResolveColumns(dataRows.Select(r => r.Key).ToList(), candidates.ConvertAll(c => c.Splits), out usedColumns);
            usedColumns ??= new bool[dataRows.Count];
            var groupIndex = 0;
            for (var r = 0; r < dataRows.Count; r++)
            {
                while (groupIndex < groupRows.Count && groupRows[groupIndex].Index == r)
                {
                    rows.Add(new SourceRow([new SourceCell(groupRows[groupIndex].Label, CellLocation(table, rows.Count + 1, 1))]));
                    groupIndex++;
                }

                var (label, _, offset, tokens, run) = dataRows[r];
                var rowNumber = rows.Count + 1;
                var splits = resolved[r];
                var rules = candidates[r].ByCount ? new List<string>() : ["R2"];
                if (usedColumns[r])
                {
                    rules.AddRange(["R3", "R1"]);
                }

                rows.Add(new SourceRow([new SourceCell(label, CellLocation(table, rowNumber, 1)), .. Cells(table, rowNumber, label, run, offset, tokens, splits, candidates[r].Truncated, 7, rules)]));
            }

            while (groupIndex < groupRows.Count)
            {
                rows.Add(new SourceRow([new SourceCell(groupRows[groupIndex].Label, CellLocation(table, rows.Count + 1, 1))]));
                groupIndex++;
            }

            blocks.Add(new SourceTable(rows, rowsAreReliable: true, CellLocation(table, 1, 1)));
        }

        private static bool RowTotal(RunSplit split)
        {
            var v = split.Values;
            return v[0] + v[1] + v[2] + v[3] + v[4] + v[5] == v[6];
        }

        /// <summary>
        /// Narrows rows with several R2-admissible splits by the column rules of table 三 (R3: （七）总计 is the sum of the
        /// results; R1: 一 + 二 = （七） + 四), over every combination of the ambiguous rows. When no combination satisfies
        /// them (the published table breaks them, or a row is missing), they are not used and each row stands alone.
        /// </summary>
        private static List<List<RunSplit>> ResolveColumns(List<RowKey> keys, List<List<RunSplit>> candidates, out bool[] used)
        {
            used = new bool[keys.Count];
            var result = candidates.Select(c => c.ToList()).ToList();
            var ambiguous = Enumerable.Range(0, keys.Count).Where(i => candidates[i].Count > 1).ToList();
            if (ambiguous.Count == 0)
            {
                return result;
            }

            var index = new Dictionary<RowKey, int>();
            for (var i = 0; i < keys.Count; i++)
            {
                if (candidates[i].Count == 0 || !index.TryAdd(keys[i], i))
                {
                    return result; // a row without any admissible split, or a repeated row: the column rules cannot be used
                }
            }

            var outcomes = new List<int>();
            foreach (var key in new[] { RowKey.AppDisclosed, RowKey.AppPartial, RowKey.AppNd1, RowKey.AppNd2, RowKey.AppNd3, RowKey.AppNd4, RowKey.AppNd5, RowKey.AppNd6, RowKey.AppNd7, RowKey.AppNd8, RowKey.AppUp1, RowKey.AppUp2, RowKey.AppUp3, RowKey.AppNp1, RowKey.AppNp2, RowKey.AppNp3, RowKey.AppNp4, RowKey.AppNp5 })
            {
                if (!index.TryGetValue(key, out var i))
                {
                    return result;
                }

                outcomes.Add(i);
            }

            if (index.TryGetValue(RowKey.AppOther, out var other))
            {
                outcomes.Add(other);
            }
            else if (index.TryGetValue(RowKey.AppOther1, out var o1) && index.TryGetValue(RowKey.AppOther2, out var o2) && index.TryGetValue(RowKey.AppOther3, out var o3))
            {
                outcomes.AddRange([o1, o2, o3]);
            }
            else
            {
                return result;
            }

            if (!index.TryGetValue(RowKey.AppTotal, out var total) || !index.TryGetValue(RowKey.AppNew, out var newRow) || !index.TryGetValue(RowKey.AppCarriedIn, out var carriedIn) || !index.TryGetValue(RowKey.AppCarriedOut, out var carriedOut))
            {
                return result;
            }

            long combinations = 1;
            foreach (var i in ambiguous)
            {
                combinations *= candidates[i].Count;
                if (combinations > MaxCombinations)
                {
                    return result;
                }
            }

            var choice = new int[keys.Count];
            var seen = ambiguous.ToDictionary(i => i, _ => new HashSet<int>());
            var solutions = 0;
            Search(0);
            if (solutions == 0)
            {
                return result;
            }

            foreach (var i in ambiguous)
            {
                result[i] = seen[i].Order().Select(k => candidates[i][k]).ToList();
                used[i] = true;
            }

            return result;

            void Search(int depth)
            {
                if (depth == ambiguous.Count)
                {
                    if (Holds())
                    {
                        solutions++;
                        foreach (var i in ambiguous)
                        {
                            seen[i].Add(choice[i]);
                        }
                    }

                    return;
                }

                for (var k = 0; k < candidates[ambiguous[depth]].Count; k++)
                {
                    choice[ambiguous[depth]] = k;
                    Search(depth + 1);
                }
            }

            bool Holds()
            {
                for (var c = 0; c < 7; c++)
                {
                    decimal sum = 0;
                    foreach (var i in outcomes)
                    {
                        sum += Value(i, c);
                    }

                    if (sum != Value(total, c) || Value(newRow, c) + Value(carriedIn, c) != Value(total, c) + Value(carriedOut, c))
                    {
                        return false;
                    }
                }

                return true;
            }

            decimal Value(int row, int column) => candidates[row][candidates[row].Count == 1 ? 0 : choice[row]].Values[column];
        }

        /// <summary>Splits a text piece at its numbering (一、 （一） 1.) into labels, keeping each part's offset.</summary>
        private static IEnumerable<(string Part, int Offset)> NumberedParts(string text, int offset)
        {
            var starts = new List<int> { 0 };
            foreach (Match m in NumberingRegex().Matches(text))
            {
                if (m.Index > 0)
                {
                    starts.Add(m.Index);
                }
            }

            for (var k = 0; k < starts.Count; k++)
            {
                var end = k + 1 < starts.Count ? starts[k + 1] : text.Length;
                var part = text[starts[k]..end];
                if (!TextNormalizer.IsBlank(part))
                {
                    yield return (part.Trim(), offset + starts[k]);
                }
            }
        }

        // ------------------------------------------------------------ table 四

        private void Review(int start, int end)
        {
            var pieces = Pieces(start, end, units: false);
            var runs = pieces.Where(p => p.IsRun).ToList();
            if (runs.Count == 0)
            {
                Paragraph(start, end);
                return;
            }

            tables++;
            var table = tables;
            var rows = new List<SourceRow>();
            var firstRun = pieces.IndexOf(runs[0]);
            var headerCells = new List<SourceCell>();
            foreach (var piece in pieces.Take(firstRun))
            {
                foreach (var word in HeaderWords(piece.Text))
                {
                    headerCells.Add(new SourceCell(word, CellLocation(table, 1, headerCells.Count + 1)));
                }
            }

            if (headerCells.Count > 0)
            {
                rows.Add(new SourceRow(headerCells));
            }

            // The values: the first run (and any runs separated only by white space); text after them ends the table.
            var run = runs[0];
            var tokens = Tokens(run.Text);
            var kinds = Enumerable.Repeat(RunCellKind.Count, 15).ToArray();
            var byCount = DigitRunSplitter.Splits(tokens, kinds, null, out var countTruncated);
            var unique = byCount.Count == 1 && !countTruncated;
            var truncated = false;
            var splits = unique ? byCount : DigitRunSplitter.Splits(tokens, kinds, ReviewTotals, out truncated);
            var cells = Cells(table, 2, "四", run.Text, run.Offset, tokens, splits, truncated, 15, unique ? [] : ["R4"]);
            rows.Add(new SourceRow(cells));
            blocks.Add(new SourceTable(rows, rowsAreReliable: true, CellLocation(table, 1, 1)));
            var afterRun = pieces.IndexOf(run) + 1;
            if (afterRun < pieces.Count)
            {
                Paragraph(pieces[afterRun].Offset, end);
            }
        }

        private static bool ReviewTotals(RunSplit split)
        {
            var v = split.Values;
            for (var g = 0; g < 3; g++)
            {
                var o = g * 5;
                if (v[o] + v[o + 1] + v[o + 2] + v[o + 3] != v[o + 4])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Cuts a header printed as one string into the header words of table 四 (longest word first).</summary>
        private static List<string> HeaderWords(string text)
        {
            var words = new List<string>();
            var key = TextNormalizer.Key(TextNormalizer.Normalize(text, out _));
            var at = 0;
            var unknown = new StringBuilder();
            while (at < key.Length)
            {
                // An index into the key, not a shrinking copy of it: a long header must not be copied per character.
                string? word = null;
                foreach (var candidate in Labels.ReviewHeaders)
                {
                    if ((word is null || candidate.Length > word.Length) && key.AsSpan(at).StartsWith(candidate, StringComparison.Ordinal))
                    {
                        word = candidate;
                    }
                }

                if (word is null)
                {
                    unknown.Append(key[at]);
                    at++;
                    continue;
                }

                if (unknown.Length > 0)
                {
                    words.Add(unknown.ToString());
                    unknown.Clear();
                }

                words.Add(word);
                at += word.Length;
            }

            if (unknown.Length > 0)
            {
                words.Add(unknown.ToString());
            }

            return words;
        }

        // ------------------------------------------------------------ shared

        /// <summary>
        /// The region as alternating text and runs of digits. A label's item number glued to the previous run
        /// ("00000002.其他法律…") goes back to its label; a unit after an amount ("…432.52元") stays with the run.
        /// </summary>
        private List<Piece> Pieces(int start, int end, bool units)
        {
            var pieces = new List<Piece>();
            var runChars = RunChars(line, start, end);
            var i = start;
            while (i < end)
            {
                var isRun = runChars[i - start];
                var j = i;
                while (j < end && runChars[j - start] == isRun)
                {
                    j++;
                }

                if (isRun && units && j < end)
                {
                    if (line.AsSpan(j, end - j).StartsWith("万元", StringComparison.Ordinal))
                    {
                        j += 2;
                    }
                    else if (line[j] == '元')
                    {
                        j++;
                    }
                }

                pieces.Add(new Piece(isRun, line[i..j], i));
                i = j;
            }

            // An item number ("2") glued to the run before its label (".其他法律…").
            for (var k = 1; k < pieces.Count; k++)
            {
                var text = pieces[k];
                var run = pieces[k - 1];
                if (!text.IsRun && run.IsRun && text.Text.Length > 1 && text.Text[0] is '.' or '．' or '、' && TextNormalizer.IsIdeograph(text.Text[1]))
                {
                    var trimmed = run.Text.TrimEnd();
                    if (trimmed.Length > 0 && char.IsAsciiDigit(trimmed[^1]))
                    {
                        var digit = trimmed[^1];
                        pieces[k - 1] = run with { Text = trimmed[..^1] };
                        pieces[k] = new Piece(false, digit + text.Text, text.Offset - 1);
                    }
                }
            }

            return pieces.Where(p => !p.IsRun || p.Text.Trim().Length > 0).ToList();
        }

        /// <summary>
        /// Whether each character of <c>text[start..end]</c> belongs to a run of digits. White space between digits is
        /// part of the run (a certain cell boundary); elsewhere it is text. Each stretch of white space is decided once
        /// (deciding it per character rescanned the stretch, quadratic in its length).
        /// </summary>
        private static bool[] RunChars(string text, int start, int end)
        {
            var result = new bool[end - start];
            var i = start;
            while (i < end)
            {
                var c = text[i];
                if (IsRunSpace(c))
                {
                    var stretchEnd = i + 1;
                    while (stretchEnd < end && IsRunSpace(text[stretchEnd]))
                    {
                        stretchEnd++;
                    }

                    var before = i - 1;
                    while (before >= 0 && IsRunSpace(text[before]))
                    {
                        before--;
                    }

                    var inRun = before >= 0 && stretchEnd < end && IsValueChar(text[before]) && IsValueChar(text[stretchEnd]);
                    for (var k = i; k < stretchEnd; k++)
                    {
                        result[k - start] = inRun;
                    }

                    i = stretchEnd;
                    continue;
                }

                result[i - start] = char.IsAsciiDigit(c)
                    || (c is '.' or '+' or '-' && i + 1 < end && char.IsAsciiDigit(text[i + 1]) && (c != '.' || (i > 0 && char.IsAsciiDigit(text[i - 1]))));
                i++;
            }

            return result;
        }

        private static bool IsRunSpace(char c) => c is ' ' or '\u3000' or '\u00A0';

        private static bool IsValueChar(char c) => char.IsAsciiDigit(c) || c is '+' or '-';

        private static List<string> Tokens(string run) => run.Split([' ', '\u3000', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).ToList();

        /// <summary>The cells of one row: the one admissible split (inferred when a run was cut), or unreadable cells with a note.</summary>
        private List<SourceCell> Cells(int table, int row, string label, string run, int offset, List<string> tokens, List<RunSplit> splits, bool truncated, int columns, List<string> rules)
        {
            var cells = new List<SourceCell>(columns);
            if (splits.Count == 1 && !truncated)
            {
                var cut = splits[0].Cells.Length > tokens.Count;
                var inference = cut ? new CellInference(run.Trim(), rules) : null;
                for (var c = 0; c < columns; c++)
                {
                    cells.Add(new SourceCell(splits[0].Cells[c], CellLocation(table, row, c + 2)) { Inference = inference });
                }

                if (cut)
                {
                    notes.Add(new ExtractionNote(ExtractionNoteCodes.SplitInferred, NoteSeverity.Warning, null, Location(offset), label + run,
                        $"“{TextNormalizer.TrimLayout(label)}”行的数字连在一起（“{run.Trim()}”）；只有一种拆分{(rules.Count == 0 ? "符合位数" : "使 " + string.Join("、", rules) + " 成立")}：{splits[0].Describe()}。这些数值为推断值，{(rules.Count == 0 ? string.Empty : string.Join("、", rules) + " 对其不作评估。")}",
                        $"The cells of the row \"{TextNormalizer.TrimLayout(label)}\" run together (\"{run.Trim()}\"); only one split {(rules.Count == 0 ? "fits the digits" : "satisfies " + string.Join(", ", rules))}: {splits[0].Describe()}. The values are inferred{(rules.Count == 0 ? "." : "; " + string.Join(", ", rules) + " cannot be assessed on them.")}"));
                }

                return cells;
            }

            for (var c = 0; c < columns; c++)
            {
                cells.Add(new SourceCell("?", CellLocation(table, row, c + 2)));
            }

            Ambiguous(label, run, offset, splits, truncated ? "too many splits to list" : null);
            return cells;
        }

        private List<SourceCell> Unknown(int table, int row, int columns)
        {
            var cells = new List<SourceCell>(columns);
            for (var c = 0; c < columns; c++)
            {
                cells.Add(new SourceCell("?", CellLocation(table, row, c + 2)));
            }

            return cells;
        }

        private void Ambiguous(string label, string run, int offset, List<RunSplit> splits, string? why)
        {
            var shown = splits.Take(6).Select(s => s.Describe()).ToList();
            var list = splits.Count == 0 ? "none" : string.Join("; ", shown) + (splits.Count > shown.Count ? $"; … ({splits.Count.ToString(CultureInfo.InvariantCulture)} in all)" : string.Empty);
            var listZh = splits.Count == 0 ? "无" : string.Join("；", shown) + (splits.Count > shown.Count ? $"；……（共 {splits.Count.ToString(CultureInfo.InvariantCulture)} 种）" : string.Empty);
            notes.Add(new ExtractionNote(ExtractionNoteCodes.SplitAmbiguous, NoteSeverity.Warning, null, Location(offset), label + run,
                $"“{TextNormalizer.TrimLayout(label)}”行的数字连在一起（“{run.Trim()}”），{(splits.Count == 0 ? "没有符合表格勾稽关系的拆分" : "可有多种拆分")}{(why is null ? string.Empty : "（" + why + "）")}：{listZh}。本行数值未读取，也未推测。",
                $"The cells of the row \"{TextNormalizer.TrimLayout(label)}\" run together (\"{run.Trim()}\") and {(splits.Count == 0 ? "no split satisfies the table's arithmetic" : "admit more than one split")}{(why is null ? string.Empty : " (" + why + ")")}: {list}. The row's values were neither read nor guessed."));
        }
    }

    /// <summary>A table row printed run together: an application-table label followed directly by digits, or table 四's last header followed by digits.</summary>
    [GeneratedRegex(@"(?:本年新收政府信息公开申请数量|上年结转政府信息公开申请数量|尚未审结总计)[ \u3000\u00A0]*\d{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex RunTogetherRowRegex();

    [GeneratedRegex(@"第二十条\s*第?[（(](?<n>[一二三四五六七八九十]{1,3})[)）]项", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionRegex();

    /// <summary>Where a numbered label starts: 一、 （一） 1. (an item number only before an ideograph).</summary>
    [GeneratedRegex(@"(?:[一二三四五六七八九十]、|[（(][一二三四五六七八九十]{1,2}[)）]|\d{1,2}[.．、](?=[\u4E00-\u9FFF]))", RegexOptions.CultureInvariant)]
    private static partial Regex NumberingRegex();
}
