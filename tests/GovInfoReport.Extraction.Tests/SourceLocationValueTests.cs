using GovInfoReport.Extraction.Documents;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// A location keeps its nine optional numbers as plain fields and a mask of which are present (64 bytes instead of
/// 104; one per cell): absent must stay distinct from 0, and equality, <c>with</c> and deconstruction must behave as
/// for nullable properties.
/// </summary>
public sealed class SourceLocationValueTests
{
    [Fact]
    public void An_absent_number_is_not_zero()
    {
        var zero = new SourceLocation(Line: 0, X: 0d);

        Assert.Equal(0, zero.Line);
        Assert.Equal(0d, zero.X);
        Assert.Null(zero.Cell);
        Assert.Null(zero.Y);
        Assert.NotEqual(new SourceLocation(), new SourceLocation(Line: 0));
        Assert.NotEqual(new SourceLocation(Page: 1), new SourceLocation(Page: 1, X: 0d));
    }

    [Fact]
    public void Every_number_reads_back_as_given()
    {
        var location = new SourceLocation(Line: int.MinValue, Cell: -1, Table: 3, Row: int.MaxValue, Column: 5, Paragraph: 6, Page: 7, X: double.NaN, Y: -0.5);
        var (line, cell, table, row, column, paragraph, page, x, y) = location;

        Assert.Equal((int.MinValue, -1, 3, int.MaxValue, 5, 6, 7), (line!.Value, cell!.Value, table!.Value, row!.Value, column!.Value, paragraph!.Value, page!.Value));
        Assert.True(double.IsNaN(x!.Value));
        Assert.Equal(-0.5, y);
        Assert.Equal(location, location with { });
    }

    [Fact]
    public void With_sets_and_clears_one_number()
    {
        var location = SourceLocation.AtLine(12, 3);

        var moved = location with { Cell = null, Page = 2 };

        Assert.Equal(new SourceLocation(Line: 12, Page: 2), moved);
        Assert.Equal("page 2, line 12", moved.ToString());
        Assert.Equal(SourceLocation.AtLine(12, 3), location);
        Assert.Equal(SourceLocation.AtLine(12, 3).GetHashCode(), location.GetHashCode());
    }
}
