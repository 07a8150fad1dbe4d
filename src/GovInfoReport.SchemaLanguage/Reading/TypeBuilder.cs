using System.Collections.Generic;
using GovInfoReport.SchemaLanguage.Json;
using GovInfoReport.SchemaLanguage.Model;

namespace GovInfoReport.SchemaLanguage.Reading;

/// <summary>An object type while the schema is being read; frozen into an <see cref="ObjectTypeModel"/> at the end.</summary>
internal sealed class TypeBuilder(string schemaPath, string clrName, string? title, string? description, string? header, string? note)
{
    public string SchemaPath { get; } = schemaPath;

    public string ClrName { get; } = clrName;

    public string? Title { get; } = title;

    public string? Description { get; } = description;

    public string? Header { get; } = header;

    public string? Note { get; } = note;

    public List<PropertyModel> Properties { get; } = new();

    /// <summary>Where each property's name is, parallel to <see cref="Properties"/> (kept out of the model, which holds no locations).</summary>
    public List<TextLocation> PropertyLocations { get; } = new();

    public JsonSyntaxNode? RulesNode { get; set; }

    public string? Layout { get; set; }
}
