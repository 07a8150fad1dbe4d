using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovInfoReport.SchemaLanguage.Diagnostics;
using GovInfoReport.SchemaLanguage.Json;
using GovInfoReport.SchemaLanguage.Model;
using GovInfoReport.SchemaLanguage.Naming;
using GovInfoReport.SchemaLanguage.Rules;

namespace GovInfoReport.SchemaLanguage.Reading;

/// <summary>
/// Compiles a template schema text into a <see cref="TemplateModel"/>: the subset of JSON Schema draft-07 that
/// describes fixed statistical tables, plus the <c>x-govinfo-*</c> annotations. Anything outside that subset is
/// reported, located, rather than silently ignored, because a constraint that is not enforced is a lie.
/// </summary>
public sealed class SchemaReader
{
    /// <summary>The most object types one schema may define.</summary>
    public const int MaxTypes = 512;

    /// <summary>The most properties one object schema may have.</summary>
    public const int MaxPropertiesPerObject = 512;

    /// <summary>The most cells a report of one schema may have, counting every use of a definition.</summary>
    public const int MaxCells = 65536;

    /// <summary>The most object levels a report may nest, the report itself included (the templates need 6).</summary>
    public const int MaxObjectDepth = 32;

    /// <summary>
    /// The most characters of JSON Pointers and labels the generated tables may hold. The C# compiler keeps every
    /// string literal of an assembly in one heap of about 8 million characters (CS8103 past it); one schema may take half.
    /// </summary>
    public const long MaxGeneratedTextCharacters = 4_000_000;

    /// <summary>
    /// The most cell reads all rule checks of one report may make, every for-each, <c>sum(…*…)</c> and use of a
    /// definition expanded: twice the cell limit, so a rule may sum the whole report, but rules cannot multiply.
    /// </summary>
    public const long MaxRuleCellReads = 2L * MaxCells;

    private static readonly string[] RecordMembers =
    [
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "GetType", "MemberwiseClone",
        "Finalize", "Deconstruct",
    ];

    private readonly string _text;
    private readonly LineMap _lines;
    private readonly List<SchemaDiagnostic> _diagnostics = new();
    private readonly List<TypeBuilder> _types = new();
    private readonly Dictionary<string, JsonSyntaxProperty> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _definitionTypes = new(StringComparer.Ordinal);
    private readonly List<string> _definitionsInProgress = new();
    private readonly NameScope _typeNames;

    private SchemaReader(string text, string rootTypeName)
    {
        _text = text;
        _lines = new LineMap(text);
        RootTypeName = rootTypeName;
        _typeNames = new NameScope(GeneratedCompanionNames(rootTypeName));
    }

    private string RootTypeName { get; }

    /// <summary>The C# names the generator emits next to the report type; schema types must not take them.</summary>
    /// <param name="rootTypeName">The report type name.</param>
    /// <returns>The companion type names.</returns>
    public static IEnumerable<string> GeneratedCompanionNames(string rootTypeName) =>
        [rootTypeName + "Validator", rootTypeName + "JsonContext", rootTypeName + "JsonConverter", rootTypeName + "Layout"];

    /// <summary>Reads and compiles a schema. Never throws: every problem becomes a diagnostic.</summary>
    /// <param name="text">The schema text.</param>
    /// <param name="rootTypeName">The C# name wanted for the report type (sanitised here).</param>
    /// <returns>The model (null when there are errors) and the diagnostics.</returns>
    public static SchemaReadResult Read(string text, string rootTypeName)
    {
        var reader = new SchemaReader(text, CSharpIdentifier.ToPascalCase(rootTypeName, "Report").TrimStart('@'));
        try
        {
            var model = reader.ReadDocument();
            var diagnostics = EquatableArray<SchemaDiagnostic>.From(reader._diagnostics);
            var errors = 0;
            foreach (var diagnostic in diagnostics)
            {
                errors += diagnostic.Severity == SchemaDiagnosticSeverity.Error ? 1 : 0;
            }

            // ReadDocument returns a model only when the structure is sound; then any error is in a rule, left out of it.
            return new SchemaReadResult(errors > 0 ? null : model, diagnostics, model);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            reader._diagnostics.Add(SchemaDiagnosticCatalog.InternalError.At(TextLocation.None, exception.GetType().Name + ": " + exception.Message));
            return new SchemaReadResult(null, EquatableArray<SchemaDiagnostic>.From(reader._diagnostics));
        }
    }

