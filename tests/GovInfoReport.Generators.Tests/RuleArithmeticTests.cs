extern alias tools;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using GovInfoReport.Generators.Tests.Support;
using GovInfoReport.Schema.Validation;
using Xunit;
using Xunit.Abstractions;
using Interpreter = tools::GovInfoReport.SchemaTools.InterpretedValidator;

namespace GovInfoReport.Generators.Tests;

/// <summary>
/// Rule arithmetic is exact: generated validators and the interpreter never throw and never wrap, a sum that
/// exact decimal arithmetic cannot hold is an issue (<c>rule.uncomputable</c>), and both give the same issues. The
/// property test draws random schemas (32-bit, 64-bit and decimal cells, edge constants) and payloads of edge
/// values, compiles every schema in one Roslyn compilation, and compares both validators with an exact oracle.
/// </summary>
public sealed class RuleArithmeticTests(ITestOutputHelper output)
{
    private static readonly BigInteger Unit = BigInteger.Pow(10, 28);
    private static readonly BigInteger MantissaLimit = BigInteger.One << 96;

    [Fact]
    public void DecimalSumNearTheLimitIsAnIssueNotAnOverflowException()
    {
        // Defect: `c == a + b` on decimal cells near decimal.MaxValue threw OverflowException out of Validate.
        var schema = Schema(["a:number", "b:number", "c:number"], [("D1", "c == a + b")]);
        var payload = """{ "a": 79228162514264337593543950335, "b": 1, "c": 0 }""";

        var (generated, interpreted) = ValidateBoth(schema, payload);

        var issue = Assert.Single(generated.Issues);
        Assert.Equal(IssueIds.Uncomputable, issue.RuleId);
        Assert.Equal("/c", issue.Pointer);
        Assert.Contains("D1", issue.MessageEn, StringComparison.Ordinal);
        Assert.Equal(Describe(generated), Describe(interpreted));
    }

    [Fact]
    public void LargeConstantOnA32BitCellDoesNotWrap()
    {
        // Defect: `c + 9223372036854775807 >= 0` wrapped in generated code (long) while the interpreter did not.
        var schema = Schema(["c:integer"], [("W1", "c + 9223372036854775807 >= 0")]);

        var (generated, interpreted) = ValidateBoth(schema, """{ "c": 1 }""");
        var (generatedNegative, interpretedNegative) = ValidateBoth(schema, """{ "c": -2147483648 }""");

        Assert.Empty(generated.Issues);
        Assert.Empty(interpreted.Issues);
        Assert.Empty(generatedNegative.Issues);
        Assert.Empty(interpretedNegative.Issues);
    }

    [Fact]
    public void LiteralBeyondLongCompilesAndComparesExactly()
    {
        // Defect: a literal like 10000000000000000000 gave GIR0099 (internal error) when generating.
        var schema = Schema(["c:integer:int64"], [("L1", "c < 10000000000000000000")]);

        var (generated, interpreted) = ValidateBoth(schema, """{ "c": 9223372036854775807 }""");
        var run = GeneratorHarness.Run(new SchemaInput("/project/literal.schema.json", schema, Namespace: "Literal"));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(generated.Issues);
        Assert.Empty(interpreted.Issues);
    }

    [Fact]
    public void DifferenceOfTwo64BitExtremesIsPrintedExactly()
    {
        var schema = Schema(["a:integer:int64", "b:integer:int64"], [("X1", "a == b")]);

        var (generated, interpreted) = ValidateBoth(schema, """{ "a": 9223372036854775807, "b": -9223372036854775808 }""");

        var issue = Assert.Single(generated.Issues);
        Assert.Equal("9223372036854775807", issue.Actual);
        Assert.Equal("-9223372036854775808", issue.Expected);
        Assert.Contains("18446744073709551615", issue.MessageEn, StringComparison.Ordinal);
        Assert.Equal(Describe(generated), Describe(interpreted));
    }

