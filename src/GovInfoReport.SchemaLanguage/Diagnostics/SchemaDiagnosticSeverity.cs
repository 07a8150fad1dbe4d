namespace GovInfoReport.SchemaLanguage.Diagnostics;

/// <summary>How serious a schema diagnostic is.</summary>
public enum SchemaDiagnosticSeverity
{
    /// <summary>The schema cannot be compiled as written; nothing is generated for it.</summary>
    Error,

    /// <summary>Code is generated, but the schema likely does not mean what it says.</summary>
    Warning,

    /// <summary>
    /// Information: the generator chose something the user did not write (a renamed type) and the code is correct;
    /// shown in the IDE and build log, never an error under <c>TreatWarningsAsErrors</c>.
    /// </summary>
    Info,
}
