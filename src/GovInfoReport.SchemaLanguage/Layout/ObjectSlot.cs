namespace GovInfoReport.SchemaLanguage.Layout;

/// <summary>One object instance of a report (the report, a table, a row…), at its fixed slot.</summary>
/// <param name="Index">The object index (0 is the report).</param>
/// <param name="TypeIndex">Its type in the model.</param>
/// <param name="Pointer">Its JSON Pointer in a payload ("" for the report).</param>
/// <param name="Label">Its Chinese label: the title of the property that holds it (or its name; never the title of a definition it reuses).</param>
/// <param name="LabelEnglish">Its English label: that property's description (or its name).</param>
/// <param name="FirstCell">Its first cell slot.</param>
/// <param name="FirstNumber">Its first decimal cell slot.</param>
public sealed record ObjectSlot(int Index, int TypeIndex, string Pointer, string Label, string LabelEnglish, int FirstCell, int FirstNumber);
