using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovInfoReport.Schema.Tests.Support;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>What a mutation did to a valid payload; <see cref="None"/> leaves it valid.</summary>
internal enum MutationKind
{
    None,
    DeleteProperty,
    UnknownProperty,
    WrongType,
    Negative,
    Fractional,
    Huge,
    TemplateVersion,
    EnumOrFormat,
    ObjectToArray,
}

/// <summary>One generated payload: its text, what was done to it, and where.</summary>
/// <param name="Json">The payload as sent to both validators.</param>
/// <param name="Kind">The mutation applied to a valid payload.</param>
/// <param name="Description">The mutation, for failure messages.</param>
/// <param name="Pointer">The member the mutation touched, when an issue is expected exactly there if it is invalid.</param>
/// <param name="DeclaredVersion">The known template version the payload declares ("2019", "2021"), or null.</param>
internal sealed record GeneratedPayload(string Json, MutationKind Kind, string Description, string? Pointer, string? DeclaredVersion);

/// <summary>
/// Seeded generator of report payloads for the differential test: valid payloads made from the fixtures by
/// randomising every cell within its schema constraints, and structural mutations of them. Knows the templates only
/// through their schemas (walked with <see cref="SchemaWalker"/>), so a schema change is picked up, not hidden.
/// </summary>
internal sealed class RandomPayloads
{
    private static readonly JsonSerializerOptions[] Writers =
    [
        new() { WriteIndented = false, Encoder = JavaScriptEncoder.Default },                 // all non-ASCII as \uXXXX
        new() { WriteIndented = true, Encoder = JavaScriptEncoder.Default },
        new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }, // CJK as raw UTF-8
        new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
    ];

    private static readonly string[] UnknownNames =
        ["remarks", "备注", "total2", "Total", "naturalperson", "a/b~c", "$ref", "", " ", "templateversion", "__proto__", "x-govinfo-rules"];

    private static readonly string[] UnknownVersions = ["2020", "2022", "2018", "", " 2021", "2021 ", "v2021", "２０２１", "2019-2021"];

    private static readonly string[] InvalidUnits = ["yuan", "万", "元 ", "UNKNOWN", "", "亿元"];

    private static readonly string[] InvalidDates = ["2022-02-30", "2022/01/05", "2022-1-5", "20220105", "2022-01-05T00:00:00Z", "2022-13-01", "", " 2022-01-05", "２０２２-01-05", "2021-02-29"];

    private readonly Random _random;
    private readonly List<(JsonObject Payload, SchemaModel Schema)> _seeds;

    public RandomPayloads(int seed)
    {
        _random = new Random(seed);
        _seeds = TestData.FixtureNames
            .Select(name => TestData.LoadFixture(name))
            .Select(payload => (payload, SchemaModel.Of(TestData.SchemaJson(TestData.VersionOf(payload)))))
            .ToList();
    }

    /// <summary>A valid payload built from a random fixture, then one mutation of <paramref name="kind"/>.</summary>
    public GeneratedPayload Next(MutationKind kind)
    {
        var (seed, schema) = _seeds[_random.Next(_seeds.Count)];
        var payload = seed.DeepClone().AsObject();
        Randomise(payload, schema, isRoot: true);
        var shape = Shape.Of(payload, schema);
        var (description, pointer) = kind switch
        {
            MutationKind.None => ("valid", null),
            MutationKind.DeleteProperty => DeleteProperty(payload, shape),
            MutationKind.UnknownProperty => AddUnknownProperty(payload, shape),
            MutationKind.WrongType => SetWrongType(payload, shape),
            MutationKind.Negative => SetNegative(payload, shape),
            MutationKind.Fractional => SetFractional(payload, shape),
            MutationKind.Huge => SetHuge(payload, shape),
            MutationKind.TemplateVersion => ChangeVersion(payload),
            MutationKind.EnumOrFormat => BreakEnumOrFormat(payload, shape),
            MutationKind.ObjectToArray => ReplaceObjectWithArray(payload, shape),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

        var declared = payload["templateVersion"] is JsonValue version && version.TryGetValue<string>(out var text) && text is "2019" or "2021" ? text : null;
        return new GeneratedPayload(payload.ToJsonString(Writers[_random.Next(Writers.Length)]), kind, description, pointer, declared);
    }

    // ---- valid payloads -------------------------------------------------------------------------------------------

    private void Randomise(JsonObject node, SchemaModel schema, bool isRoot)
    {
        foreach (var (name, child) in schema.Properties!)
        {
            var present = node.ContainsKey(name);
            if (!schema.Required.Contains(name) && present && _random.NextDouble() < 0.15)
            {
                node.Remove(name); // optional members (prose sections, publication date) may be absent
                continue;
            }

            if (!schema.Required.Contains(name) && !present && !child.IsObject && _random.NextDouble() < 0.4)
            {
                node[name] = null; // placeholder, filled below
                present = true;
            }

            if (!present)
            {
                continue;
            }

            if (child.IsObject)
            {
                Randomise(node[name]!.AsObject(), child, isRoot: false);
            }
            else
            {
                node[name] = ValidLeaf(child);
            }
        }

        // Member order carries no meaning: shuffle some objects.
        if (_random.NextDouble() < (isRoot ? 0.5 : 0.1))
        {
            var members = node.ToList();
            node.Clear();
            foreach (var (name, value) in members.OrderBy(_ => _random.Next()))
            {
                node[name] = value;
            }
        }
    }

    private JsonValue ValidLeaf(SchemaModel leaf) => leaf.Kind switch
    {
        LeafKind.Count => JsonValue.Create(RandomCount()),
        LeafKind.SignedCount => JsonValue.Create(_random.NextDouble() < 0.5 ? -RandomCount() : RandomCount()),
        LeafKind.Year => JsonValue.Create(_random.Next(2008, 2101)),
        LeafKind.Amount => JsonValue.Create(RandomAmount()),
        LeafKind.Text => JsonValue.Create(RandomText(_random.NextDouble() < 0.1 ? _random.Next(200, 600) : _random.Next(0, 60))),
        LeafKind.NonEmptyText => JsonValue.Create(RandomText(_random.Next(1, 30))),
        LeafKind.Date => JsonValue.Create(new DateOnly(1990, 1, 1).AddDays(_random.Next(0, 40_000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        // templateVersion keeps its single value; unit takes any of its values.
        LeafKind.Enum => JsonValue.Create(leaf.Enum[_random.Next(leaf.Enum.Length)]),
        _ => throw new ArgumentOutOfRangeException(nameof(leaf), leaf.Kind, null),
    };

    private int RandomCount() => _random.NextDouble() switch
    {
        < 0.5 => _random.Next(0, 11),
        < 0.85 => _random.Next(0, 10_001),
        < 0.97 => _random.Next(),
        _ => int.MaxValue,
    };

    private decimal RandomAmount() => _random.NextDouble() switch
    {
        < 0.1 => 0m,
        < 0.4 => _random.Next(0, 1_000_000),
        < 0.9 => Math.Round((decimal)_random.NextDouble() * 100_000m, _random.Next(1, 5)),
        // Large but well inside decimal: see the Huge mutation for why amounts past decimal are not generated.
        _ => Math.Round((decimal)_random.NextDouble() * 1_000_000_000_000_000m, 2),
    };

    private string RandomText(int length)
    {
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            switch (_random.Next(10))
            {
                case 0 or 1 or 2 or 3:
                    builder.Append((char)_random.Next(0x4E00, 0x9FA6)); // CJK unified ideographs
                    break;
                case 4:
                    builder.Append(OneOf("（）、。；：“”《》\u3000\u00A0"));
                    break;
                case 5:
                    builder.Append(OneOf("\"\\/\b\f\n\r\t\u0001\u001F\u007F")); // characters JSON must or may escape
                    break;
                case 6:
                    builder.Append(char.ConvertFromUtf32(_random.Next(0x1F600, 0x1F650))); // a surrogate pair
                    break;
                default:
                    builder.Append((char)_random.Next(0x20, 0x7F));
                    break;
            }
        }

        return builder.ToString();
    }

    private char OneOf(string characters) => characters[_random.Next(characters.Length)];

    // ---- mutations ------------------------------------------------------------------------------------------------

    private (string, string?) DeleteProperty(JsonObject payload, Shape shape)
    {
        // Mostly any member of any object (nearly all are required); sometimes an optional one, which must stay valid.
        var optional = shape.Objects
            .SelectMany(o => JsonPointer.Get(payload, o.Pointer).AsObject()
                .Where(member => !o.Schema.Required.Contains(member.Key))
                .Select(member => (o.Pointer, Name: member.Key)))
            .ToList();
        var (pointer, name) = optional.Count > 0 && _random.NextDouble() < 0.2
            ? optional[_random.Next(optional.Count)]
            : AnyMember(payload, shape);
        JsonPointer.Get(payload, pointer).AsObject().Remove(name);
        return ($"delete {pointer}/{JsonPointer.Escape(name)}", $"{pointer}/{JsonPointer.Escape(name)}");
    }

    private (string Pointer, string Name) AnyMember(JsonObject payload, Shape shape)
    {
        var (pointer, _) = shape.Objects[_random.Next(shape.Objects.Count)];
        var target = JsonPointer.Get(payload, pointer).AsObject();
        return (pointer, target.Select(member => member.Key).ElementAt(_random.Next(target.Count)));
    }

    private (string, string?) AddUnknownProperty(JsonObject payload, Shape shape)
    {
        var (pointer, schema) = shape.Objects[_random.Next(shape.Objects.Count)];
        var target = JsonPointer.Get(payload, pointer).AsObject();
        var names = UnknownNames.Where(n => !schema.Properties!.ContainsKey(n) && !target.ContainsKey(n)).ToList();
        var name = names[_random.Next(names.Count)];
        target[name] = _random.Next(4) switch
        {
            0 => JsonValue.Create(0),
            1 => JsonValue.Create(RandomText(5)),
            2 => new JsonObject { ["naturalPersons"] = 0 },
            _ => null,
        };
        var at = $"{pointer}/{JsonPointer.Escape(name)}";
        return ($"unknown {at}", at);
    }

    private (string, string?) SetWrongType(JsonObject payload, Shape shape)
    {
        var leaf = shape.Leaves[_random.Next(shape.Leaves.Count)];
        var numeric = leaf.Kind is LeafKind.Count or LeafKind.SignedCount or LeafKind.Year or LeafKind.Amount;
        JsonNode? value = _random.Next(5) switch
        {
            0 => numeric ? JsonValue.Create("7") : JsonValue.Create(7),
            1 => new JsonObject(),
            2 => new JsonArray(numeric ? JsonValue.Create(7) : JsonValue.Create("7")),
            3 => JsonValue.Create(true),
            _ => null,
        };
        JsonPointer.Set(payload, leaf.Pointer, value);
        return ($"wrong type {leaf.Pointer} = {value?.ToJsonString() ?? "null"}", leaf.Pointer);
    }

    private (string, string?) SetNegative(JsonObject payload, Shape shape)
    {
        // Signed counts (2019 本年增/减) accept negatives: both validators must agree that it stays valid.
        var leaf = Pick(shape, LeafKind.Count, LeafKind.SignedCount, LeafKind.Year, LeafKind.Amount);
        JsonNode value = leaf.Kind == LeafKind.Amount
            ? JsonValue.Create(-Math.Round((decimal)_random.NextDouble() * 1000m + 0.01m, 2))
            : JsonValue.Create(-_random.Next(1, int.MaxValue));
        JsonPointer.Set(payload, leaf.Pointer, value);
        return ($"negative {leaf.Pointer} = {value.ToJsonString()}", leaf.Pointer);
    }

    private (string, string?) SetFractional(JsonObject payload, Shape shape)
    {
        // Fractions are valid for amounts: both validators must agree on that too.
        var leaf = Pick(shape, LeafKind.Count, LeafKind.SignedCount, LeafKind.Year, LeafKind.Amount);
        // n.5 / n.25 only: integral floats such as 7.0 are integers to draft 7 and to the validator but not to
        // NJsonSchema, a documented difference (see NJsonSchemaKnownDifferencesTests).
        var value = JsonValue.Create(_random.Next(0, 3000) + (_random.Next(2) == 0 ? 0.5m : 0.25m));
        JsonPointer.Set(payload, leaf.Pointer, value);
        return ($"fractional {leaf.Pointer} = {value.ToJsonString()}", leaf.Pointer);
    }

    private (string, string?) SetHuge(JsonObject payload, Shape shape)
    {
        // Integer cells only, and only values NJsonSchema also rejects (non-integral doubles such as 1e40).
        // Excluded on purpose, documented differences (see NJsonSchemaKnownDifferencesTests): int32 overflow
        // (3000000000: format int32 is not asserted by NJsonSchema), integer literals past Int64 (NJsonSchema throws),
        // amounts past decimal (1e29: format decimal is not asserted by NJsonSchema).
        var leaf = Pick(shape, LeafKind.Count, LeafKind.SignedCount, LeafKind.Year);
        var text = _random.Next(4) switch
        {
            0 => "1e40",
            1 => "-1e40",
            2 => "1.7976931348623157e308",
            _ => $"{_random.Next(1, 10)}.{_random.Next(1, 10)}e{_random.Next(20, 300)}",
        };
        JsonPointer.Set(payload, leaf.Pointer, JsonNode.Parse(text));
        return ($"huge {leaf.Pointer} = {text}", leaf.Pointer);
    }

    private (string, string?) ChangeVersion(JsonObject payload)
    {
        var current = payload["templateVersion"]!.GetValue<string>();
        JsonNode? value = _random.Next(6) switch
        {
            0 => JsonValue.Create(current == "2019" ? "2021" : "2019"), // a known version with the other tables
            1 => JsonValue.Create(int.Parse(current, CultureInfo.InvariantCulture)),
            2 => null,
            _ => JsonValue.Create(UnknownVersions[_random.Next(UnknownVersions.Length)]),
        };
        payload["templateVersion"] = value;
        var swapped = value is JsonValue v && v.TryGetValue<string>(out var s) && s is "2019" or "2021";
        return ($"templateVersion = {value?.ToJsonString() ?? "null"}", swapped ? null : "/templateVersion");
    }

    private (string, string?) BreakEnumOrFormat(JsonObject payload, Shape shape)
    {
        var candidates = shape.Leaves.Where(l => l.Kind is LeafKind.Date or LeafKind.NonEmptyText || (l.Kind == LeafKind.Enum && l.Pointer != "/templateVersion")).ToList();
        if (!payload.ContainsKey("publicationDate"))
        {
            candidates.Add(new Leaf("/publicationDate", LeafKind.Date));
        }

        var leaf = candidates[_random.Next(candidates.Count)];
        var value = leaf.Kind switch
        {
            LeafKind.Date => InvalidDates[_random.Next(InvalidDates.Length)],
            LeafKind.NonEmptyText => string.Empty,
            _ => InvalidUnits[_random.Next(InvalidUnits.Length)],
        };
        JsonPointer.Set(payload, leaf.Pointer, value);
        return ($"{leaf.Kind} {leaf.Pointer} = \"{value}\"", leaf.Pointer);
    }

    private (string, string?) ReplaceObjectWithArray(JsonObject payload, Shape shape)
    {
        var (pointer, _) = shape.Objects[1 + _random.Next(shape.Objects.Count - 1)]; // not the root
        var original = JsonPointer.Get(payload, pointer);
        JsonPointer.Set(payload, pointer, _random.Next(2) == 0 ? new JsonArray() : new JsonArray(original.DeepClone()));
        return ($"array at {pointer}", pointer);
    }

    private Leaf Pick(Shape shape, params LeafKind[] kinds)
    {
        var candidates = shape.Leaves.Where(l => kinds.Contains(l.Kind)).ToList();
        return candidates[_random.Next(candidates.Count)];
    }

    // ---- the template as seen through its schema -------------------------------------------------------------------

    internal enum LeafKind
    {
        Count,
        SignedCount,
        Year,
        Amount,
        Text,
        NonEmptyText,
        Date,
        Enum,
    }

    internal sealed record Leaf(string Pointer, LeafKind Kind);

    /// <summary>What a schema (with its references resolved) says about a member: its members if it is an object,
    /// which are required, or what kind of leaf it is. Built once per template.</summary>
    internal sealed class SchemaModel
    {
        public Dictionary<string, SchemaModel>? Properties { get; private init; }

        public HashSet<string> Required { get; private init; } = [];

        public LeafKind Kind { get; private init; }

        public string[] Enum { get; private init; } = [];

        public bool IsObject => Properties is not null;

        public static SchemaModel Of(JsonObject schemaRoot) => Of(schemaRoot, schemaRoot, string.Empty);

        private static SchemaModel Of(JsonObject schemaRoot, JsonObject schema, string name)
        {
            if (SchemaWalker.ReferenceOf(schema) is { } reference)
            {
                schema = SchemaWalker.ResolveLocal(schemaRoot, reference);
            }

            var type = (string?)schema["type"];
            if (type == "object")
            {
                return new SchemaModel
                {
                    Properties = schema["properties"]!.AsObject().ToDictionary(p => p.Key, p => Of(schemaRoot, p.Value!.AsObject(), p.Key)),
                    Required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [],
                };
            }

            return new SchemaModel
            {
                Kind = type switch
                {
                    "integer" when schema.ContainsKey("maximum") => LeafKind.Year,
                    "integer" => schema.ContainsKey("minimum") ? LeafKind.Count : LeafKind.SignedCount,
                    "number" => LeafKind.Amount,
                    "string" when schema.ContainsKey("enum") => LeafKind.Enum,
                    "string" when (string?)schema["format"] == "date" => LeafKind.Date,
                    "string" when schema.ContainsKey("minLength") => LeafKind.NonEmptyText,
                    "string" => LeafKind.Text,
                    _ => throw new InvalidOperationException($"Unexpected schema type '{type}' for '{name}'."),
                },
                Enum = schema["enum"]?.AsArray().Select(e => e!.GetValue<string>()).ToArray() ?? [],
            };
        }
    }

    /// <summary>The objects and leaves of one payload, each with what its schema says about it.</summary>
    internal sealed class Shape
    {
        public List<(string Pointer, SchemaModel Schema)> Objects { get; } = [];

        public List<Leaf> Leaves { get; } = [];

        public static Shape Of(JsonObject payload, SchemaModel schema)
        {
            var shape = new Shape();
            shape.Walk(payload, schema, string.Empty);
            return shape;
        }

        private void Walk(JsonObject node, SchemaModel schema, string pointer)
        {
            Objects.Add((pointer, schema));
            foreach (var (name, value) in node)
            {
                var child = schema.Properties![name];
                var childPointer = $"{pointer}/{JsonPointer.Escape(name)}";
                if (child.IsObject)
                {
                    Walk(value!.AsObject(), child, childPointer);
                }
                else
                {
                    Leaves.Add(new Leaf(childPointer, child.Kind));
                }
            }
        }
    }
}
