namespace GovInfoReport.SchemaLanguage.Model;

/// <summary>A property of an object schema, with every constraint the generated validator enforces.</summary>
/// <param name="JsonName">The property name in JSON.</param>
/// <param name="ClrName">The C# property name (valid, unique in its type).</param>
/// <param name="Title">The statutory label (<c>title</c>), if any.</param>
/// <param name="Description">The English description, if any.</param>
/// <param name="IsRequired">Whether <c>required</c> lists it.</param>
/// <param name="Kind">What it holds.</param>
/// <param name="ObjectTypeIndex">For <see cref="ValueKind.Object"/> (and arrays of records), the index of its (item) type in <see cref="TemplateModel.Types"/>; otherwise -1.</param>
/// <param name="IsInt64">For integers (and arrays of integers), whether <c>format</c> is <c>int64</c> (otherwise 32-bit).</param>
/// <param name="Minimum">The inclusive <c>minimum</c> (of each item, for arrays of numbers), if any.</param>
/// <param name="Maximum">The inclusive <c>maximum</c> (of each item, for arrays of numbers), if any.</param>
/// <param name="EnumValues">For strings, the allowed values (empty when unrestricted).</param>
/// <param name="MinLength">For strings, the <c>minLength</c>, if any.</param>
/// <param name="MaxLength">For strings, the <c>maxLength</c>, if any.</param>
/// <param name="Format">For strings, the <c>format</c> (only <c>date</c> is supported), if any.</param>
/// <param name="Group">The merged header cell above this column (<c>x-govinfo-group</c>), if any.</param>
/// <param name="EnumClrName">For strings of two or more allowed values, the C# enum generated for them.</param>
/// <param name="EnumMemberNames">That enum's member names, parallel to <paramref name="EnumValues"/>.</param>
/// <param name="MaxItems">For <see cref="ValueKind.Array"/>, the <c>maxItems</c> every array must declare; otherwise 0.</param>
/// <param name="ItemKind">For <see cref="ValueKind.Array"/>, what each item holds: <see cref="ValueKind.Object"/>, <see cref="ValueKind.Integer"/> or <see cref="ValueKind.Number"/>.</param>
public sealed record PropertyModel(
    string JsonName,
    string ClrName,
    string? Title,
    string? Description,
    bool IsRequired,
    ValueKind Kind,
    int ObjectTypeIndex,
    bool IsInt64,
    decimal? Minimum,
    decimal? Maximum,
    EquatableArray<string> EnumValues,
    int? MinLength,
    int? MaxLength,
    string? Format,
    string? Group,
    string? EnumClrName = null,
    EquatableArray<string> EnumMemberNames = default,
    int MaxItems = 0,
    ValueKind ItemKind = ValueKind.Object)
{
    /// <summary>A variable-length table (<c>"type": "array"</c>).</summary>
    public bool IsArray => Kind == ValueKind.Array;

    /// <summary>Whether each item of this array is a cell rather than a record.</summary>
    public bool HasCellItems => Kind == ValueKind.Array && ItemKind != ValueKind.Object;

    /// <summary>Whether this property holds records: a nested object, or an array whose rows are records.</summary>
    public bool HasRecords => Kind == ValueKind.Object || (Kind == ValueKind.Array && !HasCellItems);

    /// <summary>
    /// The schema of one item of an array of numbers, as a cell property: the JSON name is the item's index, the
    /// label the array's label followed by the index, the constraints those of <c>items</c>.
    /// </summary>
    /// <param name="index">The item index.</param>
    /// <returns>The item cell.</returns>
    public PropertyModel ItemCell(int index)
    {
        var suffix = "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
        return new PropertyModel(index.ToString(System.Globalization.CultureInfo.InvariantCulture), ClrName + suffix, (Title ?? JsonName) + suffix,
            (Description ?? JsonName) + suffix, true, ItemKind, -1, IsInt64, Minimum, Maximum, EquatableArray<string>.Empty, null, null, null, Group);
    }

    /// <summary>Whether the property holds a number a rule can read.</summary>
    public bool IsNumeric => Kind is ValueKind.Integer or ValueKind.Number;

    /// <summary>A string with one allowed value (<c>const</c>, or a one-value <c>enum</c>): generated as a value the user does not set.</summary>
    public bool IsConstant => Kind == ValueKind.String && EnumValues.Count == 1;

    /// <summary>A string of two or more allowed values: generated as the C# enum <see cref="EnumClrName"/>.</summary>
    public bool IsEnum => Kind == ValueKind.String && EnumValues.Count > 1;

    /// <summary>A <c>format: date</c> string that is neither: generated as <c>DateOnly</c>.</summary>
    public bool IsDate => Kind == ValueKind.String && EnumValues.Count == 0 && Format == "date";
}
