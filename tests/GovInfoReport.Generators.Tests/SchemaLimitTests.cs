extern alias tools;

using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using GovInfoReport.Generators.Tests.Support;
using GovInfoReport.Schema.Validation;
using GovInfoReport.SchemaLanguage.Reading;
using Xunit;

namespace GovInfoReport.Generators.Tests;

/// <summary>
/// The schema limits of docs/limits.md: every documented limit compiles, and past the budgets (rule expansion,
/// nesting, generated size) the generator and the interpreter stop early with a located GIR0007 instead of spending
/// minutes and gigabytes or emitting code the compiler rejects.
/// </summary>
public sealed class SchemaLimitTests
{
    [Fact]
    public void ASchemaOfTheDocumentedMaximumCellCountCompilesAndValidates()
    {
        // Defect: past 4,096 cells the slot buffers moved to the heap and the generated code did not compile (CS8350/CS8352).
        var schema = Grid(rows: SchemaReader.MaxCells / 512, columns: 512, rules: "{ \"id\": \"G1\", \"severity\": \"error\", \"assert\": \"r0.c0 <= r1.c1\", \"message\": { \"zh\": \"错\", \"en\": \"wrong\" } }");
        var run = GeneratorHarness.Run(new SchemaInput("/project/grid.schema.json", schema, Namespace: "Grid", TypeName: "Grid"));
        Assert.Empty(run.Diagnostics);

        var compilation = GeneratedCode.Compile("Generated_Grid", GeneratorHarness.Trees(run));
        GeneratedCode.AssertClean(compilation);
        using var loaded = GeneratedCode.EmitAndLoad(compilation);
        Assert.Equal(SchemaReader.MaxCells, (int)loaded.GetType("Grid.GridValidator").GetField("CellCount")!.GetValue(null)!);

        var validate = RuleArithmeticTests.ValidatorOf(loaded, "Grid.GridValidator");
        var payload = new StringBuilder("{");
        for (var r = 0; r < SchemaReader.MaxCells / 512; r++)
        {
            payload.Append(r == 0 ? string.Empty : ",").Append("\"r").Append(r).Append("\":{");
            payload.AppendJoin(",", Enumerable.Range(0, 512).Select(c => $"\"c{c}\":{(r == 0 && c == 0 ? 5 : 1)}"));
            payload.Append('}');
        }

        var issue = Assert.Single(validate(Encoding.UTF8.GetBytes(payload.Append('}').ToString()), null).Issues);
        Assert.Equal("G1", issue.RuleId);
        Assert.Equal("/r0/c0", issue.Pointer);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(10)]
    public void RulesThatExpandPastTheBudgetAreALocatedDiagnosticInWellUnderASecond(int ruleCount)
    {
        // Defect: 1,000 sum(*.*) rules over 65,536 cells took schema check 96 s and 9.9 GB; 10 took the generator 3 minutes.
        var rules = string.Join(",\n", Enumerable.Range(0, ruleCount).Select(i =>
            $"{{ \"id\": \"S{i}\", \"severity\": \"error\", \"assert\": \"sum(*.*) >= {i}\", \"message\": {{ \"zh\": \"错\", \"en\": \"wrong\" }} }}"));
        var schema = Grid(rows: SchemaReader.MaxCells / 512, columns: 512, rules);

        var stopwatch = Stopwatch.StartNew();
        var result = SchemaReader.Read(schema, "Grid");
        var elapsed = stopwatch.Elapsed;
        var interpreted = tools::GovInfoReport.SchemaTools.InterpretedValidator.Create(schema, "Grid", out var interpreter);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("GIR0007", diagnostic.Id);
        Assert.Contains("cell reads", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(schema.Split('\n').TakeWhile(line => !line.Contains("\"S2\"", StringComparison.Ordinal)).Count(), diagnostic.Location.StartLine);
        // A coarse guard against the minutes it used to take (the machine may be busy); the figure is in docs/limits.md.
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"took {elapsed}");
        Assert.Null(interpreter);
        Assert.Equal("GIR0007", Assert.Single(interpreted.Diagnostics).Id);
    }

