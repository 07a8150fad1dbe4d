using System.Collections.Generic;

namespace GovInfoReport.SchemaLanguage.Layout;

/// <summary>
/// How many cells, decimal cells and objects one instance of a type spans, and where each property starts
/// within that span. Instances are laid out depth-first, so every instance of a type occupies a contiguous
/// range and one reader method per type serves every place the type is used.
/// </summary>
/// <param name="CellCount">Cells (leaf values) in one instance, nested ones included.</param>
/// <param name="NumberCount">Decimal cells in one instance.</param>
/// <param name="ObjectCount">Objects in one instance, itself included.</param>
/// <param name="CellOffsets">Per property: offset of its first cell from the instance's first cell.</param>
/// <param name="NumberOffsets">Per property: offset of its first decimal cell from the instance's first decimal cell.</param>
/// <param name="ObjectOffsets">Per property: offset of its first object from the instance's own object index (objects only).</param>
public sealed record TypeLayout(int CellCount, int NumberCount, int ObjectCount, IReadOnlyList<int> CellOffsets, IReadOnlyList<int> NumberOffsets, IReadOnlyList<int> ObjectOffsets);
