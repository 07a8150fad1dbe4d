namespace GovInfoReport.SchemaLanguage.Model;

/// <summary>A rule declared in <c>x-govinfo-rules</c>, parsed, type-checked and unrolled.</summary>
/// <param name="Id">The stable rule id (<c>R1</c>…).</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Kind">Assertion or structural.</param>
/// <param name="Expression">The <c>assert</c> text as written (empty for structural rules).</param>
/// <param name="MessageChinese">The Chinese message template.</param>
/// <param name="MessageEnglish">The English message template.</param>
/// <param name="Assertions">The comparisons to check: one, or one per for-each property.</param>
/// <param name="StructuralKeywords">For structural rules, the keywords it covers (<c>type</c>, <c>minimum</c>, <c>maximum</c>).</param>
public sealed record RuleModel(
    string Id,
    RuleSeverity Severity,
    RuleKind Kind,
    string Expression,
    EquatableArray<MessagePart> MessageChinese,
    EquatableArray<MessagePart> MessageEnglish,
    EquatableArray<AssertionModel> Assertions,
    EquatableArray<string> StructuralKeywords);
