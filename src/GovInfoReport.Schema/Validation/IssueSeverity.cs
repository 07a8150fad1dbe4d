namespace GovInfoReport.Schema.Validation;

/// <summary>How serious a validation issue is.</summary>
public enum IssueSeverity
{
    /// <summary>The payload is invalid: malformed, structurally wrong, or breaking an error rule (R1–R5).</summary>
    Error,

    /// <summary>The payload is valid but suspicious (e.g. R11: the template does not match the report year).</summary>
    Warning,
}