    [Fact]
    public void NestingPastTheLimitIsALocatedDiagnostic()
    {
        // Defect: 300 nested objects with 100-character names emitted a 469 MB Validator.g.cs that failed with CS8103.
        var schema = Chain(depth: 300, nameLength: 100);

        var stopwatch = Stopwatch.StartNew();
        var run = GeneratorHarness.Run(new SchemaInput("/project/chain.schema.json", schema, Namespace: "Chain"));
        var elapsed = stopwatch.Elapsed;

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("GIR0007", diagnostic.Id);
        Assert.Contains("nested", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.NotEqual(Microsoft.CodeAnalysis.Location.None, diagnostic.Location);
        Assert.Empty(GeneratorHarness.Single(run).GeneratedSources);
        // A coarse guard against the minutes it used to take (the machine may be busy); the figure is in docs/limits.md.
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"took {elapsed}");
    }

    [Fact]
    public void GeneratedTextPastTheBudgetIsALocatedDiagnostic()
    {
        // Within the nesting limit, long names still multiply: every pointer repeats the names above it.
        var schema = Chain(depth: SchemaReader.MaxObjectDepth - 1, nameLength: 1000, cellsPerLevel: 20);

        var result = SchemaReader.Read(schema, "Chain");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("GIR0007", diagnostic.Id);
        Assert.Contains("characters", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingAtTheLimitCompiles()
    {
        // The report, "start", then depth definitions: MaxObjectDepth levels in all.
        var schema = Chain(depth: SchemaReader.MaxObjectDepth - 1, nameLength: 10);
        var run = GeneratorHarness.Run(new SchemaInput("/project/chain.schema.json", schema, Namespace: "Chain"));
        Assert.Empty(run.Diagnostics);

        GeneratedCode.AssertClean(GeneratedCode.Compile("Generated_Chain", GeneratorHarness.Trees(run)));
    }

    /// <summary>A root of <paramref name="rows"/> properties, each a $ref to one definition of <paramref name="columns"/> integer cells.</summary>
    private static string Grid(int rows, int columns, string rules)
    {
        var cells = string.Join(", ", Enumerable.Range(0, columns).Select(c => $"\"c{c}\": {{ \"type\": \"integer\" }}"));
        var rowProperties = string.Join(", ", Enumerable.Range(0, rows).Select(r => $"\"r{r}\": {{ \"$ref\": \"#/definitions/row\" }}"));
        var required = string.Join(", ", Enumerable.Range(0, columns).Select(c => $"\"c{c}\""));
        var rowRequired = string.Join(", ", Enumerable.Range(0, rows).Select(r => $"\"r{r}\""));
        return "{\n\"type\": \"object\", \"additionalProperties\": false,\n"
            + $"\"definitions\": {{ \"row\": {{ \"type\": \"object\", \"additionalProperties\": false, \"required\": [{required}], \"properties\": {{ {cells} }} }} }},\n"
            + $"\"required\": [{rowRequired}],\n\"properties\": {{ {rowProperties} }},\n\"x-govinfo-rules\": [\n{rules}\n]\n}}\n";
    }

    /// <summary>Definitions d0 → d1 → … each holding a cell and the next one under a long name.</summary>
    private static string Chain(int depth, int nameLength, int cellsPerLevel = 1)
    {
        var builder = new StringBuilder("{\n\"type\": \"object\", \"additionalProperties\": false,\n\"properties\": { \"start\": { \"$ref\": \"#/definitions/d0\" } },\n\"definitions\": {\n");
        for (var d = 0; d < depth; d++)
        {
            var name = "n" + d + new string('x', nameLength);
            var cells = string.Join(", ", Enumerable.Range(0, cellsPerLevel).Select(c => $"\"{name}{c}\": {{ \"type\": \"integer\" }}"));
            var next = d + 1 < depth ? $", \"{name}\": {{ \"$ref\": \"#/definitions/d{d + 1}\" }}" : string.Empty;
            builder.Append(d == 0 ? string.Empty : ",\n").Append($"\"d{d}\": {{ \"type\": \"object\", \"additionalProperties\": false, \"properties\": {{ {cells}{next} }} }}");
        }

        return builder.Append("\n}\n}\n").ToString();
    }
}
