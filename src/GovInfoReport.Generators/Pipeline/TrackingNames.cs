namespace GovInfoReport.Generators.Pipeline;

/// <summary>Names of the pipeline steps, so tests can assert what ran, was cached or was unchanged.</summary>
public static class TrackingNames
{
    /// <summary>Opted-in schema files with their options and checksum.</summary>
    public const string SchemaFiles = nameof(SchemaFiles);

    /// <summary>Each schema parsed into its model and diagnostics.</summary>
    public const string Parsed = nameof(Parsed);

    /// <summary>The diagnostics of each schema.</summary>
    public const string Diagnostics = nameof(Diagnostics);

    /// <summary>The models of schemas that compiled.</summary>
    public const string Models = nameof(Models);

    /// <summary>The generated files of each model.</summary>
    public const string Emitted = nameof(Emitted);
}
