using System.Xml;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// The nesting depth and element count a DOCX reader may parse, checked as it parses: every read of every part the
/// reader opens goes through <see cref="Read"/>, so the limits cover exactly the markup that is parsed (the count runs
/// on across parts) and no part is parsed a second time to enforce them. Past a limit it throws
/// <see cref="MarkupLimitException"/> with the place, which the reader returns as a located refusal. Nothing is
/// allocated per element.
/// </summary>
internal sealed class MarkupBudget
{
    private readonly int maxDepth;
    private readonly int maxElements;
    private int elements;

    /// <summary>A budget of <paramref name="maxDepth"/> nested elements and <paramref name="maxElements"/> elements in all.</summary>
    public MarkupBudget(int maxDepth, int maxElements)
    {
        this.maxDepth = maxDepth;
        this.maxElements = maxElements;
    }

    /// <summary>No limit: for callers that bound nothing but the part sizes.</summary>
    public static MarkupBudget Unlimited() => new(int.MaxValue, int.MaxValue);

    /// <summary>Moves <paramref name="reader"/> to its next node and counts it if it is an element.</summary>
    /// <param name="reader">A reader of <paramref name="part"/>.</param>
    /// <param name="part">The part's name in the package, for the location of a refusal.</param>
    /// <returns>False at the end of the part, as <see cref="XmlReader.Read"/>.</returns>
    /// <exception cref="MarkupLimitException">The element is nested too deeply or is one too many.</exception>
    public bool Read(XmlReader reader, string part)
    {
        if (!reader.Read())
        {
            return false;
        }

        if (reader.NodeType == XmlNodeType.Element)
        {
            Count(reader, part);
        }

        return true;
    }

    /// <summary>Counts the element <paramref name="reader"/> is on (one reached without <see cref="Read"/>, as the root by MoveToContent).</summary>
    /// <exception cref="MarkupLimitException">The element is nested too deeply or is one too many.</exception>
    public void Count(XmlReader reader, string part)
    {
        if (reader.Depth >= maxDepth)
        {
            throw Exceeded(reader, tooDeep: true, maxDepth, part);
        }

        if (++elements > maxElements)
        {
            throw Exceeded(reader, tooDeep: false, maxElements, part);
        }
    }

    private static MarkupLimitException Exceeded(XmlReader reader, bool tooDeep, int limit, string part)
    {
        var (line, column) = reader is IXmlLineInfo info ? (info.LineNumber, info.LinePosition) : (0, 0);
        return new MarkupLimitException(new MarkupLimitExceeded(tooDeep, line, column, limit, part));
    }
}
