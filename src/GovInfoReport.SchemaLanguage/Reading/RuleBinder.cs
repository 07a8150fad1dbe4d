using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Text.RegularExpressions;
using GovInfoReport.SchemaLanguage.Diagnostics;
using GovInfoReport.SchemaLanguage.Json;
using GovInfoReport.SchemaLanguage.Model;
using GovInfoReport.SchemaLanguage.Rules;

namespace GovInfoReport.SchemaLanguage.Reading;

/// <summary>
/// Binds the rules declared on one object type: parses each <c>assert</c>, resolves its paths against the types,
/// unrolls <c>forEach</c> and <c>sum(… * …)</c>, checks that every operand is a numeric cell, and parses the
/// messages. The result is data the generator turns into straight-line code and the interpreter evaluates.
/// </summary>
internal sealed class RuleBinder(SchemaReader reader, int typeIndex)
{
    private static readonly Regex RuleIdPattern = new("^[A-Za-z][A-Za-z0-9_.-]{0,63}$", RegexOptions.CultureInvariant);
    private static readonly Regex IdentifierPattern = new("^[A-Za-z_][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant);
    private static readonly HashSet<string> RuleMembers = new(StringComparer.Ordinal)
    {
        "id", "severity", "kind", "message", "description", "assert", "forEach", "at", "keywords",
    };

    private static readonly HashSet<string> StructuralKeywordNames = new(StringComparer.Ordinal) { "type", "minimum", "maximum" };

    // The array the current rule's forEach iterates, when it iterates rows: its variable then stands for a row index.
    private EquatableArray<string>? _rowArray;

    /// <summary>Binds one rule declaration.</summary>
    /// <param name="node">The rule object.</param>
    /// <param name="ruleIds">Rule ids already declared in the schema, to reject duplicates.</param>
    /// <returns>The rule, or null when it has errors (reported).</returns>
    public RuleModel? Bind(JsonSyntaxNode node, Dictionary<string, TextLocation> ruleIds)
    {
        if (reader.RuleBudgetExhausted)
        {
            return null;
        }

        try
        {
            return BindRule(node, ruleIds);
        }
        catch (RuleBudgetException)
        {
            // Reported once, at the rule that crossed it: the rules after it would only repeat the same message.
            reader.RuleBudgetExhausted = true;
            reader.Report(SchemaDiagnosticCatalog.LimitExceeded, node.Location,
                $"with this rule, the rules of a report make more than {SchemaReader.MaxRuleCellReads} cell reads (every forEach, sum(…*…) and use of the declaring object counted); sum fewer cells, or declare the rule on a smaller object");
            return null;
        }
    }

    private RuleModel? BindRule(JsonSyntaxNode node, Dictionary<string, TextLocation> ruleIds)
    {
        if (node.Kind != JsonSyntaxKind.Object)
        {
            reader.Report(SchemaDiagnosticCatalog.InvalidRule, node.Location, "a rule must be an object, not " + node.KindDescription);
            return null;
        }

        foreach (var member in node.Properties)
        {
            if (!RuleMembers.Contains(member.Name))
            {
                reader.Report(SchemaDiagnosticCatalog.InvalidRule, member.NameLocation, $"unknown member '{member.Name}' (known: {string.Join(", ", RuleMembers)})");
                return null;
            }
        }

        var idNode = RequireString(node, "id");
        if (idNode is null)
        {
            return null;
        }

        var id = idNode.Text!;
        if (!RuleIdPattern.IsMatch(id))
        {
            reader.Report(SchemaDiagnosticCatalog.InvalidRule, idNode.Location, $"the rule id '{id}' must start with a letter and hold only letters, digits, '_', '.' or '-' (64 at most)");
            return null;
        }

        if (ruleIds.ContainsKey(id))
        {
            reader.Report(SchemaDiagnosticCatalog.DuplicateRuleId, idNode.Location, id);
            return null;
        }

        ruleIds.Add(id, idNode.Location);
        var severityNode = RequireString(node, "severity");
        if (severityNode is null)
        {
            return null;
        }

        RuleSeverity severity;
        switch (severityNode.Text)
        {
            case "error": severity = RuleSeverity.Error; break;
            case "warning": severity = RuleSeverity.Warning; break;
            default:
                reader.Report(SchemaDiagnosticCatalog.InvalidRule, severityNode.Location, $"rule '{id}': severity must be \"error\" or \"warning\", not \"{severityNode.Text}\"");
                return null;
        }

        var kindNode = node.Find("kind");
        var isStructural = false;
        if (kindNode is not null)
        {
            if (kindNode.Value.Kind != JsonSyntaxKind.String || kindNode.Value.Text is not ("assertion" or "structural"))
            {
                reader.Report(SchemaDiagnosticCatalog.InvalidRule, kindNode.Value.Location, $"rule '{id}': kind must be \"assertion\" or \"structural\"");
                return null;
            }

            isStructural = kindNode.Value.Text == "structural";
        }

        return isStructural ? BindStructural(node, id, severity) : BindAssertion(node, id, severity);
    }

    private RuleModel? BindStructural(JsonSyntaxNode node, string id, RuleSeverity severity)
    {
        foreach (var member in new[] { "assert", "forEach", "at" })
        {
            if (node.Find(member) is { } misplaced)
            {
                reader.Report(SchemaDiagnosticCatalog.InvalidRule, misplaced.NameLocation, $"rule '{id}': a structural rule has no '{member}'");
                return null;
            }
        }

        var keywordsNode = node.Find("keywords");
        if (keywordsNode is null || keywordsNode.Value.Kind != JsonSyntaxKind.Array || keywordsNode.Value.Items.Count == 0)
        {
            reader.Report(SchemaDiagnosticCatalog.InvalidRule, keywordsNode?.Value.Location ?? node.Location, $"rule '{id}': a structural rule needs 'keywords', a non-empty array of \"type\", \"minimum\", \"maximum\"");
            return null;
        }

        var keywords = new List<string>();
        foreach (var item in keywordsNode.Value.Items)
        {
            if (item.Kind != JsonSyntaxKind.String || !StructuralKeywordNames.Contains(item.Text!) || keywords.Contains(item.Text!))
            {
                reader.Report(SchemaDiagnosticCatalog.InvalidRule, item.Location, $"rule '{id}': 'keywords' holds \"type\", \"minimum\" or \"maximum\", each once");
                return null;
            }

            keywords.Add(item.Text!);
        }

        if (!BindMessages(node, id, null, out var zh, out var en))
        {
            return null;
        }

        return new RuleModel(id, severity, RuleKind.Structural, string.Empty, zh, en, EquatableArray<AssertionModel>.Empty, EquatableArray<string>.From(keywords));
    }

    private RuleModel? BindAssertion(JsonSyntaxNode node, string id, RuleSeverity severity)
    {
        if (node.Find("keywords") is { } keywords)
        {
            reader.Report(SchemaDiagnosticCatalog.InvalidRule, keywords.NameLocation, $"rule '{id}': 'keywords' belongs to structural rules");
            return null;
        }

        var assertNode = RequireString(node, "assert");
        if (assertNode is null)
        {
            return null;
        }

        _rowArray = null;

        ComparisonSyntax comparison;
        try
        {
            comparison = RuleExpressionParser.ParseAssertion(assertNode.Text!);
        }
        catch (RuleSyntaxException error)
        {
            reader.Report(SchemaDiagnosticCatalog.RuleSyntax, reader.LocateInString(assertNode, error.Offset, 1), id, error.Message + " (column " + (error.Offset + 1) + " of the expression)");
            return null;
        }

        string? variable = null;
        var variants = new List<PropertyModel?> { null };
        if (node.Find("forEach") is { } forEach)
        {
            if (!BindForEach(forEach.Value, id, out variable, out var properties))
            {
                return null;
            }

            variants = properties;
        }

        PathSyntax? at = null;
        var atNode = node.Find("at");
        if (atNode is not null)
        {
            if (atNode.Value.Kind != JsonSyntaxKind.String)
            {
                reader.Report(SchemaDiagnosticCatalog.InvalidRule, atNode.Value.Location, $"rule '{id}': 'at' must be a path string");
                return null;
            }

            try
            {
                at = RuleExpressionParser.ParsePath(atNode.Value.Text!);
            }
            catch (RuleSyntaxException error)
            {
                reader.Report(SchemaDiagnosticCatalog.RuleSyntax, reader.LocateInString(atNode.Value, error.Offset, 1), id, error.Message);
                return null;
            }
        }

        var assertions = new List<AssertionModel>();
        foreach (var variant in variants)
        {
            try
            {
                var left = BindSide(comparison.Left, variable, variant?.JsonName, "left");
                var right = BindSide(comparison.Right, variable, variant?.JsonName, "right");
                var atPath = at is null
                    ? (left.FirstAt ?? EquatableArray<string>.Empty)
                    : BindAt(at, variable, variant?.JsonName);
                var row = _rowArray is { } rows ? new EquatableArray<string>([.. rows, variant!.JsonName]) : default;
                assertions.Add(new AssertionModel(left.Expression, comparison.Operator, right.Expression, atPath, variant?.JsonName, variant?.Title ?? variant?.JsonName,
                    variant?.Description ?? variant?.JsonName, ChooseArithmetic(left, right), row));
            }
            catch (BindingException error)
            {
                // One report per rule: the same mistake would repeat in every for-each variant.
                var source = error.InAt ? atNode!.Value : assertNode;
                reader.Report(error.Descriptor, reader.LocateInString(source, error.Offset, error.Length), error.Arguments);
                return null;
            }
        }

        if (!BindMessages(node, id, variable, out var zh, out var en))
        {
            return null;
        }

        return new RuleModel(id, severity, RuleKind.Assertion, assertNode.Text!, zh, en, EquatableArray<AssertionModel>.From(assertions), EquatableArray<string>.Empty);

        EquatableArray<string> BindAt(PathSyntax path, string? variableName, string? variableValue)
        {
            try
            {
                return ResolvePath(id, path, variableName, variableValue, allowWildcard: false, requireNumeric: false)[0].Path;
            }
            catch (BindingException error)
            {
                throw new BindingException(error.Descriptor, error.Offset, error.Length, error.Arguments) { InAt = true };
            }
        }

        BoundSide BindSide(RuleSyntax syntax, string? variableName, string? variableValue, string sideName)
        {
            var side = new BoundSide { Charge = ChargeRead };
            Collect(syntax, false, variableName, variableValue, side);

            // The literals are summed exactly; a constant decimal cannot hold is a mistake in the schema, found here.
            if (!ExactDecimal.TryFromScaled(side.Constant, out var constant))
            {
                throw new BindingException(SchemaDiagnosticCatalog.RuleArithmeticRange, 0, assertNode.Text!.Length, id,
                    $"the numbers of its {sideName} side add up to more than exact decimal arithmetic holds (28 decimal places, magnitude up to 79228162514264337593543950335)");
            }

            side.Expression = new LinearExpression(EquatableArray<LinearTerm>.From(side.Terms), constant);
            return side;
        }

        void Collect(RuleSyntax syntax, bool negate, string? variableName, string? variableValue, BoundSide side)
        {
            switch (syntax)
            {
                case NumberSyntax number:
                    var scaled = ExactDecimal.ToScaled(number.Value);
                    side.Constant += negate ? -scaled : scaled;
                    break;
                case NegationSyntax negation:
                    Collect(negation.Operand, !negate, variableName, variableValue, side);
                    break;
                case BinarySyntax binary:
                    Collect(binary.Left, negate, variableName, variableValue, side);
                    Collect(binary.Right, negate ^ binary.IsSubtraction, variableName, variableValue, side);
                    break;
                case SumSyntax sum:
                    foreach (var cell in ResolvePath(id, sum.Path, variableName, variableValue, allowWildcard: true, requireNumeric: true))
                    {
                        // An issue about a sum over rows points at the array, not at a row the payload may lack.
                        var atPath = cell.WildcardArrayEnd < 0 ? cell.Path : new EquatableArray<string>(cell.Path.Take(cell.WildcardArrayEnd).ToArray());
                        side.Add(new LinearTerm(negate, cell.Path), cell.Property!, atPath);
                    }

                    break;
                case PathSyntax path:
                    var resolved = ResolvePath(id, path, variableName, variableValue, allowWildcard: false, requireNumeric: true)[0];
                    side.Add(new LinearTerm(negate, resolved.Path), resolved.Property!, resolved.Path);
                    break;
            }
        }
    }

    // The narrowest arithmetic in which neither side can wrap: a bound on each side's magnitude from its cells' widths.
    private static ArithmeticKind ChooseArithmetic(BoundSide left, BoundSide right)
    {
        if (left.HasDecimal || right.HasDecimal || !ExactDecimal.IsInteger(left.Constant) || !ExactDecimal.IsInteger(right.Constant))
        {
            return ArithmeticKind.Decimal;
        }

        var limit = new BigInteger(long.MaxValue);
        return left.Bound() <= limit && right.Bound() <= limit ? ArithmeticKind.Int64 : ArithmeticKind.Int128;
    }

    private bool BindForEach(JsonSyntaxNode forEach, string id, out string? variable, out List<PropertyModel?> properties)
    {
        variable = null;
        properties = new List<PropertyModel?>();
        var name = forEach.Find("name");
        var target = forEach.Find("in");
        if (forEach.Kind != JsonSyntaxKind.Object || name is not { Value.Kind: JsonSyntaxKind.String } || target is not { Value.Kind: JsonSyntaxKind.String }
            || forEach.Properties.Count != 2)
        {
            reader.Report(SchemaDiagnosticCatalog.InvalidRule, forEach.Location, $"rule '{id}': 'forEach' must be {{\"name\": \"variable\", \"in\": \"path.to.object.or.array\"}}");
            return false;
        }

        if (!IdentifierPattern.IsMatch(name.Value.Text!))
        {
            reader.Report(SchemaDiagnosticCatalog.InvalidRule, name.Value.Location, $"rule '{id}': the for-each name '{name.Value.Text}' must be an identifier (letters, digits, '_')");
            return false;
        }

        try
        {
            var path = RuleExpressionParser.ParsePath(target.Value.Text!);
            var resolved = ResolvePath(id, path, null, null, allowWildcard: false, requireNumeric: false)[0];
            if (resolved.Property is { Kind: ValueKind.Array } array)
            {
                // Over an array the variable stands for each row index, so `lines.$row.amount` is that row's cell.
                variable = name.Value.Text;
                _rowArray = resolved.Path;
                for (var row = 0; row < array.MaxItems; row++)
                {
                    properties.Add(array.ItemCell(row));
                }

                if (properties.Count == 0)
                {
                    reader.Report(SchemaDiagnosticCatalog.InvalidRule, target.Value.Location, $"rule '{id}': 'forEach.in' names an array of 'maxItems' 0");
                    return false;
                }

                return true;
            }

            if (resolved.TypeIndex < 0)
            {
                reader.Report(SchemaDiagnosticCatalog.RuleNonNumericOperand, target.Value.Location, id, target.Value.Text, "a cell; 'forEach.in' must name an object whose properties are iterated, or an array whose rows are");
                return false;
            }

            variable = name.Value.Text;
            foreach (var property in reader.Types[resolved.TypeIndex].Properties)
            {
                properties.Add(property);
            }

            if (properties.Count == 0)
            {
                reader.Report(SchemaDiagnosticCatalog.InvalidRule, target.Value.Location, $"rule '{id}': 'forEach.in' names an object with no properties");
                return false;
            }

            return true;
        }
        catch (RuleSyntaxException error)
        {
            reader.Report(SchemaDiagnosticCatalog.RuleSyntax, reader.LocateInString(target.Value, error.Offset, 1), id, error.Message);
            return false;
        }
        catch (BindingException error)
        {
            reader.Report(error.Descriptor, reader.LocateInString(target.Value, error.Offset, error.Length), error.Arguments);
            return false;
        }
    }

    private bool BindMessages(JsonSyntaxNode node, string id, string? variable, out EquatableArray<MessagePart> zh, out EquatableArray<MessagePart> en)
    {
        zh = EquatableArray<MessagePart>.Empty;
        en = EquatableArray<MessagePart>.Empty;
        var message = node.Find("message");
        if (message is null || message.Value.Kind != JsonSyntaxKind.Object)
        {
            reader.Report(SchemaDiagnosticCatalog.InvalidRule, message?.Value.Location ?? node.Location, $"rule '{id}': 'message' must be an object with \"zh\" and \"en\" strings");
            return false;
        }

        var parsed = new EquatableArray<MessagePart>[2];
        var languages = new[] { "zh", "en" };
        for (var i = 0; i < 2; i++)
        {
            var text = message.Value.Find(languages[i]);
            if (text is null || text.Value.Kind != JsonSyntaxKind.String || string.IsNullOrEmpty(text.Value.Text))
            {
                reader.Report(SchemaDiagnosticCatalog.InvalidRule, text?.Value.Location ?? message.Value.Location, $"rule '{id}': 'message.{languages[i]}' must be a non-empty string");
                return false;
            }

            if (!MessageTemplateParser.TryParse(text.Value.Text!, variable, out var parts, out var error, out var unknown))
            {
                if (unknown is not null)
                {
                    var offset = text.Value.Text!.IndexOf("{" + unknown + "}", StringComparison.Ordinal);
                    reader.Report(SchemaDiagnosticCatalog.UnknownPlaceholder, reader.LocateInString(text.Value, offset, unknown.Length + 2), id, unknown, MessageTemplateParser.KnownPlaceholders(variable));
                }
                else
                {
                    reader.Report(SchemaDiagnosticCatalog.InvalidRule, text.Value.Location, $"rule '{id}': message.{languages[i]}: {error}");
                }

                return false;
            }

            parsed[i] = EquatableArray<MessagePart>.From(parts);
        }

        zh = parsed[0];
        en = parsed[1];
        return true;
    }

    private List<ResolvedCell> ResolvePath(string id, PathSyntax path, string? variableName, string? variableValue, bool allowWildcard, bool requireNumeric)
    {
        var current = new List<ResolvedCell> { new(EquatableArray<string>.Empty, typeIndex, null) };
        var end = path.Offset;
        foreach (var segment in path.Segments)
        {
            end = segment.Offset + segment.Text.Length;
            var next = new List<ResolvedCell>();
            foreach (var cell in current)
            {
                if (cell.Property is { Kind: ValueKind.Array } array)
                {
                    next.AddRange(StepIntoRows(id, path, segment, cell, array, variableName, variableValue, allowWildcard));
                    continue;
                }

                if (cell.TypeIndex < 0)
                {
                    throw new BindingException(SchemaDiagnosticCatalog.RuleUnknownPath, path.Offset, end - path.Offset,
                        id, path.Text, $"'{string.Join(".", cell.Path)}' is a cell and has no properties");
                }

                var type = reader.Types[cell.TypeIndex];
                switch (segment.Kind)
                {
                    case PathSegmentKind.Wildcard:
                        if (!allowWildcard)
                        {
                            throw new BindingException(SchemaDiagnosticCatalog.RuleSyntax, segment.Offset, 1, id, "the wildcard '*' is allowed only inside sum(…)");
                        }

                        foreach (var property in type.Properties)
                        {
                            next.Add(Step(cell, property));
                        }

                        break;
                    case PathSegmentKind.Variable:
                        if (variableName is null || segment.Name != variableName)
                        {
                            throw new BindingException(SchemaDiagnosticCatalog.RuleUnknownPath, segment.Offset, segment.Text.Length, id, segment.Text,
                                variableName is null ? "the rule has no forEach" : $"the for-each variable is '${variableName}'");
                        }

                        next.Add(Step(cell, Find(type, variableValue!)
                            ?? throw new BindingException(SchemaDiagnosticCatalog.RuleUnknownPath, segment.Offset, segment.Text.Length, id, segment.Text,
                                $"'{type.ClrName}' has no property '{variableValue}' for this value of ${variableName}")));
                        break;
                    default:
                        next.Add(Step(cell, Find(type, segment.Name)
                            ?? throw new BindingException(SchemaDiagnosticCatalog.RuleUnknownPath, segment.Offset, segment.Text.Length, id, path.Text,
                                cell.Path.Count == 0
                                    ? $"the object the rule is declared on has no property '{segment.Name}'"
                                    : $"'{string.Join(".", cell.Path)}' has no property '{segment.Name}'")));
                        break;
                }
            }

            current = next;
        }

        if (current.Count == 0)
        {
            throw new BindingException(SchemaDiagnosticCatalog.RuleUnknownPath, path.Offset, end - path.Offset, id, path.Text, "it selects no cell");
        }

        if (requireNumeric)
        {
            foreach (var cell in current)
            {
                if (cell.Property is null || !cell.Property.IsNumeric)
                {
                    var what = cell.Property?.Kind switch
                    {
                        null or ValueKind.Object => "an object",
                        ValueKind.Array => "an array (sum its rows with sum(…*…))",
                        _ => "a string",
                    };
                    throw new BindingException(SchemaDiagnosticCatalog.RuleNonNumericOperand, path.Offset, end - path.Offset, id, string.Join(".", cell.Path), what);
                }
            }
        }

        return current;
    }

    private static ResolvedCell Step(ResolvedCell from, PropertyModel property)
    {
        var segments = new string[from.Path.Count + 1];
        for (var i = 0; i < from.Path.Count; i++)
        {
            segments[i] = from.Path[i];
        }

        segments[from.Path.Count] = property.JsonName;
        return new ResolvedCell(new EquatableArray<string>(segments), property.Kind == ValueKind.Object ? property.ObjectTypeIndex : -1, property, from.WildcardArrayEnd);
    }

    // The segment after an array selects rows: '*' every possible row (inside sum), the forEach variable its row.
    private List<ResolvedCell> StepIntoRows(string id, PathSyntax path, PathSegmentSyntax segment, ResolvedCell cell, PropertyModel array, string? variableName, string? variableValue, bool allowWildcard)
    {
        var rows = new List<ResolvedCell>();
        switch (segment.Kind)
        {
            case PathSegmentKind.Wildcard:
                if (!allowWildcard)
                {
                    throw new BindingException(SchemaDiagnosticCatalog.RuleSyntax, segment.Offset, 1, id, "the wildcard '*' is allowed only inside sum(…)");
                }

                for (var row = 0; row < array.MaxItems; row++)
                {
                    rows.Add(Row(row, cell.WildcardArrayEnd < 0 ? cell.Path.Count : cell.WildcardArrayEnd));
                }

                break;
            case PathSegmentKind.Variable when variableName is not null && segment.Name == variableName && _rowArray is { } iterated && iterated.Equals(cell.Path):
                rows.Add(Row(int.Parse(variableValue!, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture), cell.WildcardArrayEnd));
                break;
            default:
                throw new BindingException(SchemaDiagnosticCatalog.RuleUnknownPath, segment.Offset, segment.Text.Length, id, path.Text,
                    $"'{string.Join(".", cell.Path)}' is an array: select its rows with '*' inside sum(…), or with the variable of a forEach over it");
        }

        return rows;

        ResolvedCell Row(int row, int wildcardArrayEnd)
        {
            var item = array.ItemCell(row);
            var segments = new List<string>(cell.Path) { item.JsonName };
            return array.HasCellItems
                ? new ResolvedCell(new EquatableArray<string>(segments.ToArray()), -1, item, wildcardArrayEnd)
                : new ResolvedCell(new EquatableArray<string>(segments.ToArray()), array.ObjectTypeIndex, null, wildcardArrayEnd);
        }
    }

    private static PropertyModel? Find(TypeBuilder type, string jsonName)
    {
        foreach (var property in type.Properties)
        {
            if (string.Equals(property.JsonName, jsonName, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }

    private JsonSyntaxNode? RequireString(JsonSyntaxNode node, string member)
    {
        var property = node.Find(member);
        if (property is { Value.Kind: JsonSyntaxKind.String } && !string.IsNullOrEmpty(property.Value.Text))
        {
            return property.Value;
        }

        reader.Report(SchemaDiagnosticCatalog.InvalidRule, property?.Value.Location ?? node.Location, $"a rule needs '{member}', a non-empty string");
        return null;
    }

    private sealed class BoundSide
    {
        private static readonly BigInteger Int32Magnitude = BigInteger.One << 31;
        private static readonly BigInteger Int64Magnitude = BigInteger.One << 63;
        private static readonly BigInteger ScaleUnit = BigInteger.Pow(10, ExactDecimal.MaxScale);

        public List<LinearTerm> Terms { get; } = new();

        /// <summary>Charges one cell read per instance of the declaring type; throws past the budget, before anything large is built.</summary>
        public Action Charge { get; set; } = () => { };

        public BigInteger Constant { get; set; }

        public bool HasDecimal { get; private set; }

        public LinearExpression Expression { get; set; } = null!;

        private BigInteger CellMagnitudes { get; set; }

        /// <summary>Where an issue points by default when this side comes first: its first term's cell (or array).</summary>
        public EquatableArray<string>? FirstAt { get; private set; }

        public void Add(LinearTerm term, PropertyModel property, EquatableArray<string> at)
        {
            Charge();
            FirstAt ??= at;
            Terms.Add(term);
            HasDecimal |= property.Kind == ValueKind.Number;
            CellMagnitudes += property.IsInt64 ? Int64Magnitude : Int32Magnitude;
        }

        // The largest magnitude the side can take: every cell at its width's extreme, plus the constant.
        public BigInteger Bound() => CellMagnitudes + (BigInteger.Abs(Constant) / ScaleUnit);
    }

    // WildcardArrayEnd: when the path took every row of an array ('*'), the length of the path up to that array; else -1.
    private sealed record ResolvedCell(EquatableArray<string> Path, int TypeIndex, PropertyModel? Property, int WildcardArrayEnd = -1);

    private void ChargeRead()
    {
        reader.RuleCellReads += typeIndex < reader.RuleInstances.Length ? Math.Max(1, reader.RuleInstances[typeIndex]) : 1;
        if (reader.RuleCellReads > SchemaReader.MaxRuleCellReads)
        {
            throw new RuleBudgetException();
        }
    }

    private sealed class RuleBudgetException : Exception
    {
    }

    private sealed class BindingException(SchemaDiagnosticDescriptor descriptor, int offset, int length, params object?[] arguments) : Exception
    {
        public SchemaDiagnosticDescriptor Descriptor { get; } = descriptor;

        public int Offset { get; } = offset;

        public int Length { get; } = length;

        public object?[] Arguments { get; } = arguments;

        public bool InAt { get; init; }
    }
}
