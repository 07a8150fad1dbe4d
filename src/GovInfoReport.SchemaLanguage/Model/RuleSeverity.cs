namespace GovInfoReport.SchemaLanguage.Model;

/// <summary>The severity a rule declares.</summary>
public enum RuleSeverity
{
    /// <summary>The report is wrong.</summary>
    Error,

    /// <summary>The report is suspicious or deviates from the template.</summary>
    Warning,
}