    [Fact]
    public void RandomSchemasAndEdgeValuesAgreeWithAnExactOracle()
    {
        var random = new Random(20261127);
        var cases = new List<RandomCase>();
        for (var s = 0; cases.Count < 32; s++)
        {
            var candidate = RandomCase.Draw(random, s);
            var read = tools::GovInfoReport.SchemaLanguage.Reading.SchemaReader.Read(candidate.Schema, "Root");

            Assert.Empty(read.Diagnostics);
            cases.Add(candidate);
        }

        // One Roslyn compilation for every schema keeps the test fast.
        var run = GeneratorHarness.Run(cases.Select(c => new SchemaInput($"/project/p{c.Index}.schema.json", c.Schema, Namespace: "Property" + c.Index, TypeName: "Root")).ToArray());
        Assert.Empty(run.Diagnostics);
        var compilation = GeneratedCode.Compile("Generated_Arithmetic", GeneratorHarness.Trees(run));
        GeneratedCode.AssertClean(compilation);
        using var loaded = GeneratedCode.EmitAndLoad(compilation);

        int compared = 0, failures = 0, uncomputable = 0, held = 0;
        foreach (var item in cases)
        {
            var validate = ValidatorOf(loaded, "Property" + item.Index + ".RootValidator");
            Interpreter.Create(item.Schema, "Root", out var interpreter);
            for (var p = 0; p < 30; p++)
            {
                var values = item.DrawValues(random);
                var payload = Encoding.UTF8.GetBytes("{" + string.Join(", ", values.Select((v, i) => $"\"c{i}\": {v}")) + "}");
                var generated = validate(payload, null);
                var interpreted = interpreter!.Validate(payload);

                Assert.Equal(Describe(generated), Describe(interpreted));
                foreach (var rule in item.Rules)
                {
                    var outcome = rule.Evaluate(values.Select(ToScaled).ToArray(), item.Kinds);
                    var issues = generated.Issues.Where(i => i.MessageEn.Contains(rule.Marker, StringComparison.Ordinal) || i.RuleId == rule.Id).ToList();
                    switch (outcome.Kind)
                    {
                        case OutcomeKind.Holds:
                            Assert.True(issues.Count == 0, $"{rule.Text} over [{string.Join(", ", values)}] holds, but: {string.Join("; ", issues)}");
                            held++;
                            break;
                        case OutcomeKind.Fails:
                            var issue = Assert.Single(issues);
                            Assert.Equal(rule.Id, issue.RuleId);
                            Assert.Equal(outcome.Actual, ToScaled(issue.Actual!));
                            Assert.Equal(outcome.Expected, ToScaled(issue.Expected!));
                            failures++;
                            break;
                        default:
                            Assert.Equal(IssueIds.Uncomputable, Assert.Single(issues).RuleId);
                            uncomputable++;
                            break;
                    }
                }

                compared++;
            }
        }

        output.WriteLine($"{cases.Count} schemas, {compared} payloads: {held} rules held, {failures} failed, {uncomputable} uncomputable");
        Assert.True(held > 50 && failures > 50 && uncomputable > 10, "the draw must exercise every outcome");
    }

    internal static string Schema(string[] cells, (string Id, string Assert)[] rules)
    {
        var properties = cells.Select(c =>
        {
            var parts = c.Split(':');
            var format = parts.Length > 2 ? $", \"format\": \"{parts[2]}\"" : string.Empty;
            return $"\"{parts[0]}\": {{ \"type\": \"{parts[1]}\"{format} }}";
        });
        var ruleTexts = rules.Select(r => $"{{ \"id\": \"{r.Id}\", \"severity\": \"error\", \"assert\": \"{r.Assert}\", \"message\": {{ \"zh\": \"{r.Id} {{actual}} {{expected}} {{difference}}\", \"en\": \"{r.Id}: {{actual}} vs {{expected}}, difference {{difference}}\" }} }}");
        return "{ \"type\": \"object\", \"additionalProperties\": false, \"required\": [" + string.Join(", ", cells.Select(c => "\"" + c.Split(':')[0] + "\""))
            + "], \"properties\": { " + string.Join(", ", properties) + " }, \"x-govinfo-rules\": [" + string.Join(", ", ruleTexts) + "] }";
    }

