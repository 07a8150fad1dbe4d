using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovInfoReport.Schema.Validation;

/// <summary>
/// Reads and writes a generated enum as the schema's JSON strings (<see cref="JsonSchemaEnumValueAttribute"/>), for
/// every serializer set-up: default options, reflection, a user's own source-generated context. For generated code.
/// </summary>
/// <typeparam name="TEnum">The generated enum.</typeparam>
/// <remarks>
/// One converter in the runtime rather than one per enum in generated code: a generated converter would have to be
/// public for users' source-generated contexts, and the generated companions' public surface must not depend on the
/// schema's text.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonSchemaEnumConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly (TEnum Value, string Text)[] s_members = Members();

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString();
            foreach (var (value, name) in s_members)
            {
                if (string.Equals(name, text, StringComparison.Ordinal))
                {
                    return value;
                }
            }
        }

        var allowed = new List<string>(s_members.Length);
        foreach (var (_, name) in s_members)
        {
            allowed.Add(name);
        }

        throw new JsonException($"{typeof(TEnum).Name} must be one of: {string.Join(", ", allowed)}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var (member, name) in s_members)
        {
            if (EqualityComparer<TEnum>.Default.Equals(member, value))
            {
                writer.WriteStringValue(name);
                return;
            }
        }

        // An undefined value (a cast) prints as its number, as the generated converter of the report does.
        writer.WriteStringValue(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
    }

    private static (TEnum Value, string Text)[] Members()
    {
        var fields = typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static);
        var members = new (TEnum, string)[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var text = fields[i].GetCustomAttribute<JsonSchemaEnumValueAttribute>()?.Value ?? fields[i].Name;
            members[i] = ((TEnum)fields[i].GetValue(null)!, text);
        }

        return members;
    }
}
