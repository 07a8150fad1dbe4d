using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Values;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// Reads the main document part (w:document/w:body) in one forward pass into paragraphs and tables, as the Open XML SDK
/// 2.20 reader before it did: body paragraphs and tables in order, content controls (w:sdt/w:sdtContent) and custom XML
/// blocks read through; a paragraph's text is its runs' w:t, w:tab ('\t'), w:br and w:cr ('\n'); a cell's text is its
/// paragraphs joined with '\n', then the inner text of its nested tables. The walk never recurses, so nesting depth
/// costs memory (a list), not stack. Where it reads differently, on purpose: text in w:smartTag and in a w:r directly
/// in m:oMath, which the SDK typed as unknown elements and dropped, is read; a w:gridSpan that is not a number and an
/// unknown w:vMerge value, on which the SDK threw FormatException, are refused as invalid data.
/// </summary>
internal sealed class DocxBodyReader
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string Math = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    private const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private const string StrictW = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    private const string StrictMath = "http://purl.oclc.org/ooxml/officeDocument/math";

    private readonly XmlReader reader;
    private readonly bool strict;
    private readonly MarkupBudget budget;
    private readonly string part;
    private readonly StringBuilder text = new();
    private readonly StringBuilder inner = new();
    private readonly List<bool> runs = []; // for each open element inside a paragraph: whether it is a run
    private readonly List<(int Start, bool HasElements, bool TextElement)> leaves = []; // each open element in a nested table
    private readonly List<SourceBlock> blocks = [];
    private int paragraphs;
    private int tables;

    private DocxBodyReader(XmlReader reader, bool strict, MarkupBudget budget, string part)
    {
        this.reader = reader;
        this.strict = strict;
        this.budget = budget;
        this.part = part;
    }

    /// <summary>Reads the part to its end (so that malformed XML anywhere in it is refused).</summary>
    /// <param name="reader">A reader at the start of the part.</param>
    /// <param name="strict">
    /// Whether the package is Strict Open XML (ISO/IEC 29500 Strict, by its main relationship type): its WordprocessingML
    /// and math namespaces are then read as the transitional ones, as the SDK did.
    /// </param>
    /// <param name="budget">The depth and element limits every element of the part is counted against.</param>
    /// <param name="part">The part's name in the package (where a limit is passed).</param>
    /// <returns>The blocks of the first w:body, or null when the document has none.</returns>
    /// <exception cref="XmlException">The part is not well-formed (or exceeds the reader's limits).</exception>
    /// <exception cref="InvalidDataException">The root is not w:document, a w:gridSpan is not a number, or a w:vMerge value is unknown.</exception>
    /// <exception cref="MarkupLimitException">The part nests deeper or holds more elements than <paramref name="budget"/> allows.</exception>
    public static List<SourceBlock>? Read(XmlReader reader, bool strict, MarkupBudget budget, string part)
    {
        var body = new DocxBodyReader(reader, strict, budget, part);
        if (reader.MoveToContent() != XmlNodeType.Element || !body.IsW("document"))
        {
            throw new InvalidDataException("The main document part is not a w:document.");
        }

        budget.Count(reader, part);

        var found = false;
        if (!reader.IsEmptyElement)
        {
            while (body.Next())
            {
                // Only the first w:body child of the root is the body; the rest is read for well-formedness only.
                if (!found && reader.NodeType == XmlNodeType.Element && reader.Depth == 1 && body.IsW("body"))
                {
                    found = true;
                    body.WalkBlocks();
                }
            }
        }

        return found ? body.blocks : null;
    }

    /// <summary>The one way this reader moves on: every node read is counted against the budget.</summary>
    private bool Next() => budget.Read(reader, part);

    private bool IsW(string localName) => reader.LocalName == localName && InW();

    private bool InW() => reader.NamespaceURI == W || (strict && reader.NamespaceURI == StrictW);

    private bool InMath() => reader.NamespaceURI == Math || (strict && reader.NamespaceURI == StrictMath);

    /// <summary>From a w:body start to its end: w:p, w:tbl, and the blocks inside w:sdt/w:sdtContent and w:customXml.</summary>
    private void WalkBlocks()
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        // The open containers: their depth, and whether it is a w:sdt (whose only block container is w:sdtContent).
        var open = new List<(int Depth, bool Sdt)> { (reader.Depth, false) };
        while (Next())
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.Depth == open[^1].Depth)
                {
                    open.RemoveAt(open.Count - 1);
                    if (open.Count == 0)
                    {
                        return;
                    }
                }

                continue;
            }

            var (depth, sdt) = open[^1];
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != depth + 1 || !InW())
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "sdtContent" when sdt:
                case "customXml" when !sdt:
                    Open(open, sdt: false);
                    break;
                case "sdt" when !sdt:
                    Open(open, sdt: true);
                    break;
                case "p" when !sdt:
                    foreach (var line in ParagraphText().Split('\n'))
                    {
                        AddParagraph(line);
                    }

                    break;
                case "tbl" when !sdt:
                    tables++;
                    blocks.Add(DocxTable.Build(ReadRows(), tables));
                    break;
            }
        }
    }

    private void Open(List<(int Depth, bool Sdt)> open, bool sdt)
    {
        if (!reader.IsEmptyElement)
        {
            open.Add((reader.Depth, sdt));
        }
    }

    private void AddParagraph(string line)
    {
        paragraphs++;
        if (TextNormalizer.TrimLayout(line).Length > 0)
        {
            blocks.Add(new SourceParagraph(line, SourceLocation.AtParagraph(paragraphs)));
        }
    }

    /// <summary>
    /// From a w:p start to its end: the text of w:t, w:tab, w:br and w:cr that are run content (a w:r's children), at
    /// any depth (inserted runs, hyperlinks, smart tags, content controls, both branches of mc:AlternateContent);
    /// w:tab in w:pPr/w:tabs is a tab stop, not text, and w:delText/w:instrText are not w:t.
    /// </summary>
    private string ParagraphText()
    {
        text.Clear();
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        runs.Clear();
        runs.Add(false);
        while (Next())
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.Depth == depth)
                {
                    break;
                }

                runs.RemoveAt(runs.Count - 1);
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (runs[^1] && InW())
            {
                switch (reader.LocalName)
                {
                    case "t":
                        AppendContent(text);
                        continue;
                    case "tab":
                        text.Append('\t');
                        break;
                    case "br" or "cr":
                        text.Append('\n');
                        break;
                }
            }

            if (!reader.IsEmptyElement)
            {
                // Markup compatibility is not processed (the SDK's default): both branches are read, as if their
                // content stood where the mc:AlternateContent does.
                runs.Add(reader.NamespaceURI == MarkupCompatibility && reader.LocalName is "AlternateContent" or "Choice" or "Fallback"
                    ? runs[^1]
                    : reader.LocalName == "r" && (InW() || InMath()));
            }
        }

        return text.ToString();
    }

    /// <summary>From a text element's start to its end: its text, up to a child element if it has one (as the SDK).</summary>
    private void AppendContent(StringBuilder builder)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        var beforeChild = true;
        while (Next() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            beforeChild &= reader.NodeType != XmlNodeType.Element;
            if (beforeChild && IsText(reader.NodeType))
            {
                builder.Append(reader.Value);
            }
        }
    }

    /// <summary>The SDK's leaf text elements a table holds (its other leaves have no text, or white space that is not).</summary>
    private bool IsTextElement() => (InW() && reader.LocalName is "t" or "delText" or "instrText" or "delInstrText" or "fldData")
        || (InMath() && reader.LocalName == "t");

    private static bool IsText(XmlNodeType type) => type is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace;

    /// <summary>From a w:tbl start to its end: the raw cells of its w:tr/w:tc.</summary>
    private List<List<DocxRawCell>> ReadRows()
    {
        var rows = new List<List<DocxRawCell>>();
        if (reader.IsEmptyElement)
        {
            return rows;
        }

        var depth = reader.Depth;
        while (Next() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1 && IsW("tr"))
            {
                rows.Add(ReadCells(rows.Count + 1));
            }
        }

        return rows;
    }

    /// <summary>From a w:tr start to its end: its w:tc, each at the grid column its predecessors' spans put it in.</summary>
    private List<DocxRawCell> ReadCells(int row)
    {
        var cells = new List<DocxRawCell>();
        if (reader.IsEmptyElement)
        {
            return cells;
        }

        var depth = reader.Depth;
        var column = 1;
        while (Next() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1 && IsW("tc"))
            {
                var cell = ReadCell(row, column);
                cells.Add(cell);
                column += cell.Span;
            }
        }

        return cells;
    }

    /// <summary>
    /// From a w:tc start to its end. The first w:tcPr gives the span (its first w:gridSpan) and the vertical merge (its
    /// first w:vMerge: "restart" starts one, "continue" or no value continues the cell above); the text is the cell's own
    /// paragraphs, then its nested tables' inner text.
    /// </summary>
    private DocxRawCell ReadCell(int row, int column)
    {
        var paragraphTexts = new List<string>();
        var tableTexts = new List<string>();
        string? span = null;
        string? merge = null;
        bool seenProperties = false, inProperties = false, seenSpan = false, seenMerge = false;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (Next() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType == XmlNodeType.EndElement)
                {
                    inProperties &= reader.Depth != depth + 1;
                    continue;
                }

                if (reader.NodeType != XmlNodeType.Element || !InW())
                {
                    continue;
                }

                if (inProperties && reader.Depth == depth + 2)
                {
                    if (!seenSpan && reader.LocalName == "gridSpan")
                    {
                        seenSpan = true;
                        span = Value();
                    }
                    else if (!seenMerge && reader.LocalName == "vMerge")
                    {
                        seenMerge = true;
                        merge = Value() ?? string.Empty;
                    }

                    continue;
                }

                if (reader.Depth != depth + 1)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "tcPr" when !seenProperties:
                        seenProperties = true;
                        inProperties = !reader.IsEmptyElement;
                        break;
                    case "p":
                        paragraphTexts.Add(ParagraphText());
                        break;
                    case "tbl":
                        tableTexts.Add(InnerText());
                        break;
                }
            }
        }

        // The SDK threw on any other value; the grid is unknown then, and a guessed merge could put a value in a wrong cell.
        if (merge is not (null or "" or "restart" or "continue"))
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"w:vMerge \"{merge}\" of table {tables}, row {row}, column {column} is neither \"restart\" nor \"continue\"."));
        }

        var continuation = merge is "" or "continue";
        var restart = merge is "restart";
        paragraphTexts.AddRange(tableTexts);
        return new DocxRawCell(continuation ? string.Empty : string.Join("\n", paragraphTexts), column, System.Math.Clamp(Span(span, row, column), 1, 100), restart, continuation);
    }

    private string? Value() => reader.GetAttribute("val", W) ?? (strict ? reader.GetAttribute("val", StrictW) : null);

    private int Span(string? value, int row, int column)
    {
        if (value is null)
        {
            return 1;
        }

        // xsd:int as XmlConvert reads it (white space around, a sign); anything else leaves the grid unknown.
        if (!int.TryParse(value, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var span))
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"w:gridSpan \"{value}\" of table {tables}, row {row}, column {column} is not a number."));
        }

        return span;
    }

    /// <summary>
    /// From a nested w:tbl start to its end: the SDK's InnerText, the concatenated text of every element that has no
    /// child elements (w:t, w:delText, w:instrText, …); text beside child elements is not part of it, and white space
    /// alone (indentation) is text only in a text element.
    /// </summary>
    private string InnerText()
    {
        inner.Clear();
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        leaves.Clear();
        leaves.Add((0, false, false));
        while (Next())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var (start, hasElements, _) = leaves[^1];
                    if (!hasElements)
                    {
                        inner.Length = start; // text before the first child element is not inner text
                        leaves[^1] = (start, true, false);
                    }

                    if (!reader.IsEmptyElement)
                    {
                        leaves.Add((inner.Length, false, IsTextElement()));
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (reader.Depth == depth)
                    {
                        return inner.ToString();
                    }

                    leaves.RemoveAt(leaves.Count - 1);
                    break;
                default:
                    var (_, parentHasElements, textElement) = leaves[^1];
                    if (!parentHasElements && (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA || (textElement && IsText(reader.NodeType))))
                    {
                        inner.Append(reader.Value);
                    }

                    break;
            }
        }

        return inner.ToString();
    }
}
