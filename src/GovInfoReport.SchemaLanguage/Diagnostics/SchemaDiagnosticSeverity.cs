namespace GovInfoReport.SchemaLanguage.Diagnostics;

/// <summary>How serious a schema diagnostic is.</summary>
public enum SchemaDiagnosticSeverity
{
    /// <summary>The schema cannot be compiled as written; nothing is generated for it.</summary>
    Error,

    /// <summary>Code is generated, but the schema likely does not mean what it says.</summary>
    Warning,
}
