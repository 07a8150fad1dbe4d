using System;
using System.Linq;
using GovInfoReport.Extraction.Tests.Support;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>A document of thousands of odd rows gets a bounded list of notes, ending in a marker (issue 13).</summary>
public sealed class NoteLimitTests
{
    [Fact]
    public void Notes_stop_at_the_limit_with_one_truncation_marker()
    {
        var lines = TestFiles.SeedText("004").Split('\n');
        var table4 = Array.FindIndex(lines, l => l.StartsWith("四、政府信息公开行政复议", StringComparison.Ordinal));
        var row = string.Join('\t', new[] { "（一）予以公开" }.Concat(Enumerable.Repeat("1", 29)));
        var text = string.Join('\n', lines.Take(table4).Concat(Enumerable.Repeat(row, 200)).Concat(lines.Skip(table4)));

        var unbounded = ReportExtractor.Extract(text, "rows.txt", new ExtractionOptions { MaxNotes = int.MaxValue });
        var bounded = ReportExtractor.Extract(text, "rows.txt", new ExtractionOptions { MaxNotes = 50 });

        Assert.True(unbounded.Notes.Count > 200, $"{unbounded.Notes.Count} notes");
        Assert.DoesNotContain(unbounded.Notes, n => n.Code == ExtractionNoteCodes.NotesTruncated);
        Assert.Equal(51, bounded.Notes.Count);
        Assert.Equal(unbounded.Notes.Take(50).Select(n => n.Code), bounded.Notes.Take(50).Select(n => n.Code));
        Assert.Equal(ExtractionNoteCodes.NotesTruncated, bounded.Notes[^1].Code);
        Assert.Equal("More than 50 notes; the rest are not listed.", bounded.Notes[^1].MessageEn);

        // The bound limits what is said about the document, not what is read from it.
        Assert.Equal(unbounded.Payload!.ToJsonString(), bounded.Payload!.ToJsonString());
    }

    [Fact]
    public void The_note_limit_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportExtractor.Extract("x", options: new ExtractionOptions { MaxNotes = 0 }));
    }
}
