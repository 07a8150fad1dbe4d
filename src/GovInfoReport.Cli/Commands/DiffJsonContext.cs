using System.Collections.Generic;
using System.Text.Json.Serialization;
using GovInfoReport.SchemaTools;

namespace GovInfoReport.Cli.Commands;

/// <summary>Source-generated JSON metadata for <c>schema diff --format json</c>.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IReadOnlyList<SchemaDiffEntry>))]
internal sealed partial class DiffJsonContext : JsonSerializerContext
{
}
