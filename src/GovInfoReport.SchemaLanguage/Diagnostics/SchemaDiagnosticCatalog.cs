using System.Collections.Generic;

namespace GovInfoReport.SchemaLanguage.Diagnostics;

/// <summary>
/// Every diagnostic the schema language reports. Ids are stable: once published an id keeps its meaning, so
/// users can suppress or search for them. Documented in docs/diagnostics.md.
/// </summary>
public static class SchemaDiagnosticCatalog
{
    /// <summary>GIR0001: the file is not well-formed JSON.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidJson = new(
        "GIR0001", "Schema file is not valid JSON", "The schema is not valid JSON: {0}", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0002: a JSON Schema construct the generator does not compile.</summary>
    public static readonly SchemaDiagnosticDescriptor UnsupportedConstruct = new(
        "GIR0002", "Unsupported schema construct", "Unsupported schema construct: {0}", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0003: a keyword whose value has the wrong JSON type or range.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidKeywordValue = new(
        "GIR0003", "Invalid keyword value", "The keyword '{0}' must be {1}, but it is {2}", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0004: a <c>$ref</c> that does not resolve, or resolves into a cycle.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidReference = new(
        "GIR0004", "Invalid $ref", "The reference '{0}' cannot be used: {1}", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0005: two JSON names that map to one C# name; the later one is renamed.</summary>
    public static readonly SchemaDiagnosticDescriptor NameCollision = new(
        "GIR0005", "Names collide in C#", "'{0}' maps to the C# name '{1}', which is already taken; it is generated as '{2}'", SchemaDiagnosticSeverity.Warning);

    /// <summary>GIR0006: the same property name twice in one JSON object.</summary>
    public static readonly SchemaDiagnosticDescriptor DuplicateKey = new(
        "GIR0006", "Duplicate property name", "The property name '{0}' appears more than once in this object", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0007: a size or nesting limit of the schema language was exceeded.</summary>
    public static readonly SchemaDiagnosticDescriptor LimitExceeded = new(
        "GIR0007", "Schema limit exceeded", "The schema exceeds a limit: {0}", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0008: a required property the object schema does not define.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownRequiredProperty = new(
        "GIR0008", "Required property not defined", "'required' names '{0}', which is not in 'properties'", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0009: two schemas of one project would generate the same type.</summary>
    public static readonly SchemaDiagnosticDescriptor DuplicateGeneratedType = new(
        "GIR0009", "Generated type declared twice", "Another schema already generates '{0}'; give this schema its own type name or namespace with the TypeName or Namespace attribute of its <GovInfoReportSchema> item", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0010: an <c>assert</c> expression that does not parse.</summary>
    public static readonly SchemaDiagnosticDescriptor RuleSyntax = new(
        "GIR0010", "Rule expression syntax error", "Rule '{0}': {1}", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0011: a rule path that names no property.</summary>
    public static readonly SchemaDiagnosticDescriptor RuleUnknownPath = new(
        "GIR0011", "Rule path names no property", "Rule '{0}': '{1}' names no property ({2})", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0012: a rule operand that is not a number.</summary>
    public static readonly SchemaDiagnosticDescriptor RuleNonNumericOperand = new(
        "GIR0012", "Rule operand is not numeric", "Rule '{0}': '{1}' is {2}, not an integer or number cell", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0013: a rule id declared twice in one schema.</summary>
    public static readonly SchemaDiagnosticDescriptor DuplicateRuleId = new(
        "GIR0013", "Duplicate rule id", "The rule id '{0}' is already declared in this schema", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0014: a message placeholder that names nothing.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownPlaceholder = new(
        "GIR0014", "Unknown message placeholder", "Rule '{0}': the placeholder '{{{1}}}' names nothing; use one of {2}", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0015: a rule declaration with missing or malformed members.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidRule = new(
        "GIR0015", "Invalid rule declaration", "Invalid rule declaration: {0}", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0016: rule constants that exact decimal arithmetic cannot hold.</summary>
    public static readonly SchemaDiagnosticDescriptor RuleArithmeticRange = new(
        "GIR0016", "Rule arithmetic out of range", "Rule '{0}': {1}", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0017: a name with invisible or look-alike characters.</summary>
    public static readonly SchemaDiagnosticDescriptor ConfusableName = new(
        "GIR0017", "Invisible or look-alike characters in a name", "The name '{0}' cannot be used: {1}", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0018: a nested type renamed because another schema of the namespace generates the same name.</summary>
    public static readonly SchemaDiagnosticDescriptor NestedTypeRenamed = new(
        "GIR0018", "Nested type renamed", "Another schema of namespace '{1}' also generates a type '{0}'; this schema's is generated as '{2}'", SchemaDiagnosticSeverity.Warning);

    /// <summary>GIR0099: a defect in the schema language itself; reported instead of crashing the build.</summary>
    public static readonly SchemaDiagnosticDescriptor InternalError = new(
        "GIR0099", "Internal error", "The schema could not be processed because of an internal error ({0}); please report it", SchemaDiagnosticSeverity.Error);

    /// <summary>All descriptors, by id.</summary>
    public static IReadOnlyList<SchemaDiagnosticDescriptor> All { get; } =
    [
        InvalidJson, UnsupportedConstruct, InvalidKeywordValue, InvalidReference, NameCollision, DuplicateKey,
        LimitExceeded, UnknownRequiredProperty, DuplicateGeneratedType, RuleSyntax, RuleUnknownPath, RuleNonNumericOperand, DuplicateRuleId,
        UnknownPlaceholder, InvalidRule, RuleArithmeticRange, ConfusableName, NestedTypeRenamed, InternalError,
    ];
}