    private TemplateModel? ReadDocument()
    {
        var root = JsonSyntaxParser.Parse(_text, _lines, _diagnostics);
        if (root is null)
        {
            return null;
        }

        if (root.Kind != JsonSyntaxKind.Object)
        {
            Report(SchemaDiagnosticCatalog.InvalidKeywordValue, root.Location, "(root)", "an object schema", root.KindDescription);
            return null;
        }

        CollectDefinitions(root, "definitions");
        CollectDefinitions(root, "$defs");
        string? templateVersion = null;
        var template = root.Find("x-govinfo-template");
        if (template is not null)
        {
            templateVersion = template.Value.Find("version") is { Value.Kind: JsonSyntaxKind.String } version ? version.Value.Text : null;
            if (template.Value.Kind != JsonSyntaxKind.Object || templateVersion is null)
            {
                Report(SchemaDiagnosticCatalog.InvalidKeywordValue, template.Value.Location, "x-govinfo-template", "an object with a string 'version'", template.Value.KindDescription);
            }
        }

        var rootIndex = ReadObjectType(root, "#", RootTypeName, null, isRoot: true);
        if (rootIndex < 0)
        {
            return null;
        }

        // Definitions nobody references still have to be valid: a maintainer editing one expects to hear about it.
        foreach (var definition in _definitions)
        {
            ResolveDefinition(definition.Key, definition.Value.NameLocation);
        }

        if (_types.Count > MaxTypes)
        {
            Report(SchemaDiagnosticCatalog.LimitExceeded, root.Location, $"{_types.Count} object types, more than {MaxTypes}");
            return null;
        }

        var cellCounts = new long[_types.Count];
        if (CountCells(0, cellCounts) > MaxCells)
        {
            Report(SchemaDiagnosticCatalog.LimitExceeded, root.Location, $"a report would have more than {MaxCells} cells once every $ref is expanded");
            return null;
        }

        // Rules are still bound when the structure has errors, so every error is reported at once; but only a schema
        // whose errors are all in rules yields a model (without those rules) to generate records from.
        var structureBroken = ErrorCount() > 0;

        var budgets = new SchemaBudgets(_types);
        if (budgets.Depth > MaxObjectDepth)
        {
            // Point at the property that takes the report one level too deep.
            var (type, step, level) = (0, (Type: -1, Property: -1), 1);
            for (; level <= MaxObjectDepth; level++)
            {
                step = budgets.DeepestStep(type);
                if (level < MaxObjectDepth)
                {
                    type = step.Type;
                }
            }

            Report(SchemaDiagnosticCatalog.LimitExceeded, _types[type].PropertyLocations[step.Property],
                $"objects are nested {budgets.Depth} levels deep, more than {MaxObjectDepth} (the report included); this property opens level {MaxObjectDepth + 1}");
            return null;
        }

        if (budgets.GeneratedTextCharacters > MaxGeneratedTextCharacters)
        {
            Report(SchemaDiagnosticCatalog.LimitExceeded, root.Location,
                $"the generated tables would hold {budgets.GeneratedTextCharacters} characters of JSON Pointers and labels, more than {MaxGeneratedTextCharacters}; shorten property names or titles, or nest less");
            return null;
        }

        RuleInstances = budgets.Instances;
        var ruleIds = new Dictionary<string, TextLocation>(StringComparer.Ordinal);
        var rulesByType = new List<RuleModel>[_types.Count];
        for (var i = 0; i < _types.Count; i++)
        {
            rulesByType[i] = new List<RuleModel>();
            if (_types[i].RulesNode is { } rulesNode)
            {
                var binder = new RuleBinder(this, i);
                foreach (var item in rulesNode.Items)
                {
                    if (binder.Bind(item, ruleIds) is { } rule)
                    {
                        rulesByType[i].Add(rule);
                    }
                }
            }
        }

        var types = new ObjectTypeModel[_types.Count];
        for (var i = 0; i < _types.Count; i++)
        {
            var t = _types[i];
            types[i] = new ObjectTypeModel(t.SchemaPath, t.ClrName, t.Title, t.Description, t.Header, t.Note,
                EquatableArray<PropertyModel>.From(t.Properties), EquatableArray<RuleModel>.From(rulesByType[i]), t.Layout);
        }

        if (structureBroken)
        {
            return null;
        }

        var root0 = _types[0];
        return new TemplateModel(RootTypeName, root0.Title, root0.Description, templateVersion, new EquatableArray<ObjectTypeModel>(types));
    }

    /// <summary>The type builders read so far, for the rule binder.</summary>
    internal IReadOnlyList<TypeBuilder> Types => _types;

    /// <summary>Per type, how many instances a report holds: a rule declared on it is checked that many times.</summary>
    internal long[] RuleInstances { get; private set; } = [];

    /// <summary>Cell reads the rules bound so far make per report, counted against <see cref="MaxRuleCellReads"/>.</summary>
    internal long RuleCellReads { get; set; }

    /// <summary>Whether a rule has exceeded <see cref="MaxRuleCellReads"/>; later rules are then not bound at all.</summary>
    internal bool RuleBudgetExhausted { get; set; }

