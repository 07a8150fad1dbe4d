using System;
using System.Collections.Generic;
using GovInfoReport.Extraction.Layout;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// The ruling lines of a PDF's tables (stroked lines and thin filled rectangles), page by page, in top-down
/// coordinates. They tell where one table row ends (<see cref="SameRow"/>) and where one cell ends on a line.
/// </summary>
internal sealed class PdfRulings : IRowRulings
{
    /// <summary>Fewest horizontal rules in a region that make it a ruled table.</summary>
    private const int MinRules = 3;

    private readonly Dictionary<int, PageSegments> pages = [];

    /// <summary>Reads the ruling lines of a page.</summary>
    public PageSegments AddPage(Page page, PdfPageFrame frame)
    {
        var segments = PageSegments.From(page, frame);
        pages[page.Number] = segments;
        return segments;
    }

    /// <inheritdoc />
    public bool SameRow(IReadOnlyList<LayoutLine> row, LayoutLine lower)
    {
        var upper = row[0];
        if (upper.Page != lower.Page || !pages.TryGetValue(upper.Page, out var segments) || !segments.VerticalAcross(upper.Middle, lower.Middle))
        {
            return false; // inside one ruled row a cell border runs down past all its lines
        }

        foreach (var line in row)
        {
            if (segments.HorizontalBetween(line, lower))
            {
                return false; // a rule crosses between them over the text of either
            }
        }

        return true;
    }

    /// <inheritdoc />
    public IReadOnlyList<double> CellEdges(IReadOnlyList<LayoutLine> row)
    {
        if (!pages.TryGetValue(row[0].Page, out var segments))
        {
            return [];
        }

        return segments.VerticalEdges(row[0].Top, row[^1].Bottom);
    }

    /// <inheritdoc />
    public bool RuleBetween(LayoutLine upper, LayoutLine lower, double left, double right)
        => upper.Page == lower.Page && pages.TryGetValue(upper.Page, out var segments) && segments.HorizontalAcross(upper.Middle, lower.Middle, left, right);

    /// <inheritdoc />
    public bool InsideTable(LayoutLine line)
    {
        if (!pages.TryGetValue(line.Page, out var segments))
        {
            return false;
        }

        var edges = segments.VerticalEdges(line.Top, line.Bottom);
        return edges.Count >= 2 && line.Chunks[0].Left >= edges[0] && line.Chunks[^1].Right <= edges[^1];
    }

    /// <inheritdoc />
    public bool IsRuled(LayoutLine first, LayoutLine last)
    {
        var rules = 0;
        var borders = 0;
        for (var page = first.Page; page <= last.Page; page++)
        {
            if (pages.TryGetValue(page, out var segments))
            {
                var top = page == first.Page ? first.Top : double.MinValue;
                var bottom = page == last.Page ? last.Bottom : double.MaxValue;
                rules += segments.CountHorizontal(top, bottom);
                borders += segments.CountVertical(top, bottom);
            }
        }

        // A table drawn with only a top and a bottom rule is not ruled: its columns come from the text's positions.
        return rules >= MinRules && borders >= 2;
    }
}

/// <summary>The horizontal and vertical ruling segments of one page (top-down coordinates, points).</summary>
internal sealed class PageSegments
{
    /// <summary>Thickest filled rectangle still taken as a line.</summary>
    private const double MaxThickness = 3;

    /// <summary>Slack when comparing positions.</summary>
    private const double Tolerance = 1.5;

    private readonly List<(double Y, double X0, double X1)> horizontal = [];
    private readonly List<(double X, double Y0, double Y1)> vertical = [];

    /// <summary>The ruling segments of the page.</summary>
    public int Count => horizontal.Count + vertical.Count;