    private static (ValidationResult Generated, ValidationResult Interpreted) ValidateBoth(string schema, string payload)
    {
        var run = GeneratorHarness.Run(new SchemaInput("/project/case.schema.json", schema, Namespace: "Case", TypeName: "Root"));
        Assert.Empty(run.Diagnostics);
        var compilation = GeneratedCode.Compile("Generated_Case_" + Guid.NewGuid().ToString("N"), GeneratorHarness.Trees(run));
        GeneratedCode.AssertClean(compilation);
        using var loaded = GeneratedCode.EmitAndLoad(compilation);
        var bytes = Encoding.UTF8.GetBytes(payload);
        var generated = ValidatorOf(loaded, "Case.RootValidator")(bytes, null);
        var diagnostics = Interpreter.Create(schema, "Root", out var interpreter);
        Assert.Empty(diagnostics.Diagnostics);
        return (generated, interpreter!.Validate(bytes));
    }

    internal static SampleAssemblyFixture.ValidateUtf8 ValidatorOf(LoadedAssembly loaded, string typeName)
        => loaded.GetType(typeName).GetMethod("Validate", [typeof(ReadOnlySpan<byte>), typeof(ValidationOptions)])!.CreateDelegate<SampleAssemblyFixture.ValidateUtf8>();

    internal static string[] Describe(ValidationResult result)
        => result.Issues.Select(i => $"{i.RuleId}|{i.Severity}|{i.Pointer}|{i.Expected}|{i.Actual}|{i.MessageZh}|{i.MessageEn}").ToArray();

    private static BigInteger ToScaled(string text)
    {
        var negative = text.StartsWith('-');
        var digits = negative ? text[1..] : text;
        var point = digits.IndexOf('.');
        var fraction = point < 0 ? string.Empty : digits[(point + 1)..];
        var integer = point < 0 ? digits : digits[..point];
        var scaled = BigInteger.Parse(integer + fraction.PadRight(28, '0'), CultureInfo.InvariantCulture);
        return negative ? -scaled : scaled;
    }

    // Whether an exact value (in units of 10^-28) is a decimal: its mantissa at the smallest scale is below 2^96.
    private static bool IsDecimal(BigInteger scaled)
    {
        var magnitude = BigInteger.Abs(scaled);
        var scale = 28;
        while (scale > 0 && !magnitude.IsZero && (magnitude % 10).IsZero)
        {
            magnitude /= 10;
            scale--;
        }

        return magnitude < MantissaLimit;
    }

    private enum OutcomeKind
    {
        Holds,
        Fails,
        Uncomputable,
    }

    private sealed record Outcome(OutcomeKind Kind, BigInteger Actual, BigInteger Expected);

    private sealed record Term(int Cell, bool IsSubtracted);

    private sealed record RandomRule(string Id, List<Term> Left, string LeftConstant, string Op, List<Term> Right, string RightConstant)
    {
        public string Marker => "Rule " + Id + " ";

        public string Text => Side(Left, LeftConstant) + " " + Op + " " + Side(Right, RightConstant);

        public Outcome Evaluate(BigInteger[] values, string[] kinds)
        {
            var isDecimal = Left.Concat(Right).Any(t => kinds[t.Cell] == "decimal")
                || LeftConstant.Contains('.', StringComparison.Ordinal) || RightConstant.Contains('.', StringComparison.Ordinal);
            var (left, leftOk) = Sum(Left, LeftConstant, values, isDecimal);
            var (right, rightOk) = Sum(Right, RightConstant, values, isDecimal);
            if (!leftOk || !rightOk)
            {
                return new Outcome(OutcomeKind.Uncomputable, 0, 0);
            }

            var comparison = left.CompareTo(right);
            var holds = Op switch
            {
                "==" => comparison == 0,
                "!=" => comparison != 0,
                "<" => comparison < 0,
                "<=" => comparison <= 0,
                ">" => comparison > 0,
                _ => comparison >= 0,
            };
            return new Outcome(holds ? OutcomeKind.Holds : OutcomeKind.Fails, left, right);
        }

