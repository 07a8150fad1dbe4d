using System;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// The direction a PDF page reads in, and the mapping from PdfPig's page coordinates (as displayed, y up) to reading
/// coordinates (the text runs left to right, y down). PdfPig applies /Rotate, so a page turned by it and a page whose
/// text is drawn turned look the same: letters whose baselines run down, up or right to left. The direction of most of
/// the page's letters is the page's; the page is then read as if turned upright, rulings included, so a rotated table
/// gives the same rows and cells as an upright one. Letters in any other direction are left out (and counted).
/// </summary>
internal readonly struct PdfPageFrame
{
    private readonly double width;
    private readonly double height;

    private PdfPageFrame(TextOrientation orientation, double width, double height)
    {
        Orientation = orientation;
        this.width = width;
        this.height = height;
    }

    /// <summary>The direction of the page's text: <see cref="TextOrientation.Horizontal"/> for an upright page.</summary>
    public TextOrientation Orientation { get; }

    /// <summary>Whether the page is read turned.</summary>
    public bool IsRotated => Orientation is not TextOrientation.Horizontal;

    /// <summary>The page's height in reading direction.</summary>
    public double ReadingHeight => Orientation is TextOrientation.Rotate90 or TextOrientation.Rotate270 ? width : height;

    /// <summary>The degrees the text is turned (clockwise as printed): 0, 90, 180 or 270.</summary>
    public int Degrees => Orientation switch
    {
        TextOrientation.Rotate90 => 90,
        TextOrientation.Rotate180 => 180,
        TextOrientation.Rotate270 => 270,
        _ => 0,
    };

    /// <summary>The frame of a page: the direction of most of its letters (upright text and text at odd angles count as upright).</summary>
    public static PdfPageFrame Of(Page page)
    {
        Span<int> counts = stackalloc int[4];
        foreach (var letter in page.Letters)
        {
            counts[Index(letter.TextOrientation)]++;
        }

        var best = 0;
        for (var i = 1; i < 4; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        var orientation = best switch
        {
            1 => TextOrientation.Rotate90,
            2 => TextOrientation.Rotate180,
            3 => TextOrientation.Rotate270,
            _ => TextOrientation.Horizontal,
        };
        return new PdfPageFrame(orientation, page.Width, page.Height);
    }

    /// <summary>Whether a letter runs in the page's direction (and is read).</summary>
    public bool Reads(TextOrientation orientation) => Index(orientation) == Index(Orientation);

    /// <summary>A point in reading coordinates: x along the text, y down the page.</summary>
    public (double X, double Y) Map(PdfPoint point) => Orientation switch
    {
        // Text running down the displayed page: reading x grows as displayed y falls; reading "up" is displayed +x.
        TextOrientation.Rotate90 => (height - point.Y, width - point.X),
        TextOrientation.Rotate180 => (width - point.X, point.Y),
        TextOrientation.Rotate270 => (point.Y, point.X),
        _ => (point.X, height - point.Y),
    };

    private static int Index(TextOrientation orientation) => orientation switch
    {
        TextOrientation.Rotate90 => 1,
        TextOrientation.Rotate180 => 2,
        TextOrientation.Rotate270 => 3,
        _ => 0,
    };
}
