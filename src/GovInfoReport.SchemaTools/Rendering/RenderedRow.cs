using System.Collections.Generic;
using GovInfoReport.SchemaLanguage.Layout;

namespace GovInfoReport.SchemaTools.Rendering;

/// <summary>A data row of a table: the labels of its row groups, outermost first, and its object.</summary>
/// <param name="Labels">Group labels then the row's own label.</param>
/// <param name="Row">The row's object slot.</param>
internal sealed record RenderedRow(IReadOnlyList<string> Labels, ObjectSlot Row);
