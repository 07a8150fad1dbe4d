using System;
using System.Text;

namespace GovInfoReport.Extraction.Tests.Support;

/// <summary>
/// Random w:body content that keeps to the WordprocessingML schema's nesting (the documents Word and converters write):
/// paragraphs, tables with spans and vertical merges, nested tables, block and inline content controls, custom XML,
/// revisions, hyperlinks, fields, markup compatibility in runs and paragraphs, math runs; run content mixing text,
/// tabs, breaks, deleted text and field codes. Deterministic for a seed.
/// </summary>
internal sealed class RandomWordBody(int seed)
{
    private static readonly string[] Texts = ["0", "12", " 3 ", "政府信息公开", "申请", "合计", "  ", "a&amp;b", "&lt;x&gt;", "一、", "（二）", "　", "7.5"];

    private readonly Random random = new(seed);
    private readonly StringBuilder xml = new();

    public string Build()
    {
        xml.Clear();
        Blocks(depth: 0, count: random.Next(1, 8));
        return xml.ToString();
    }

    private bool Chance(int percent) => random.Next(100) < percent;

    private string Pick(string[] items) => items[random.Next(items.Length)];

    private void Blocks(int depth, int count)
    {
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(depth < 3 ? 10 : 6))
            {
                case < 4:
                    Paragraph();
                    break;
                case < 6:
                    Table(nested: 0);
                    break;
                case < 8:
                    xml.Append("<w:sdt>");
                    if (Chance(70))
                    {
                        xml.Append("<w:sdtPr><w:alias w:val=\"a\"/></w:sdtPr>");
                    }

                    xml.Append("<w:sdtContent>");
                    Blocks(depth + 1, random.Next(0, 3));
                    xml.Append("</w:sdtContent></w:sdt>");
                    break;
                default:
                    xml.Append("<w:customXml w:element=\"e\">");
                    Blocks(depth + 1, random.Next(0, 3));
                    xml.Append("</w:customXml>");
                    break;
            }
        }
    }

    private void Paragraph()
    {
        if (Chance(5))
        {
            xml.Append("<w:p/>");
            return;
        }

        xml.Append("<w:p>");
        if (Chance(40))
        {
            xml.Append("<w:pPr>");
            if (Chance(60))
            {
                xml.Append("<w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9000\"/></w:tabs>");
            }

            xml.Append("<w:rPr><w:b/></w:rPr></w:pPr>");
        }

        for (var i = random.Next(0, 5); i > 0; i--)
        {
            Inline();
        }

        xml.Append("</w:p>");
    }

    private void Inline()
    {
        switch (random.Next(10))
        {
            case < 4:
                Run(deleted: false);
                break;
            case 4:
                Wrapped("<w:ins w:id=\"1\" w:author=\"a\">", "</w:ins>", deleted: false);
                break;
            case 5:
                Wrapped("<w:del w:id=\"2\" w:author=\"a\">", "</w:del>", deleted: true);
                break;
            case 6:
                Wrapped("<w:hyperlink w:anchor=\"x\">", "</w:hyperlink>", deleted: false);
                break;
            case 7:
                Wrapped("<w:sdt><w:sdtPr/><w:sdtContent>", "</w:sdtContent></w:sdt>", deleted: false);
                break;
            case 8:
                if (Chance(50))
                {
                    Wrapped("<w:fldSimple w:instr=\" PAGE \">", "</w:fldSimple>", deleted: false);
                }
                else
                {
                    Wrapped("<w:customXml w:element=\"c\">", "</w:customXml>", deleted: false);
                }

                break;
            default:
                if (Chance(50))
                {
                    xml.Append("<mc:AlternateContent><mc:Choice Requires=\"w14\">");
                    Run(deleted: false);
                    xml.Append("</mc:Choice><mc:Fallback>");
                    Run(deleted: false);
                    xml.Append("</mc:Fallback></mc:AlternateContent>");
                }
                else
                {
                    xml.Append("<m:oMath><m:r><m:t>x</m:t>");
                    Text();
                    xml.Append("</m:r></m:oMath>");
                }

                break;
        }
    }

    private void Wrapped(string open, string close, bool deleted)
    {
        xml.Append(open);
        for (var i = random.Next(0, 3); i > 0; i--)
        {
            Run(deleted);
        }

        xml.Append(close);
    }

    private void Run(bool deleted)
    {
        xml.Append("<w:r>");
        if (Chance(30))
        {
            xml.Append("<w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr>");
        }

        for (var i = random.Next(0, 5); i > 0; i--)
        {
            switch (random.Next(10))
            {
                case < 5:
                    if (deleted)
                    {
                        xml.Append("<w:delText>").Append(Pick(Texts)).Append("</w:delText>");
                    }
                    else
                    {
                        Text();
                    }

                    break;
                case 5:
                    xml.Append("<w:tab/>");
                    break;
                case 6:
                    xml.Append(Chance(50) ? "<w:br/>" : "<w:cr/>");
                    break;
                case 7:
                    xml.Append("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>");
                    break;
                case 8:
                    xml.Append("<w:fldChar w:fldCharType=\"begin\"/>");
                    break;
                default:
                    xml.Append("<mc:AlternateContent><mc:Choice Requires=\"wps\">");
                    Text();
                    xml.Append("</mc:Choice><mc:Fallback>");
                    Text();
                    xml.Append("</mc:Fallback></mc:AlternateContent>");
                    break;
            }
        }

        xml.Append("</w:r>");
    }

    private void Text()
    {
        var text = Pick(Texts);
        xml.Append(Chance(50) ? "<w:t xml:space=\"preserve\">" : "<w:t>").Append(text).Append("</w:t>");
    }

    private void Table(int nested)
    {
        xml.Append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"1000\"/></w:tblGrid>");
        for (var r = random.Next(0, 5); r > 0; r--)
        {
            xml.Append("<w:tr>");
            for (var c = random.Next(0, 5); c > 0; c--)
            {
                xml.Append("<w:tc>");
                if (Chance(70))
                {
                    xml.Append("<w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>");
                    if (Chance(30))
                    {
                        xml.Append("<w:gridSpan w:val=\"").Append(random.Next(1, 4)).Append("\"/>");
                    }

                    switch (random.Next(4))
                    {
                        case 0:
                            xml.Append("<w:vMerge w:val=\"restart\"/>");
                            break;
                        case 1:
                            xml.Append(Chance(50) ? "<w:vMerge/>" : "<w:vMerge w:val=\"continue\"/>");
                            break;
                    }

                    xml.Append("</w:tcPr>");
                }

                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    if (nested < 2 && Chance(15))
                    {
                        Table(nested + 1);
                    }
                    else
                    {
                        Paragraph();
                    }
                }

                xml.Append("</w:tc>");
            }

            xml.Append("</w:tr>");
        }

        xml.Append("</w:tbl>");
    }
}