    private int ErrorCount()
    {
        var count = 0;
        foreach (var diagnostic in _diagnostics)
        {
            count += diagnostic.Severity == SchemaDiagnosticSeverity.Error ? 1 : 0;
        }

        return count;
    }

    /// <summary>Adds a diagnostic.</summary>
    internal void Report(SchemaDiagnosticDescriptor descriptor, TextLocation location, params object?[] arguments)
        => _diagnostics.Add(descriptor.At(location, arguments));

    /// <summary>Locates a range inside a string value; exact when the string has no escapes, else the whole string.</summary>
    internal TextLocation LocateInString(JsonSyntaxNode stringNode, int offset, int length)
    {
        var location = stringNode.Location;
        if (stringNode.Text is { } text && location.Length == text.Length + 2 && offset >= 0 && offset <= text.Length)
        {
            return _lines.Locate(location.Start + 1 + offset, Math.Max(1, Math.Min(length, text.Length - offset)));
        }

        return location;
    }

    private void CollectDefinitions(JsonSyntaxNode root, string keyword)
    {
        var definitions = root.Find(keyword);
        if (definitions is null)
        {
            return;
        }

        if (definitions.Value.Kind != JsonSyntaxKind.Object)
        {
            Report(SchemaDiagnosticCatalog.InvalidKeywordValue, definitions.Value.Location, keyword, "an object of schemas", definitions.Value.KindDescription);
            return;
        }

        foreach (var definition in definitions.Value.Properties)
        {
            if (NameCharacters.FindProblem(definition.Name) is { } problem)
            {
                Report(SchemaDiagnosticCatalog.ConfusableName, definition.NameLocation, Visible(definition.Name), problem);
            }

            var key = "#/" + keyword + "/" + JsonPointer.Escape(definition.Name);
            if (!_definitions.ContainsKey(key))
            {
                _definitions.Add(key, definition);
            }
        }
    }

    private int ReadObjectType(JsonSyntaxNode node, string schemaPath, string clrCandidate, string? parentClrName, bool isRoot)
    {
        if (!CheckKeywords(node, isRoot ? RootKeywords : ObjectKeywords))
        {
            return -1;
        }

        if (!ExpectType(node, "object"))
        {
            return -1;
        }

        var additional = node.Find("additionalProperties");
        if (additional is null || additional.Value.Kind != JsonSyntaxKind.Boolean || additional.Value.IsTrue)
        {
            Report(SchemaDiagnosticCatalog.UnsupportedConstruct, additional?.Value.Location ?? node.Location,
                "an object schema must declare \"additionalProperties\": false, because a generated record has a property for every cell and nothing else");
            return -1;
        }

        if (_types.Count >= MaxTypes)
        {
            Report(SchemaDiagnosticCatalog.LimitExceeded, node.Location, $"more than {MaxTypes} object types");
            return -1;
        }

        var clrName = isRoot ? _typeNames.Take(clrCandidate) : _typeNames.Take(clrCandidate, parentClrName is null ? null : parentClrName + clrCandidate);
        var builder = new TypeBuilder(schemaPath, clrName, ReadString(node, "title"), ReadString(node, "description"),
            ReadString(node, "x-govinfo-header"), ReadString(node, "x-govinfo-note"));
        var index = _types.Count;
        _types.Add(builder);
        if (node.Find("x-govinfo-layout") is { } layout)
        {
            if (layout.Value.Kind == JsonSyntaxKind.String && layout.Value.Text == "row")
            {
                builder.Layout = "row";
            }
            else
            {
                Report(SchemaDiagnosticCatalog.InvalidKeywordValue, layout.Value.Location, "x-govinfo-layout", "\"row\"", layout.Value.KindDescription);
            }
        }

        var rules = node.Find("x-govinfo-rules");
        if (rules is not null)
        {
            if (rules.Value.Kind == JsonSyntaxKind.Array)
            {
                builder.RulesNode = rules.Value;
            }
            else
            {
                Report(SchemaDiagnosticCatalog.InvalidKeywordValue, rules.Value.Location, "x-govinfo-rules", "an array of rules", rules.Value.KindDescription);
            }
        }

        var required = ReadRequired(node);
        var properties = node.Find("properties");
        if (properties is null)
        {
            return index;
        }

        if (properties.Value.Kind != JsonSyntaxKind.Object)
        {
            Report(SchemaDiagnosticCatalog.InvalidKeywordValue, properties.Value.Location, "properties", "an object", properties.Value.KindDescription);
            return index;
        }

        if (properties.Value.Properties.Count > MaxPropertiesPerObject)
        {
            Report(SchemaDiagnosticCatalog.LimitExceeded, properties.Value.Location, $"{properties.Value.Properties.Count} properties in one object, more than {MaxPropertiesPerObject}");
            return index;
        }

        var memberNames = new NameScope([clrName, .. RecordMembers]);
        var reservedNames = new HashSet<string>([clrName, .. RecordMembers], StringComparer.OrdinalIgnoreCase);
        foreach (var property in properties.Value.Properties)
        {
            if (NameCharacters.FindProblem(property.Name) is { } problem)
            {
                Report(SchemaDiagnosticCatalog.ConfusableName, property.NameLocation, Visible(property.Name), problem);
                continue;
            }

            var candidate = CSharpIdentifier.ToPascalCase(property.Name, "Property");
            var propertyName = memberNames.Take(candidate, candidate.TrimStart('@') + "Value");

            // Moving off the record's own name or a record member involves one JSON name: no collision. Any other
            // rename (to "…Value" or a numbered name) means an earlier property already holds the C# name.
            var movedOffReservedName = reservedNames.Contains(candidate) && string.Equals(propertyName, candidate.TrimStart('@') + "Value", StringComparison.Ordinal);
            if (!string.Equals(propertyName, candidate, StringComparison.Ordinal) && !movedOffReservedName)
            {
                Report(SchemaDiagnosticCatalog.NameCollision, property.NameLocation, property.Name, candidate, propertyName);
            }

            var model = ReadProperty(property, schemaPath + "/properties/" + JsonPointer.Escape(property.Name), propertyName, required.Remove(property.Name), clrName);
            if (model is not null)
            {
                builder.Properties.Add(model);
                builder.PropertyLocations.Add(property.NameLocation);
            }
        }

        foreach (var missing in required)
        {
            Report(SchemaDiagnosticCatalog.UnknownRequiredProperty, missing.Value, missing.Key);
        }

        return index;
    }

