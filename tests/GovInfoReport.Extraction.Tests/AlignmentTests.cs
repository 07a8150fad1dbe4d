using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Readers;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Tests.Support;
using GovInfoReport.Extraction.Values;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>How cells after a row label are aligned with the columns, and what is never read.</summary>
public sealed class AlignmentTests
{
    private static Slot[] Slots(params string[] cells) => RowAlignment.Expand(cells.Select((c, i) => new SourceCell(c, SourceLocation.AtLine(1, i + 1))));

    private static bool RowTotal(decimal?[] v) => v.Take(6).Sum(x => x!.Value) == v[6];

    private static string[]? Read(Slot[] slots, Func<decimal?[], bool>? rule, out int shift, out bool byRule)
        => RowAlignment.Align(slots, 7, rule, out shift, out byRule)?.Select(s => s.Cell.Text).ToArray();

    [Fact]
    public void Exactly_as_many_cells_as_columns_are_taken_as_they_are()
    {
        Assert.Equal<string[]?>(["7", "", "", "", "", "", "7"], Read(Slots("7", "", "", "", "", "", "7"), RowTotal, out var shift, out _));
        Assert.Equal(0, shift);
    }

    [Fact]
    public void A_blank_layout_cell_after_the_label_is_dropped_as_a_shift()
    {
        Assert.Equal<string[]?>(["", "", "", "", "", "", "0"], Read(Slots("", "", "", "", "", "", "", "0"), RowTotal, out var shift, out var byRule));
        Assert.Equal(1, shift);
        Assert.False(byRule);
    }

    [Fact]
    public void When_blank_cells_could_sit_at_either_end_the_row_total_rule_decides()
    {
        // [b, 2, b, b, b, b, 2, b]: dropping the last blank gives 0+2+0+0+0+0 = 2 ✓; dropping the first gives total 0 ≠ 4.
        Assert.Equal<string[]?>(["", "2", "", "", "", "", "2"], Read(Slots("", "2", "", "", "", "", "2", ""), RowTotal, out var shift, out var byRule));
        Assert.Equal(0, shift);
        Assert.True(byRule);
    }

    [Fact]
    public void An_alignment_no_rule_can_settle_is_not_read()
    {
        Assert.Null(Read(Slots("", "3", "", "", "", "", "", ""), RowTotal, out _, out _));
        Assert.Null(Read(Slots("1", "2", "3", "4", "5", "6", "21", "9"), RowTotal, out _, out _));
        Assert.Null(Read(Slots("1", "2", "3"), RowTotal, out _, out _));
    }

    [Fact]
    public void A_value_merged_from_the_row_above_is_never_read()
    {
        // Seed 004 as blocks, with the 总计 cell of （一）予以公开 replaced by a vertical-merge placeholder.
        var document = TextDocumentReader.Read(TestFiles.SeedText("004"));
        var blocks = document.Blocks.Select(block =>
        {
            if (block is not SourceTable table)
            {
                return block;
            }

            var rows = table.Rows.Select(row =>
            {
                if (!row.Cells.Any(c => c.Text.Contains("予以公开", StringComparison.Ordinal)))
                {
                    return row;
                }

                var cells = row.Cells.ToList();
                cells[8] = new SourceCell(string.Empty, cells[8].Location, isMergeContinuation: true);
                return new SourceRow(cells);
            }).ToList();
            return new SourceTable(rows, table.RowsAreReliable, table.Location);
        }).ToList();

        var result = ReportExtractor.Extract(new SourceDocument(SourceFormat.Blocks, blocks));
        Assert.True(result.IsAnnualReport);
        Assert.Null(PayloadAssert.At(result.Payload!, "/applications/outcomes/disclosed/total"));
        Assert.Contains(result.Notes, n => n.Code == ExtractionNoteCodes.Unreadable && n.Pointer == "/applications/outcomes/disclosed/total");
        Assert.Equal(0m, PayloadAssert.Number(PayloadAssert.At(result.Payload!, "/applications/outcomes/disclosed/otherOrganizations")!));
    }

    [Fact]
    public void Note_codes_are_unique_and_stable_in_form()
    {
        var codes = typeof(ExtractionNoteCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        Assert.True(codes.Count >= 30);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^[a-z0-9]+\\.[a-z0-9-]+$", c));
    }
}
