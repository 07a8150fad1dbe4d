using GovInfoReport.Extraction.Documents;
using GovInfoReport.Schema;

namespace GovInfoReport.Extraction.Tables;

/// <summary>A statutory row as read: where its label is and its aligned value slots (null when it could not be aligned).</summary>
internal sealed class RowResult(RowKey key, SourceCell label, Slot[]? slots)
{
    public RowKey Key { get; } = key;

    public SourceCell Label { get; } = label;

    public Slot[]? Slots { get; } = slots;

    /// <summary>For 二 规范性文件: the version whose wording was printed; null otherwise.</summary>
    public TemplateVersion? Form { get; init; }
}