        // The documented semantics: cells left to right, then the constant; in decimal arithmetic every partial sum must be a decimal.
        private static (BigInteger Sum, bool Ok) Sum(List<Term> terms, string constant, BigInteger[] values, bool isDecimal)
        {
            var ok = true;
            BigInteger sum = 0;
            for (var t = 0; t < terms.Count; t++)
            {
                sum += terms[t].IsSubtracted ? -values[terms[t].Cell] : values[terms[t].Cell];
                ok &= !isDecimal || IsDecimal(sum);
            }

            var c = constant.Length == 0 ? BigInteger.Zero : ToScaled(constant);
            if (!c.IsZero || terms.Count == 0)
            {
                sum += c;
                ok &= !isDecimal || IsDecimal(sum);
            }

            return (sum, ok);
        }

        private static string Side(List<Term> terms, string constant)
        {
            var text = new StringBuilder();
            for (var t = 0; t < terms.Count; t++)
            {
                text.Append(t == 0 ? (terms[t].IsSubtracted ? "-" : string.Empty) : terms[t].IsSubtracted ? " - " : " + ").Append('c').Append(terms[t].Cell);
            }

            if (constant.Length == 0 && terms.Count == 0)
            {
                constant = "0";
            }

            if (constant.Length > 0)
            {
                var negative = constant.StartsWith('-');
                var magnitude = negative ? constant[1..] : constant;
                text.Append(terms.Count == 0 ? (negative ? "-" : string.Empty) : negative ? " - " : " + ").Append(magnitude);
            }

            return text.ToString();
        }
    }

    private sealed record RandomCase(int Index, string Schema, string[] Kinds, List<RandomRule> Rules)
    {
        private static readonly string[] Constants = ["", "", "", "1", "-1", "2147483647", "9223372036854775807", "10000000000000000000", "79228162514264337593543950335", "-79228162514264337593543950335", "0.5", "0.0000000000000000000000000001"];
        private static readonly string[] Operators = ["==", "!=", "<", "<=", ">", ">="];
        private static readonly string[] Int32Values = ["0", "1", "-1", "2147483647", "-2147483648"];
        private static readonly string[] Int64Values = ["0", "1", "-1", "2147483647", "9223372036854775807", "-9223372036854775808"];
        private static readonly string[] DecimalValues = ["0", "1", "-1", "0.5", "0.0000000000000000000000000001", "9223372036854775807", "79228162514264337593543950335", "-79228162514264337593543950335", "39614081257132168796771975168"];

        public static RandomCase Draw(Random random, int index)
        {
            var kinds = Enumerable.Range(0, random.Next(2, 6)).Select(_ => random.Next(3) switch { 0 => "int32", 1 => "int64", _ => "decimal" }).ToArray();
            var rules = new List<RandomRule>();
            var ruleCount = random.Next(1, 4);
            for (var r = 0; r < ruleCount; r++)
            {
                var rule = new RandomRule($"P{index}x{r}", Terms(random, kinds.Length), Constants[random.Next(Constants.Length)], Operators[random.Next(Operators.Length)],
                    Terms(random, kinds.Length), Constants[random.Next(Constants.Length)]);
                rules.Add(rule);
            }

            var cells = kinds.Select((k, i) => k switch { "int32" => $"c{i}:integer", "int64" => $"c{i}:integer:int64", _ => $"c{i}:number" }).ToArray();
            return new RandomCase(index, RuleArithmeticTests.Schema(cells, rules.Select(r => (r.Id, r.Text)).ToArray()), kinds, rules);
        }

        public string[] DrawValues(Random random) => Kinds.Select(k => k switch
        {
            "int32" => Int32Values[random.Next(Int32Values.Length)],
            "int64" => Int64Values[random.Next(Int64Values.Length)],
            _ => DecimalValues[random.Next(DecimalValues.Length)],
        }).ToArray();

        private static List<Term> Terms(Random random, int cells)
            => Enumerable.Range(0, random.Next(0, 4)).Select(_ => new Term(random.Next(cells), random.Next(3) == 0)).ToList();
    }
}