    private Dictionary<string, TextLocation> ReadRequired(JsonSyntaxNode node)
    {
        var result = new Dictionary<string, TextLocation>(StringComparer.Ordinal);
        var required = node.Find("required");
        if (required is null)
        {
            return result;
        }

        if (required.Value.Kind != JsonSyntaxKind.Array)
        {
            Report(SchemaDiagnosticCatalog.InvalidKeywordValue, required.Value.Location, "required", "an array of property names", required.Value.KindDescription);
            return result;
        }

        foreach (var item in required.Value.Items)
        {
            if (item.Kind != JsonSyntaxKind.String || item.Text is null)
            {
                Report(SchemaDiagnosticCatalog.InvalidKeywordValue, item.Location, "required", "an array of strings", "an array holding " + item.KindDescription);
            }
            else if (!result.ContainsKey(item.Text))
            {
                result.Add(item.Text, item.Location);
            }
        }

        return result;
    }

    private PropertyModel? ReadProperty(JsonSyntaxProperty property, string schemaPath, string clrName, bool isRequired, string ownerClrName)
    {
        var node = property.Value;
        if (node.Kind != JsonSyntaxKind.Object)
        {
            Report(SchemaDiagnosticCatalog.UnsupportedConstruct, node.Location, $"the schema of '{property.Name}' is {node.KindDescription}; only object schemas are supported");
            return null;
        }

        var title = ReadString(node, "title");
        var description = ReadString(node, "description");
        var group = ReadString(node, "x-govinfo-group");
        var reference = FindReference(node);
        if (reference is { } referenceNode)
        {
            if (!CheckKeywords(node, ReferenceKeywords))
            {
                return null;
            }

            var typeIndex = ResolveDefinition(referenceNode.Text ?? string.Empty, referenceNode.Location);
            return typeIndex < 0 ? null : new PropertyModel(property.Name, clrName, title, description, isRequired, ValueKind.Object, typeIndex,
                false, null, null, EquatableArray<string>.Empty, null, null, null, group);
        }

        if (node.Find("allOf") is { } allOf)
        {
            Report(SchemaDiagnosticCatalog.UnsupportedConstruct, allOf.NameLocation, "'allOf' is supported only as a single {\"$ref\": …} (to label a reused definition)");
            return null;
        }

        var type = node.Find("type");
        if (type is null && !CheckKeywords(node, AnyPropertyKeywords))
        {
            // Without a type, an unsupported keyword ('oneOf', 'anyOf', 'items'…) is the problem, not the missing type.
            return null;
        }

        if (type is null || type.Value.Kind != JsonSyntaxKind.String)
        {
            Report(SchemaDiagnosticCatalog.InvalidKeywordValue, type?.Value.Location ?? property.NameLocation, "type", "one of \"object\", \"integer\", \"number\", \"string\", \"boolean\"",
                type is null ? "missing" : type.Value.KindDescription);
            return null;
        }

        switch (type.Value.Text)
        {
            case "object":
                var typeIndex = ReadObjectType(node, schemaPath, CSharpIdentifier.ToPascalCase(property.Name, "Group").TrimStart('@'), ownerClrName, isRoot: false);
                return typeIndex < 0 ? null : new PropertyModel(property.Name, clrName, title, description, isRequired, ValueKind.Object, typeIndex,
                    false, null, null, EquatableArray<string>.Empty, null, null, null, group);
            case "integer":
            case "number":
                return ReadNumeric(property, clrName, isRequired, title, description, group, type.Value.Text == "integer");
            case "string":
                return ReadStringProperty(property, clrName, isRequired, title, description, group, ownerClrName);
            case "boolean":
                return CheckKeywords(node, BooleanKeywords)
                    ? new PropertyModel(property.Name, clrName, title, description, isRequired, ValueKind.Boolean, -1, false, null, null, EquatableArray<string>.Empty, null, null, null, group)
                    : null;
            case "array":
                return ReadArray(property, schemaPath, clrName, isRequired, title, description, group, ownerClrName);
            default:
                Report(SchemaDiagnosticCatalog.UnsupportedConstruct, type.Value.Location, $"the type \"{type.Value.Text}\" (use object, integer, number, string, boolean or array)");
                return null;
        }
    }

