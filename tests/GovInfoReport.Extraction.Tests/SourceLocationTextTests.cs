using GovInfoReport.Extraction.Documents;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>How a location reads in notes, provenance and the CLI's output (one formatting, <see cref="SourceLocation.TryFormat"/>).</summary>
public sealed class SourceLocationTextTests
{
    [Fact]
    public void PartsReadInPageLineCellTableRowColumnParagraphPointOrder()
    {
        var location = new SourceLocation(Line: 12, Cell: 3, Table: 1, Row: 40, Column: 7, Paragraph: 118, Page: 2, X: 56.31, Y: 701.04);

        Assert.Equal("page 2, line 12, cell 3, table 1, row 40, column 7, paragraph 118, at (56.3, 701) pt", location.ToString());
    }

    [Fact]
    public void NoPartReadsAsTheDocument() => Assert.Equal("document", new SourceLocation().ToString());

    [Fact]
    public void APointNeedsBothCoordinates()
    {
        Assert.Equal("page 4", new SourceLocation(Page: 4, X: 3).ToString());
        Assert.Equal("line 5, cell 2", SourceLocation.AtLine(5, 2).ToString());
    }

    [Fact]
    public void ExtremeValuesDoNotFitAShortBufferButStillReadWhole()
    {
        var location = new SourceLocation(Line: int.MaxValue, Cell: int.MinValue, X: 1e300, Y: -1e300);

        Assert.False(location.TryFormat(new char[160], out _));
        var text = location.ToString();
        Assert.StartsWith("line 2147483647, cell -2147483648, at (1", text);
        Assert.EndsWith(") pt", text);
        Assert.True(text.Length > 600);
    }

    [Fact]
    public void TryFormatWritesExactlyToString()
    {
        var location = SourceLocation.AtCell(2, 9, 4);
        var buffer = new char[64];

        Assert.True(location.TryFormat(buffer, out var written));
        Assert.Equal("table 2, row 9, column 4", new string(buffer, 0, written));
    }
}
