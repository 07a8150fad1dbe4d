using System;
using System.Threading.Tasks;
using NJsonSchema;

namespace GovInfoReport.Schema.Tests.Support;

/// <summary>The meta-schema of the <c>x-govinfo-rules</c> keyword, loaded by NJsonSchema exactly as shipped.</summary>
internal static class RuleMetaSchema
{
    private static readonly Lazy<Task<JsonSchema>> Loaded = new(() => JsonSchema.FromJsonAsync(TemplateSchemas.GetRuleMetaSchemaText()));

    public static Task<JsonSchema> LoadAsync() => Loaded.Value;
}
