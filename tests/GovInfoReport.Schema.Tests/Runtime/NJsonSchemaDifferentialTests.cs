using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using GovInfoReport.Schema.Tests.Support;
using GovInfoReport.Schema.Validation;
using NJsonSchema;
using Xunit;
using Xunit.Abstractions;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>
/// Differential test of the structural verdict against an independent draft-07 validator (NJsonSchema 10.7.2): for
/// thousands of seeded random payloads — valid ones and structural mutations of them — "the validator reports a
/// structural issue" (any issue but the assertion rules R1–R4 and R11) must equal "NJsonSchema reports an error"
/// against the schema of the version the payload declares (against both schemas when it declares no known one).
/// <para>
/// Known, justified differences are not generated; each is shown on one payload by
/// <see cref="NJsonSchemaKnownDifferencesTests"/>:
/// <list type="bullet">
/// <item><c>format: int32</c>: NJsonSchema does not assert the format, so 3000000000 in a count is valid for it; the
/// validator rejects it because the typed report stores an <see cref="int"/> (<see cref="NumberOverflowTests"/>).</item>
/// <item><c>format: decimal</c>: likewise, 1e29 in an amount is past <see cref="decimal"/> and rejected by the
/// validator only.</item>
/// <item>Integer literals past Int64 (10^30 written out): NJsonSchema throws instead of answering; the validator
/// reports R5.</item>
/// <item>Duplicate member names: RFC 8259 leaves their meaning open and draft-07 has no keyword for them; Newtonsoft
/// keeps the last value silently, the validator reports <c>structure.duplicate-property</c>
/// (<see cref="DuplicatePropertyTests"/>). A <see cref="JsonObject"/> cannot even hold them.</item>
/// <item>Integral floats such as <c>7.0</c> or <c>7e0</c> in a count: draft-07 says they are integers and the
/// validator accepts them (<see cref="IntegralNumberTests"/>); NJsonSchema goes by Newtonsoft's token type and rejects
/// them.</item>
/// <item>Escaped lone surrogates (<c>"\uD800"</c>): a string to Newtonsoft, an encoding error to the validator
/// (<see cref="EncodingTests"/>); the random text only holds whole surrogate pairs.</item>
/// </list>
/// </para>
/// </summary>
public sealed class NJsonSchemaDifferentialTests(ITestOutputHelper output)
{
    private const int Seed = 20240601;
    private const int PayloadsPerKind = 205; // 2,050 payloads over the ten kinds

    [Fact]
    public async Task StructuralVerdictAgreesWithNJsonSchema()
    {
        var schemas = new Dictionary<string, JsonSchema>
        {
            ["2019"] = await TestData.NJsonSchemaFor(TemplateVersion.V2019),
            ["2021"] = await TestData.NJsonSchemaFor(TemplateVersion.V2021),
        };
        var generator = new RandomPayloads(Seed);
        var kinds = Enum.GetValues<MutationKind>();
        var stats = kinds.ToDictionary(k => k, _ => (Total: 0, Invalid: 0, RejectedByValidator: 0));
        var disagreements = new List<string>();
        var stopwatch = Stopwatch.StartNew();

        for (var i = 0; i < PayloadsPerKind * kinds.Length; i++)
        {
            var kind = kinds[i % kinds.Length];
            var payload = generator.Next(kind);

            var ours = Payload.Run(() => ReportValidator.ValidateAndRead(Encoding.UTF8.GetBytes(payload.Json)));
            var oursInvalid = Payload.HasStructuralIssue(ours);
            var theirsInvalid = payload.DeclaredVersion is { } declared
                ? schemas[declared].Validate(payload.Json).Count > 0
                : schemas.Values.All(schema => schema.Validate(payload.Json).Count > 0);

            stats[kind] = (stats[kind].Total + 1, stats[kind].Invalid + (theirsInvalid ? 1 : 0), stats[kind].RejectedByValidator + (oursInvalid ? 1 : 0));
            if (oursInvalid != theirsInvalid)
            {
                disagreements.Add($"#{i} {payload.Description}: validator {(oursInvalid ? "rejects" : "accepts")}, NJsonSchema {(theirsInvalid ? "rejects" : "accepts")}; issues: {Payload.Describe(ours)}");
                continue;
            }

            // Beyond the verdict: the typed report exists exactly when the structure is valid, and a mutation that
            // broke the structure is reported where it was made.
            if ((ours.Report is null) != oursInvalid)
            {
                disagreements.Add($"#{i} {payload.Description}: report {(ours.Report is null ? "missing" : "present")} with structural issues = {oursInvalid}");
            }

            if (oursInvalid && payload.Pointer is { } pointer && !ours.Issues.Any(issue => issue.Pointer == pointer))
            {
                disagreements.Add($"#{i} {payload.Description}: no issue at {pointer}; issues: {Payload.Describe(ours)}");
            }
        }

        output.WriteLine($"{PayloadsPerKind * kinds.Length} payloads (seed {Seed}) in {stopwatch.ElapsedMilliseconds} ms, {disagreements.Count} disagreements; "
            + "per mutation kind, total / rejected by NJsonSchema / rejected by the validator: "
            + string.Join(", ", kinds.Select(k => $"{k} {stats[k].Total}/{stats[k].Invalid}/{stats[k].RejectedByValidator}")));
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements:{Environment.NewLine}{string.Join(Environment.NewLine, disagreements.Take(20))}");
        // Pinned against a vacuous run: valid payloads stay valid, and every kind that must break the structure did.
        Assert.Equal(0, stats[MutationKind.None].Invalid);
        foreach (var kind in new[] { MutationKind.UnknownProperty, MutationKind.WrongType, MutationKind.Huge, MutationKind.TemplateVersion, MutationKind.EnumOrFormat, MutationKind.ObjectToArray })
        {
            Assert.Equal(stats[kind].Total, stats[kind].Invalid);
        }

        // Deleting an optional member (prose, publication date) keeps a payload valid; most deletions do not.
        Assert.InRange(stats[MutationKind.DeleteProperty].Invalid, stats[MutationKind.DeleteProperty].Total / 2, stats[MutationKind.DeleteProperty].Total - 10);
    }
}
