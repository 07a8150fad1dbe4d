namespace GovInfoReport.SchemaLanguage.Model;

/// <summary>How a rule is checked.</summary>
public enum RuleKind
{
    /// <summary>An arithmetic comparison over cells (<c>assert</c>).</summary>
    Assertion,

    /// <summary>Names structural keywords whose failures on numeric cells are reported under the rule's id.</summary>
    Structural,
}
