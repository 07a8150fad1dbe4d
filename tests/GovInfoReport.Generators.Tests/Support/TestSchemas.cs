using System;
using System.IO;

namespace GovInfoReport.Generators.Tests.Support;

/// <summary>The schemas the tests generate from: the two shipped templates and the small sample template.</summary>
internal static class TestSchemas
{
    public const string Path2019 = "/project/Schemas/report-2019.schema.json";
    public const string Path2021 = "/project/Schemas/report-2021.schema.json";
    public const string SamplePath = "/project/TestSchemas/sample-report.schema.json";

    private static readonly Lazy<string> Text2019 = new(() => Read("Schemas", "report-2019.schema.json"));
    private static readonly Lazy<string> Text2021 = new(() => Read("Schemas", "report-2021.schema.json"));
    private static readonly Lazy<string> SampleText = new(() => Read("TestSchemas", "sample-report.schema.json"));

    /// <summary>The shipped 2019 template, generated into its own test namespace (the runtime library already holds the shipped one).</summary>
    public static SchemaInput Report2019 => new(Path2019, Text2019.Value, Namespace: "Generated.V2019");

    /// <summary>The shipped 2021 template.</summary>
    public static SchemaInput Report2021 => new(Path2021, Text2021.Value, Namespace: "Generated.V2021");

    /// <summary>The sample template: two object types, a $ref definition, a forEach rule and a plain rule.</summary>
    public static SchemaInput Sample => new(SamplePath, SampleText.Value, Namespace: "Generated.Sample");

    public static string Read(string folder, string fileName) => File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, folder, fileName));
}
