namespace GovInfoReport.SchemaLanguage.Model;

/// <summary>An object schema that becomes one record type: the report, a table, a row or a cell group.</summary>
/// <param name="SchemaPath">Where it is defined, as a JSON Pointer fragment (<c>#/definitions/applicantCounts</c>).</param>
/// <param name="ClrName">The C# type name.</param>
/// <param name="Title">Its label (<c>title</c>), if any.</param>
/// <param name="Description">Its English description, if any.</param>
/// <param name="Header">The header of the label column (<c>x-govinfo-header</c>), if any.</param>
/// <param name="Note">A note printed with the table (<c>x-govinfo-note</c>), if any.</param>
/// <param name="Properties">Its properties in declared order.</param>
/// <param name="Rules">The rules declared on it (<c>x-govinfo-rules</c>), bound to its properties.</param>
/// <param name="Layout">How renderers draw it (<c>x-govinfo-layout</c>): null for rows, <c>row</c> for one data row of column groups (table 四).</param>
public sealed record ObjectTypeModel(
    string SchemaPath,
    string ClrName,
    string? Title,
    string? Description,
    string? Header,
    string? Note,
    EquatableArray<PropertyModel> Properties,
    EquatableArray<RuleModel> Rules,
    string? Layout = null);
