using System.Collections.Generic;
using System.Net;
using System.Text;

namespace GovInfoReport.Extraction.Tests.Support;

/// <summary>Renders a layout as a report page: navigation chrome, headings, paragraphs, tables with rowspan/colspan, &amp;nbsp; for empty cells.</summary>
internal static class HtmlRenderer
{
    public static string Render(List<LayoutBlock> blocks)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政府信息公开</title><style>td{border:1px solid #000}</style></head><body>");
        html.Append("<div class=\"nav\"><a href=\"/\">首页</a> &gt; 政府信息公开年报</div><div class=\"content\">");
        var title = 0;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case LayoutParagraph { Heading: true } p:
                    html.Append("<h3>").Append(WebUtility.HtmlEncode(p.Text)).Append("</h3>\n");
                    break;
                case LayoutParagraph p when title < 2:
                    html.Append("<p class=\"title\"><strong>").Append(WebUtility.HtmlEncode(p.Text)).Append("</strong></p>\n");
                    title++;
                    break;
                case LayoutParagraph p:
                    html.Append("<p>&nbsp;&nbsp;&nbsp;&nbsp;").Append(WebUtility.HtmlEncode(p.Text)).Append("</p>\n");
                    break;
                case LayoutTable t:
                    html.Append("<table border=\"1\" cellspacing=\"0\">\n");
                    foreach (var row in t.Rows)
                    {
                        html.Append("<tr>");
                        foreach (var cell in row)
                        {
                            html.Append("<td");
                            if (cell.ColumnSpan > 1)
                            {
                                html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
                            }

                            if (cell.RowSpan > 1)
                            {
                                html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                            }

                            html.Append("><p>").Append(cell.Text.Length == 0 ? "&nbsp;" : WebUtility.HtmlEncode(cell.Text)).Append("</p></td>");
                        }

                        html.Append("</tr>\n");
                    }

                    html.Append("</table>\n");
                    break;
            }
        }

        html.Append("</div><div class=\"footer\">主办单位：示例</div></body></html>");
        return html.ToString();
    }
}
