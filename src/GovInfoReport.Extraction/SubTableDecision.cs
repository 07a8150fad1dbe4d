using GovInfoReport.Extraction.Documents;
using GovInfoReport.Schema;

namespace GovInfoReport.Extraction;

/// <summary>What was found for one statutory sub-table, and which template version its layout follows.</summary>
/// <param name="Id">The sub-table: "二（一）", "二（五）", "二（六）", "二（八）", "二（九）", "三", "四".</param>
/// <param name="Pointer">The JSON Pointer of the payload object it fills.</param>
/// <param name="Found">Whether the sub-table was found.</param>
/// <param name="Version">The version its layout follows, when it could be told (table 四 is the same in both: null).</param>
/// <param name="Evidence">What decided the version (header words, rows), for people.</param>
/// <param name="Location">Where the sub-table starts, when found.</param>
public sealed record SubTableDecision(string Id, string Pointer, bool Found, TemplateVersion? Version, string Evidence, SourceLocation? Location);