    /// <summary>The ruling segments of a page in its reading coordinates (<paramref name="frame"/>).</summary>
    public static PageSegments From(Page page, PdfPageFrame frame)
    {
        var result = new PageSegments();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (path.IsStroked)
                {
                    PdfPoint? start = null;
                    PdfPoint? current = null;
                    foreach (var command in subpath.Commands)
                    {
                        switch (command)
                        {
                            case PdfSubpath.Move move:
                                start = current = move.Location;
                                break;
                            case PdfSubpath.Line line:
                                result.Add(frame.Map(line.From), frame.Map(line.To));
                                start ??= line.From;
                                current = line.To;
                                break;
                            case PdfSubpath.Close when start is { } s && current is { } c:
                                result.Add(frame.Map(c), frame.Map(s));
                                current = s;
                                break;
                        }
                    }
                }
                else
                {
                    var box = subpath.GetBoundingRectangle();
                    if (box is { } b)
                    {
                        var (x0, y0) = frame.Map(new PdfPoint(b.Left, b.Bottom));
                        var (x1, y1) = frame.Map(new PdfPoint(b.Right, b.Top));
                        var (left, right, top, bottom) = (Math.Min(x0, x1), Math.Max(x0, x1), Math.Min(y0, y1), Math.Max(y0, y1));
                        if (bottom - top <= MaxThickness && right - left > MaxThickness)
                        {
                            result.Add((left, (top + bottom) / 2), (right, (top + bottom) / 2));
                        }
                        else if (right - left <= MaxThickness && bottom - top > MaxThickness)
                        {
                            result.Add(((left + right) / 2, top), ((left + right) / 2, bottom));
                        }
                    }
                }
            }
        }

        // By x, so the test between two letters looks only at the rules in their gap (it runs once per pair of letters).
        result.vertical.Sort((a, b) => a.X.CompareTo(b.X));
        return result;
    }

    /// <summary>Adds a segment given in reading coordinates (y down) when it is horizontal or vertical.</summary>
    private void Add((double X, double Y) from, (double X, double Y) to)
    {
        var dx = Math.Abs(to.X - from.X);
        var dy = Math.Abs(to.Y - from.Y);
        if (dy < 1 && dx > MaxThickness)
        {
            horizontal.Add(((from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        }
        else if (dx < 1 && dy > MaxThickness)
        {
            vertical.Add(((from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
        }
    }

    /// <summary>Whether a vertical rule stands between two x positions over the line between top and bottom.</summary>
    public bool VerticalBetween(double left, double right, double top, double bottom)
    {
        var middle = (top + bottom) / 2;
        var low = 0;
        var high = vertical.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (vertical[mid].X > left - 0.5)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        for (var i = low; i < vertical.Count && vertical[i].X < right + 0.5; i++)
        {
            var (_, y0, y1) = vertical[i];
            if (y0 <= middle && y1 >= middle)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The x positions of the vertical rules that run through the middle of a row, merged when closer than a point or two.</summary>
    public List<double> VerticalEdges(double top, double bottom)
    {
        var middle = (top + bottom) / 2;
        var xs = new List<double>();
        foreach (var (x, y0, y1) in vertical)
        {
            if (y0 <= middle && y1 >= middle)
            {
                xs.Add(x);
            }
        }

        xs.Sort();
        var edges = new List<double>(xs.Count);
        foreach (var x in xs)
        {
            if (edges.Count == 0 || x - edges[^1] > Tolerance)
            {
                edges.Add(x);
            }
        }

        return edges;
    }

    /// <summary>Whether one vertical rule runs from <paramref name="upper"/> down to <paramref name="lower"/>.</summary>
    public bool VerticalAcross(double upper, double lower)
    {
        foreach (var (_, y0, y1) in vertical)
        {
            if (y0 <= upper + Tolerance && y1 >= lower - Tolerance)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a horizontal rule lies between two lines, under the text of either.</summary>
    public bool HorizontalBetween(LayoutLine upper, LayoutLine lower)
    {
        foreach (var (y, x0, x1) in horizontal)
        {
            if (y <= upper.Middle || y >= lower.Middle)
            {
                continue;
            }

            if (Overlaps(upper, x0, x1) || Overlaps(lower, x0, x1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a horizontal rule between two heights covers the span from left to right.</summary>
    public bool HorizontalAcross(double upper, double lower, double left, double right)
    {
        foreach (var (y, x0, x1) in horizontal)
        {
            if (y > upper && y < lower && x0 <= left + Tolerance && x1 >= right - Tolerance)
            {
                return true;
            }
        }

        return false;
    }

    public int CountVertical(double top, double bottom)
    {
        var count = 0;
        foreach (var (_, y0, y1) in vertical)
        {
            if (y1 >= top - Tolerance && y0 <= bottom + Tolerance)
            {
                count++;
            }
        }

        return count;
    }

    public int CountHorizontal(double top, double bottom)
    {
        var count = 0;
        foreach (var (y, _, _) in horizontal)
        {
            if (y >= top - Tolerance && y <= bottom + Tolerance)
            {
                count++;
            }
        }

        return count;
    }

    private static bool Overlaps(LayoutLine line, double x0, double x1)
    {
        foreach (var chunk in line.Chunks)
        {
            if (chunk.Left < x1 - Tolerance && chunk.Right > x0 + Tolerance)
            {
                return true;
            }
        }

        return false;
    }
}