    /// <summary>
    /// An array of records or of numbers: a variable-length table of at most <c>maxItems</c> rows. The limit is
    /// mandatory because every possible row has its own slots, so that each cell keeps a constant JSON Pointer and
    /// rules stay slot arithmetic; it is counted against <see cref="MaxCells"/>.
    /// </summary>
    private PropertyModel? ReadArray(JsonSyntaxProperty property, string schemaPath, string clrName, bool isRequired, string? title, string? description, string? group, string ownerClrName)
    {
        var node = property.Value;
        var ok = true;
        foreach (var keyword in node.Properties)
        {
            if (RefusedArrayKeywords.TryGetValue(keyword.Name, out var reason))
            {
                Report(SchemaDiagnosticCatalog.UnsupportedConstruct, keyword.NameLocation, reason);
                ok = false;
            }
        }

        if (!ok || !CheckKeywords(node, ArrayKeywords))
        {
            return null;
        }

        var maxItemsNode = node.Find("maxItems");
        if (maxItemsNode is null)
        {
            Report(SchemaDiagnosticCatalog.InvalidKeywordValue, property.NameLocation, "maxItems", "a non-negative integer on every array (each possible row has its own slots)", "missing");
            return null;
        }

        if (maxItemsNode.Value.Kind != JsonSyntaxKind.Number || !long.TryParse(maxItemsNode.Value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var maxItems))
        {
            Report(SchemaDiagnosticCatalog.InvalidKeywordValue, maxItemsNode.Value.Location, "maxItems", "a non-negative integer",
                maxItemsNode.Value.Kind == JsonSyntaxKind.Number ? maxItemsNode.Value.Text : maxItemsNode.Value.KindDescription);
            return null;
        }

        if (maxItems > MaxCells)
        {
            Report(SchemaDiagnosticCatalog.LimitExceeded, maxItemsNode.Value.Location,
                $"'maxItems' of {maxItems}: every possible row has its own slots, and a report has at most {MaxCells} cells");
            return null;
        }

        var items = node.Find("items");
        if (items is null)
        {
            Report(SchemaDiagnosticCatalog.InvalidKeywordValue, property.NameLocation, "items", "the schema of every row (an object, integer or number schema)", "missing");
            return null;
        }

        if (items.Value.Kind == JsonSyntaxKind.Array)
        {
            Report(SchemaDiagnosticCatalog.UnsupportedConstruct, items.NameLocation, "'items' as an array of schemas (a tuple); give one schema for every row");
            return null;
        }

        if (items.Value.Kind != JsonSyntaxKind.Object)
        {
            Report(SchemaDiagnosticCatalog.InvalidKeywordValue, items.Value.Location, "items", "a schema (an object)", items.Value.KindDescription);
            return null;
        }

        var item = new JsonSyntaxProperty(property.Name, items.NameLocation, items.Value);
        var itemTitle = ReadString(items.Value, "title");
        var itemDescription = ReadString(items.Value, "description");
        if (FindReference(items.Value) is { } reference)
        {
            if (!CheckKeywords(items.Value, ReferenceKeywords))
            {
                return null;
            }

            var referenced = ResolveDefinition(reference.Text ?? string.Empty, reference.Location);
            return referenced < 0 ? null : Array(ValueKind.Object, referenced, false, null, null);
        }

        var itemType = items.Value.Find("type");
        switch (itemType?.Value.Kind == JsonSyntaxKind.String ? itemType.Value.Text : null)
        {
            case "object":
                var candidate = CSharpIdentifier.ToPascalCase(property.Name, "Group").TrimStart('@') + "Item";
                var typeIndex = ReadObjectType(items.Value, schemaPath + "/items", candidate, ownerClrName, isRoot: false);
                return typeIndex < 0 ? null : Array(ValueKind.Object, typeIndex, false, null, null);
            case "integer":
            case "number":
                var isInteger = itemType!.Value.Text == "integer";
                var cell = ReadNumeric(item, clrName, true, itemTitle, itemDescription, null, isInteger);
                return cell is null ? null : Array(cell.Kind, -1, cell.IsInt64, cell.Minimum, cell.Maximum);
            default:
                Report(SchemaDiagnosticCatalog.UnsupportedConstruct, itemType?.Value.Location ?? items.NameLocation,
                    "an array whose rows are not records or numbers ('items' must be an object schema, a $ref to one, or an integer or number schema)");
                return null;
        }

        PropertyModel Array(ValueKind itemKind, int itemTypeIndex, bool isInt64, decimal? minimum, decimal? maximum)
            => new(property.Name, clrName, title, description, isRequired, ValueKind.Array, itemTypeIndex, isInt64, minimum, maximum,
                EquatableArray<string>.Empty, null, null, null, group, MaxItems: (int)maxItems, ItemKind: itemKind);
    }

