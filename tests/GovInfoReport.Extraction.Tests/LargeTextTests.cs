using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Layout;
using GovInfoReport.Extraction.Readers;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// Large text input inside the size limit is read in time linear in its size (issue 13: a 3.8 MB text of repeated
/// table rows took 47–55 s because every row was compared with every other). Each test feeds one step of the text path
/// the input that made it super-linear; before the change each took from tens of seconds to hours (or never ended),
/// now each takes milliseconds. The bound is on this thread's processor time and generous, so a loaded 2-core CI machine
/// does not make it fail; what the steps read is asserted as well.
/// </summary>
public sealed class LargeTextTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Fact]
    public void Tens_of_thousands_of_repeated_rows_are_placed_without_comparing_each_with_each()
    {
        // Before: every unplaced row counted its competitors by scanning all unplaced rows (60,000² steps).
        var rows = new List<StreamRow>();
        for (var r = 0; r < 60_000; r++)
        {
            var row = new StreamRow(true);
            row.Cells.Add(new SourceCell("（一）予以公开", SourceLocation.AtLine(r + 1, 1)));
            for (var c = 0; c < 7; c++)
            {
                row.Cells.Add(new SourceCell(c == 6 ? "6" : "1", SourceLocation.AtLine(r + 1, c + 2)));
            }

            rows.Add(row);
        }

        var notes = new NoteSink(1000);
        var read = Timed(() => TableReaders.ReadApplications(rows, notes));

        Assert.True(read.Found);
        var disclosed = read.Rows[RowKey.AppDisclosed];
        Assert.Equal(1, disclosed.Label.Location.Line);
        Assert.Equal([1m, 1m, 1m, 1m, 1m, 1m, 6m], disclosed.Slots!.Select(s => s.CheckValue!.Value));
        Assert.Contains(notes.Notes, n => n.Code == ExtractionNoteCodes.ExtraRow && n.Location!.Line == 2);
        Assert.Equal(ExtractionNoteCodes.NotesTruncated, notes.Notes[^1].Code);
    }

    [Fact]
    public void A_row_of_hundreds_of_thousands_of_cells_is_aligned_from_its_first_and_last_value()
    {
        // Before: each of the 300,000 possible windows checked every slot outside it.
        var cells = new List<SourceCell>();
        for (var i = 0; i < 150_000; i++)
        {
            cells.Add(new SourceCell(string.Empty, SourceLocation.AtLine(1, cells.Count + 1)));
        }

        foreach (var value in new[] { "1", "2", "3", "4", "5", "6", "21" })
        {
            cells.Add(new SourceCell(value, SourceLocation.AtLine(1, cells.Count + 1)));
        }

        for (var i = 0; i < 150_000; i++)
        {
            cells.Add(new SourceCell(" ", SourceLocation.AtLine(1, cells.Count + 1)));
        }

        var slots = RowAlignment.Expand(cells);
        var shift = 0;
        var aligned = Timed(() => RowAlignment.Align(slots, 7, null, out shift, out _));

        Assert.NotNull(aligned);
        Assert.Equal(150_000, shift);
        Assert.Equal([1m, 2m, 3m, 4m, 5m, 6m, 21m], aligned!.Select(s => s.CheckValue!.Value));

        // The same row with a value far outside any window of seven: no alignment, never a guess.
        cells[0] = new SourceCell("9", cells[0].Location);
        Assert.Null(Timed(() => RowAlignment.Align(RowAlignment.Expand(cells), 7, null, out _, out _)));
    }

    [Fact]
    public void A_run_of_digits_longer_than_its_cells_can_hold_is_cut_nowhere_at_once()
    {
        // Before: every cut of the run's start was tried (12 candidate lengths per cell, seven cells) and each piece
        // was copied up to the end of the run.
        var kinds = Enumerable.Repeat(RunCellKind.Count, 7).ToArray();
        var truncated = true;
        var splits = Timed(() => DigitRunSplitter.Splits([new string('7', 300)], kinds, null, out truncated));
        Assert.Empty(splits);
        Assert.False(truncated);
    }

    [Fact]
    public void A_search_past_its_budget_stops_as_truncated()
    {
        // Every cut of 60 ones into 15 cells is admissible; a rule that no cut meets would make the search visit all of
        // them. The search stops at its budget and says so (the readers then leave the row out with a note).
        var kinds = Enumerable.Repeat(RunCellKind.Count, 15).ToArray();
        var truncated = false;
        var splits = Timed(() => DigitRunSplitter.Splits([new string('1', 60)], kinds, _ => false, out truncated));
        Assert.True(truncated);
        Assert.Empty(splits);
    }

    [Fact]
    public void A_run_together_row_of_a_hundred_thousand_digits_is_left_out_with_its_note()
    {
        var result = Timed(() => RunTogetherTests.Extract(new Dictionary<string, string> { ["新收"] = new string('1', 100_000) }, review: "000000000000000"));

        Assert.True(result.IsAnnualReport, result.ReasonEn);
        Assert.Null(result.Payload!["applications"]?["newApplications"]?["total"]);
        Assert.Contains(result.Notes, n => n.Code == ExtractionNoteCodes.SplitAmbiguous && n.MessageEn.Contains("本年新收", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_stretch_of_spaces_inside_a_run_is_decided_once()
    {
        // Before: each space rescanned the whole stretch on both sides (200,000² steps).
        var run = "1" + new string(' ', 200_000) + "2";
        var result = Timed(() => RunTogetherTests.Extract(new Dictionary<string, string> { ["新收"] = run }, review: "000000000000000"));

        Assert.True(result.IsAnnualReport, result.ReasonEn);
        Assert.Null(result.Payload!["applications"]?["newApplications"]?["total"]);
        Assert.Contains(result.Notes, n => n.Code == ExtractionNoteCodes.SplitAmbiguous && n.MessageEn.Contains("本年新收", StringComparison.Ordinal));
    }

    [Fact]
    public void Labels_above_many_tables_are_attached_each_to_its_own_table()
    {
        // The label lines taken are now removed from the end of the blocks kept so far, not from the middle of the
        // list (which moved every later block: quadratic, though only 3.1 s against 1.2 s at 100,000 tables).
        var blocks = new List<SourceBlock>();
        for (var t = 0; t < 20_000; t++)
        {
            blocks.Add(new SourceParagraph("（一）予以公开", SourceLocation.AtLine((2 * t) + 1)));
            blocks.Add(new SourceTable([new SourceRow([new SourceCell(t.ToString(CultureInfo.InvariantCulture), SourceLocation.AtLine((2 * t) + 2))])], true, SourceLocation.AtLine((2 * t) + 2)));
        }

        blocks.Add(new SourceParagraph("结束。", SourceLocation.AtLine(40_001)));
        WrappedLabels.AttachLabelsAbove(blocks);

        Assert.Equal(20_001, blocks.Count);
        for (var t = 0; t < 20_000; t++)
        {
            var cells = ((SourceTable)blocks[t]).Rows[0].Cells;
            Assert.Equal(["（一）予以公开", t.ToString(CultureInfo.InvariantCulture)], cells.Select(c => c.Text));
            Assert.Equal((2 * t) + 1, cells[0].Location.Line);
        }

        Assert.Equal("结束。", ((SourceParagraph)blocks[^1]).Text);
    }

    [Fact]
    public void Continuation_lines_of_a_cell_are_joined_once()
    {
        // Before: each continuation line copied the cell's whole text so far.
        var text = "\t甲\n\t乙\n\t标题\n" + string.Concat(Enumerable.Repeat("续\n", 300_000));
        var document = Timed(() => TextDocumentReader.Read(text));

        var table = Assert.IsType<SourceTable>(document.Blocks[0]);
        var cell = table.Rows.SelectMany(r => r.Cells).Single(c => c.Text.StartsWith("标题", StringComparison.Ordinal));
        Assert.Equal(300_001, cell.Text.Split('\n').Length);
        Assert.EndsWith("\n续", cell.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_of_tens_of_thousands_of_chunks_gives_no_column_model()
    {
        // Before: every header chunk was compared with every other (60,000² steps) to build a column model.
        var text = new StringBuilder("表头  " + string.Join("  ", Enumerable.Repeat("甲", 60_000)) + "\n");
        for (var r = 0; r < 5; r++)
        {
            text.Append("（一）予以公开    1    2    3\n");
        }

        var document = Timed(() => TextDocumentReader.Read(text.ToString()));

        var rows = document.Blocks.OfType<SourceTable>().SelectMany(t => t.Rows).Where(r => r.Cells.Count > 0 && r.Cells[0].Text == "（一）予以公开").ToList();
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Equal(["（一）予以公开", "1", "2", "3"], r.Cells.Select(c => c.Text)));
    }

    /// <summary>
    /// Runs <paramref name="run"/> and asserts the processor time it took on this thread: unlike the wall clock, that
    /// does not grow when the machine is shared (tests run at low priority beside other builds) or other tests run in
    /// parallel. On systems without per-thread times the wall clock is used.
    /// </summary>
    private static T Timed<T>(Func<T> run)
    {
        var stopwatch = Stopwatch.StartNew();
        var cpu = ThreadProcessorTime();
        var result = run();
        var elapsed = cpu is { } start && ThreadProcessorTime() is { } end ? end - start : stopwatch.Elapsed;
        Assert.True(elapsed < Patience, $"took {elapsed} of processor time ({stopwatch.Elapsed} wall)");
        return result;
    }

    private static void Timed(Action run) => Timed(() =>
    {
        run();
        return 0;
    });

    /// <summary>This thread's user and system time (Linux: /proc/thread-self/stat, in clock ticks of 1/100 s), or null.</summary>
    private static TimeSpan? ThreadProcessorTime()
    {
        const string stat = "/proc/thread-self/stat";
        if (!OperatingSystem.IsLinux() || !File.Exists(stat))
        {
            return null;
        }

        // Fields after the command name in parentheses start at field 3; utime and stime are fields 14 and 15.
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
