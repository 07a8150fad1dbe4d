using System;
using System.ComponentModel;

namespace GovInfoReport.Schema.Validation;

/// <summary>
/// The JSON string a member of a generated enum stands for (the schema's <c>enum</c> value). For generated code:
/// <see cref="JsonSchemaEnumConverter{TEnum}"/> reads and writes these strings.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonSchemaEnumValueAttribute : Attribute
{
    /// <summary>Declares the JSON string of an enum member.</summary>
    /// <param name="value">The string as the schema spells it.</param>
    public JsonSchemaEnumValueAttribute(string value) => Value = value;

    /// <summary>The JSON string.</summary>
    public string Value { get; }
}