    private PropertyModel? ReadNumeric(JsonSyntaxProperty property, string clrName, bool isRequired, string? title, string? description, string? group, bool isInteger)
    {
        var node = property.Value;
        if (!CheckKeywords(node, NumericKeywords))
        {
            return null;
        }

        var isInt64 = false;
        if (node.Find("format") is { } format)
        {
            var text = format.Value.Text;
            var supported = isInteger ? text is "int32" or "int64" : text is "decimal" or "double" or "float";
            if (format.Value.Kind != JsonSyntaxKind.String || !supported)
            {
                Report(SchemaDiagnosticCatalog.UnsupportedConstruct, format.Value.Location, isInteger
                    ? "an integer 'format' other than \"int32\" or \"int64\""
                    : "a number 'format' other than \"decimal\"");
                return null;
            }

            isInt64 = text == "int64";
        }

        var minimum = ReadBound(node, "minimum", isInteger);
        var maximum = ReadBound(node, "maximum", isInteger);
        if (minimum is { } min && maximum is { } max && min > max)
        {
            Report(SchemaDiagnosticCatalog.InvalidKeywordValue, node.Find("maximum")!.Value.Location, "maximum", "at least 'minimum'", max.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        return new PropertyModel(property.Name, clrName, title, description, isRequired, isInteger ? ValueKind.Integer : ValueKind.Number, -1,
            isInt64, minimum, maximum, EquatableArray<string>.Empty, null, null, null, group);
    }

    private decimal? ReadBound(JsonSyntaxNode node, string keyword, bool isInteger)
    {
        var bound = node.Find(keyword);
        if (bound is null)
        {
            return null;
        }

        // Integer cells are held as 64-bit values, so a bound beyond that range could not be compared exactly.
        if (!bound.Value.TryGetDecimal(out var value) || (isInteger && (decimal.Truncate(value) != value || value < long.MinValue || value > long.MaxValue)))
        {
            Report(SchemaDiagnosticCatalog.InvalidKeywordValue, bound.Value.Location, keyword, isInteger ? "an integer within the 64-bit range" : "a number",
                bound.Value.Kind == JsonSyntaxKind.Number ? bound.Value.Text : bound.Value.KindDescription);
            return null;
        }

        return value;
    }

    private PropertyModel? ReadStringProperty(JsonSyntaxProperty property, string clrName, bool isRequired, string? title, string? description, string? group, string ownerClrName)
    {
        var node = property.Value;
        if (!CheckKeywords(node, StringKeywords))
        {
            return null;
        }

        var values = new List<string>();
        var enumNode = node.Find("enum");
        var constNode = node.Find("const");
        if (enumNode is not null && constNode is not null)
        {
            Report(SchemaDiagnosticCatalog.UnsupportedConstruct, constNode.NameLocation, "'enum' and 'const' together");
            return null;
        }

        if (constNode is not null)
        {
            if (constNode.Value.Kind != JsonSyntaxKind.String)
            {
                Report(SchemaDiagnosticCatalog.InvalidKeywordValue, constNode.Value.Location, "const", "a string", constNode.Value.KindDescription);
                return null;
            }

            values.Add(constNode.Value.Text!);
        }

        if (enumNode is not null)
        {
            if (enumNode.Value.Kind != JsonSyntaxKind.Array || enumNode.Value.Items.Count == 0)
            {
                Report(SchemaDiagnosticCatalog.InvalidKeywordValue, enumNode.Value.Location, "enum", "a non-empty array of strings", enumNode.Value.KindDescription);
                return null;
            }

            foreach (var item in enumNode.Value.Items)
            {
                if (item.Kind != JsonSyntaxKind.String)
                {
                    Report(SchemaDiagnosticCatalog.InvalidKeywordValue, item.Location, "enum", "an array of strings", "an array holding " + item.KindDescription);
                    return null;
                }

                if (!values.Contains(item.Text!))
                {
                    values.Add(item.Text!);
                }
            }
        }

        var minLength = ReadLength(node, "minLength");
        var maxLength = ReadLength(node, "maxLength");
        string? format = null;
        if (node.Find("format") is { } formatNode)
        {
            if (formatNode.Value.Kind != JsonSyntaxKind.String || formatNode.Value.Text != "date")
            {
                Report(SchemaDiagnosticCatalog.UnsupportedConstruct, formatNode.Value.Location, "a string 'format' other than \"date\"");
                return null;
            }

            format = "date";
        }

        string? enumName = null;
        var members = new List<string>();
        if (values.Count > 1)
        {
            // A C# enum named after the property (after its record too when the name is taken), a member per value.
            var candidate = CSharpIdentifier.ToPascalCase(property.Name, "Value").TrimStart('@');
            enumName = _typeNames.Take(candidate, ownerClrName + candidate);
            var memberNames = new NameScope([enumName, "value__"]);
            foreach (var value in values)
            {
                members.Add(memberNames.Take(CSharpIdentifier.ToPascalCase(value, "Value")));
            }
        }

        return new PropertyModel(property.Name, clrName, title, description, isRequired, ValueKind.String, -1, false, null, null,
            EquatableArray<string>.From(values), minLength, maxLength, format, group, enumName, EquatableArray<string>.From(members));
    }

    private int? ReadLength(JsonSyntaxNode node, string keyword)
    {
        var length = node.Find(keyword);
        if (length is null)
        {
            return null;
        }

        if (length.Value.Kind != JsonSyntaxKind.Number || !int.TryParse(length.Value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Report(SchemaDiagnosticCatalog.InvalidKeywordValue, length.Value.Location, keyword, "a non-negative integer", length.Value.Kind == JsonSyntaxKind.Number ? length.Value.Text : length.Value.KindDescription);
            return null;
        }

        return value;
    }

    private JsonSyntaxNode? FindReference(JsonSyntaxNode node)
    {
        if (node.Find("$ref") is { } direct)
        {
            if (direct.Value.Kind == JsonSyntaxKind.String)
            {
                return direct.Value;
            }

            Report(SchemaDiagnosticCatalog.InvalidKeywordValue, direct.Value.Location, "$ref", "a string", direct.Value.KindDescription);
            return null;
        }

        if (node.Find("allOf") is { } allOf
            && allOf.Value.Kind == JsonSyntaxKind.Array
            && allOf.Value.Items.Count == 1
            && allOf.Value.Items[0].Kind == JsonSyntaxKind.Object
            && allOf.Value.Items[0].Properties.Count == 1
            && allOf.Value.Items[0].Find("$ref") is { Value.Kind: JsonSyntaxKind.String } reference)
        {
            return reference.Value;
        }

        return null;
    }

    private int ResolveDefinition(string reference, TextLocation location)
    {
        if (_definitionTypes.TryGetValue(reference, out var known))
        {
            return known;
        }

        if (!_definitions.TryGetValue(reference, out var definition))
        {
            Report(SchemaDiagnosticCatalog.InvalidReference, location, reference,
                reference.StartsWith("#/", StringComparison.Ordinal)
                    ? "no such definition under 'definitions' or '$defs'"
                    : "only local references to '#/definitions/…' or '#/$defs/…' are supported");
            return -1;
        }

        if (_definitionsInProgress.Contains(reference))
        {
            Report(SchemaDiagnosticCatalog.InvalidReference, location, reference,
                "it is cyclic (" + string.Join(" → ", _definitionsInProgress) + " → " + reference + "); a report has a fixed, finite set of cells");
            _definitionTypes[reference] = -1;
            return -1;
        }

        _definitionsInProgress.Add(reference);
        var name = definition.Name;
        var index = ReadObjectType(definition.Value, reference, CSharpIdentifier.ToPascalCase(name, "Definition").TrimStart('@'), null, isRoot: false);
        _definitionsInProgress.RemoveAt(_definitionsInProgress.Count - 1);
        _definitionTypes[reference] = index;
        return index;
    }

    private long CountCells(int typeIndex, long[] counts)
    {
        if (counts[typeIndex] != 0)
        {
            return counts[typeIndex];
        }

        long total = 0;
        foreach (var property in _types[typeIndex].Properties)
        {
            total += property.Kind switch
            {
                ValueKind.Object => CountCells(property.ObjectTypeIndex, counts),

                // The length cell, then a slot range for every possible item.
                ValueKind.Array => 1 + ((long)property.MaxItems * (property.HasCellItems ? 1 : CountCells(property.ObjectTypeIndex, counts))),
                _ => 1,
            };
            if (total > MaxCells)
            {
                break;
            }
        }

        // Capped just past the limit: a count multiplied by the rows of nested arrays then cannot overflow.
        counts[typeIndex] = Math.Max(Math.Min(total, MaxCells + 1L), 1);
        return counts[typeIndex];
    }

    private bool ExpectType(JsonSyntaxNode node, string expected)
    {
        var type = node.Find("type");
        if (type is { Value.Kind: JsonSyntaxKind.String } && type.Value.Text == expected)
        {
            return true;
        }

        Report(SchemaDiagnosticCatalog.InvalidKeywordValue, type?.Value.Location ?? node.Location, "type", $"\"{expected}\"",
            type is null ? "missing" : type.Value.Kind == JsonSyntaxKind.String ? "\"" + type.Value.Text + "\"" : type.Value.KindDescription);
        return false;
    }

    private bool CheckKeywords(JsonSyntaxNode node, HashSet<string> allowed)
    {
        var ok = true;
        foreach (var property in node.Properties)
        {
            if (allowed.Contains(property.Name) || (property.Name.StartsWith("x-", StringComparison.Ordinal) && !property.Name.StartsWith("x-govinfo-", StringComparison.Ordinal)))
            {
                continue;
            }

            Report(SchemaDiagnosticCatalog.UnsupportedConstruct, property.NameLocation, $"the keyword '{property.Name}' is not supported here");
            ok = false;
        }

        foreach (var annotation in AnnotationKeywords)
        {
            if (node.Find(annotation) is { } value && value.Value.Kind != JsonSyntaxKind.String)
            {
                Report(SchemaDiagnosticCatalog.InvalidKeywordValue, value.Value.Location, annotation, "a string", value.Value.KindDescription);
                ok = false;
            }
        }

        return ok;
    }

    // The name as a reader can see it: invisible characters written as \uXXXX.
    private static string Visible(string name)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            _ = NameCharacters.FindProblem(c.ToString()) is null || char.IsSurrogate(c) ? builder.Append(c) : builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static string? ReadString(JsonSyntaxNode node, string keyword)
        => node.Find(keyword) is { Value.Kind: JsonSyntaxKind.String } property ? property.Value.Text : null;

    private static readonly string[] AnnotationKeywords = ["title", "description", "x-govinfo-group", "x-govinfo-header", "x-govinfo-note", "$comment"];

    private static readonly HashSet<string> CommonKeywords = new(StringComparer.Ordinal) { "title", "description", "$comment", "examples" };

    private static readonly HashSet<string> ObjectKeywords = new(CommonKeywords, StringComparer.Ordinal)
    {
        "type", "properties", "required", "additionalProperties", "x-govinfo-rules", "x-govinfo-header", "x-govinfo-note", "x-govinfo-group",
        "x-govinfo-layout",
    };

    private static readonly HashSet<string> RootKeywords = new(ObjectKeywords, StringComparer.Ordinal)
    {
        "$schema", "$id", "definitions", "$defs", "x-govinfo-template",
    };

    private static readonly HashSet<string> ReferenceKeywords = new(CommonKeywords, StringComparer.Ordinal) { "$ref", "allOf", "x-govinfo-group" };

    private static readonly HashSet<string> NumericKeywords = new(CommonKeywords, StringComparer.Ordinal)
    {
        "type", "format", "minimum", "maximum", "x-govinfo-group",
    };

    private static readonly HashSet<string> StringKeywords = new(CommonKeywords, StringComparer.Ordinal)
    {
        "type", "enum", "const", "minLength", "maxLength", "format", "x-govinfo-group",
    };

    private static readonly HashSet<string> ArrayKeywords = new(CommonKeywords, StringComparer.Ordinal) { "type", "items", "maxItems", "x-govinfo-group" };

    private static readonly HashSet<string> BooleanKeywords = new(CommonKeywords, StringComparer.Ordinal) { "type", "x-govinfo-group" };

    private static readonly HashSet<string> AnyPropertyKeywords = new(ObjectKeywords.Concat(ReferenceKeywords).Concat(NumericKeywords).Concat(StringKeywords), StringComparer.Ordinal);

    /// <summary>Array keywords of draft-07 the language refuses, with the reason a maintainer needs.</summary>
    private static readonly Dictionary<string, string> RefusedArrayKeywords = new(StringComparer.Ordinal)
    {
        ["minItems"] = "the keyword 'minItems' (a table may have any number of rows up to 'maxItems'; state a lower bound as a rule over the rows)",
        ["uniqueItems"] = "the keyword 'uniqueItems' (rows are compared by no key)",
        ["contains"] = "the keyword 'contains' (every row has the one schema of 'items')",
        ["additionalItems"] = "the keyword 'additionalItems' ('items' gives the one schema of every row; tuples are not supported)",
    };
}
