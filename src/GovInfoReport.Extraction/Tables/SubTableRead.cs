using System.Collections.Generic;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Schema;

namespace GovInfoReport.Extraction.Tables;

/// <summary>One sub-table as read.</summary>
internal sealed class SubTableRead(string id, string pointer)
{
    public string Id { get; } = id;

    public string Pointer { get; } = pointer;

    public bool Found { get; set; }

    public SourceLocation? Location { get; set; }

    /// <summary>The version the layout tells; null when it does not.</summary>
    public TemplateVersion? Version { get; set; }

    public string Evidence { get; set; } = string.Empty;

    public Dictionary<RowKey, RowResult> Rows { get; } = [];

    public Slot[]? Values { get; set; }
}
