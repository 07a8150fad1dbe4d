using System.Globalization;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Values;
using GovInfoReport.Schema;

namespace GovInfoReport.Extraction.Tables;

/// <summary>How a template version is written in notes, evidence and the payload: its year ("2019"), never the member name.</summary>
internal static class TemplateVersionText
{
    public static string Number(this TemplateVersion version) => ((int)version).ToString(CultureInfo.InvariantCulture);
}
