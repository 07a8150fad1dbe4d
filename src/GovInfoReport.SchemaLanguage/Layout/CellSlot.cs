using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.SchemaLanguage.Layout;

/// <summary>One cell (leaf value) of a report, at its fixed slot.</summary>
/// <param name="Index">The slot index.</param>
/// <param name="ObjectIndex">The object that holds it.</param>
/// <param name="Property">Its schema property.</param>
/// <param name="Pointer">Its JSON Pointer in a payload.</param>
/// <param name="NumberIndex">For decimal cells, the index among decimal cells; otherwise -1.</param>
public sealed record CellSlot(int Index, int ObjectIndex, PropertyModel Property, string Pointer, int NumberIndex);
