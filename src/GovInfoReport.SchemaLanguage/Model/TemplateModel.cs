namespace GovInfoReport.SchemaLanguage.Model;

/// <summary>
/// A compiled template schema: the object types with their constraints and bound rules. Equal models generate
/// identical code, which is what lets the generator skip work when a schema edit changes nothing that matters.
/// </summary>
/// <param name="RootTypeName">The C# name of the report type (<see cref="Types"/>[0]).</param>
/// <param name="Title">The schema's title.</param>
/// <param name="Description">The schema's description.</param>
/// <param name="TemplateVersion">The version id from <c>x-govinfo-template</c>, if declared.</param>
/// <param name="Types">The object types; the root report type first.</param>
public sealed record TemplateModel(
    string RootTypeName,
    string? Title,
    string? Description,
    string? TemplateVersion,
    EquatableArray<ObjectTypeModel> Types)
{
    /// <summary>The report type.</summary>
    public ObjectTypeModel Root => Types[0];
}
