using System.Collections.Generic;
using System.Globalization;
using System.Resources;

namespace GovInfoReport.SchemaLanguage.Diagnostics;

/// <summary>
/// Every diagnostic the schema language reports. Ids are stable: once published an id keeps its meaning, so
/// users can suppress or search for them. Each id has a section in docs/diagnostics.md (cause, example, fix).
/// Titles and message formats live in <c>DiagnosticMessages.resx</c> (English) with a <c>zh-Hans</c> satellite, so
/// the compiler shows them in the user's language as it does its own messages.
/// </summary>
public static class SchemaDiagnosticCatalog
{
    // Declared first: the descriptors below read their texts from it while the class initialises.
    private static readonly ResourceManager Texts = new("GovInfoReport.SchemaLanguage.Diagnostics.DiagnosticMessages", typeof(SchemaDiagnosticCatalog).Assembly);

    /// <summary>The titles and message formats, by <c>{id}_Title</c> and <c>{id}_Message</c>, for localised reporting.</summary>
    public static ResourceManager Resources => Texts;

    /// <summary>The resource name of a descriptor's title.</summary>
    /// <param name="id">The diagnostic id.</param>
    /// <returns>The resource name.</returns>
    public static string TitleResource(string id) => id + "_Title";

    /// <summary>The resource name of a descriptor's message format.</summary>
    /// <param name="id">The diagnostic id.</param>
    /// <returns>The resource name.</returns>
    public static string MessageResource(string id) => id + "_Message";

    /// <summary>GIR0001: the file is not well-formed JSON.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidJson = Entry("GIR0001", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0002: a JSON Schema construct the generator does not compile.</summary>
    public static readonly SchemaDiagnosticDescriptor UnsupportedConstruct = Entry("GIR0002", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0003: a keyword whose value has the wrong JSON type or range.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidKeywordValue = Entry("GIR0003", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0004: a <c>$ref</c> that does not resolve, or resolves into a cycle.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidReference = Entry("GIR0004", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0005: two JSON names that map to one C# name; the later one is renamed.</summary>
    public static readonly SchemaDiagnosticDescriptor NameCollision = Entry("GIR0005", SchemaDiagnosticSeverity.Warning);

    /// <summary>GIR0006: the same property name twice in one JSON object.</summary>
    public static readonly SchemaDiagnosticDescriptor DuplicateKey = Entry("GIR0006", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0007: a size or nesting limit of the schema language was exceeded.</summary>
    public static readonly SchemaDiagnosticDescriptor LimitExceeded = Entry("GIR0007", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0008: a required property the object schema does not define.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownRequiredProperty = Entry("GIR0008", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0009: two schemas of one project would generate the same type.</summary>
    public static readonly SchemaDiagnosticDescriptor DuplicateGeneratedType = Entry("GIR0009", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0010: an <c>assert</c> expression that does not parse.</summary>
    public static readonly SchemaDiagnosticDescriptor RuleSyntax = Entry("GIR0010", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0011: a rule path that names no property.</summary>
    public static readonly SchemaDiagnosticDescriptor RuleUnknownPath = Entry("GIR0011", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0012: a rule operand that is not a number.</summary>
    public static readonly SchemaDiagnosticDescriptor RuleNonNumericOperand = Entry("GIR0012", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0013: a rule id declared twice in one schema.</summary>
    public static readonly SchemaDiagnosticDescriptor DuplicateRuleId = Entry("GIR0013", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0014: a message placeholder that names nothing.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownPlaceholder = Entry("GIR0014", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0015: a rule declaration with missing or malformed members.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidRule = Entry("GIR0015", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0016: rule constants that exact decimal arithmetic cannot hold.</summary>
    public static readonly SchemaDiagnosticDescriptor RuleArithmeticRange = Entry("GIR0016", SchemaDiagnosticSeverity.Error);

    /// <summary>GIR0017: a name with invisible or look-alike characters.</summary>
    public static readonly SchemaDiagnosticDescriptor ConfusableName = Entry("GIR0017", SchemaDiagnosticSeverity.Error);

    /// <summary>
    /// GIR0018: a nested type renamed because another schema of the namespace generates the same name. Information,
    /// not a warning: the renamed types compile, so a project with warnings as errors must not fail on it.
    /// </summary>
    public static readonly SchemaDiagnosticDescriptor NestedTypeRenamed = Entry("GIR0018", SchemaDiagnosticSeverity.Info);

    /// <summary>GIR0099: a defect in the schema language itself; reported instead of crashing the build.</summary>
    public static readonly SchemaDiagnosticDescriptor InternalError = Entry("GIR0099", SchemaDiagnosticSeverity.Error);

    /// <summary>All descriptors, by id.</summary>
    public static IReadOnlyList<SchemaDiagnosticDescriptor> All { get; } =
    [
        InvalidJson, UnsupportedConstruct, InvalidKeywordValue, InvalidReference, NameCollision, DuplicateKey,
        LimitExceeded, UnknownRequiredProperty, DuplicateGeneratedType, RuleSyntax, RuleUnknownPath, RuleNonNumericOperand, DuplicateRuleId,
        UnknownPlaceholder, InvalidRule, RuleArithmeticRange, ConfusableName, NestedTypeRenamed, InternalError,
    ];

    private static SchemaDiagnosticDescriptor Entry(string id, SchemaDiagnosticSeverity severity)
        => new(id, Texts.GetString(TitleResource(id), CultureInfo.InvariantCulture) ?? id, Texts.GetString(MessageResource(id), CultureInfo.InvariantCulture) ?? "{0}", severity);
}
