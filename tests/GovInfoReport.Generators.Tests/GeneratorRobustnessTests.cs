using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using GovInfoReport.Generators.Tests.Support;
using GovInfoReport.SchemaLanguage.Diagnostics;
using GovInfoReport.SchemaLanguage.Reading;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GovInfoReport.Generators.Tests;

/// <summary>
/// The generator never throws, whatever a schema file holds: every broken schema of the corpus ends as located
/// GIR diagnostics (never the internal-error GIR0099, never Roslyn's CS8785 "generator failed").
/// </summary>
public sealed class GeneratorRobustnessTests
{
    private const string SchemaPath = "/project/Schemas/broken.schema.json";

    /// <summary>A valid one-cell schema; <c>@@</c> is replaced by extra root members, <c>##</c> by extra cell keywords.</summary>
    private const string Template = """
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["a"],
          "properties": {
            "a": { "type": "integer"## },
            "s": { "type": "string" }
          }@@
        }
        """;

    private static readonly Dictionary<string, Func<string>> Corpus = BuildCorpus();

    public static TheoryData<string> CaseNames => new(Corpus.Keys);

    [Fact]
    public void TheCorpusIsLargeAndItsTemplateIsValid()
    {
        Assert.True(Corpus.Count >= 30, "corpus has only " + Corpus.Count + " schemas");

        // Without the template being valid, the keyword cases would prove nothing about the keyword.
        var result = SchemaReader.Read(Template.Replace("@@", string.Empty, StringComparison.Ordinal).Replace("##", string.Empty, StringComparison.Ordinal), "Root");
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Model);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void BrokenSchemaYieldsDiagnosticsNotExceptions(string name)
    {
        var text = Corpus[name]();

        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text, Namespace: "Broken"));

        var result = Assert.Single(run.Results);
        Assert.Null(result.Exception);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CS8785");
        Assert.Contains(run.Diagnostics, d => d.Id.StartsWith("GIR", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == SchemaDiagnosticCatalog.InternalError.Id);
        if (run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && !DiagnosticLocationTests.RuleDiagnostics.Contains(d.Id)))
        {
            Assert.Empty(run.GeneratedTrees);
        }
        else
        {
            // Only rules are broken: the records are generated (without those rules) and compile.
            GeneratedCode.AssertClean(GeneratedCode.Compile("Robust", run.GeneratedTrees));
        }

        var lineCount = text.Count(c => c == '\n') + 1;
        Assert.All(run.Diagnostics, d =>
        {
            var span = d.Location.GetLineSpan();
            Assert.Equal(SchemaPath, span.Path);
            Assert.InRange(span.StartLinePosition.Line, 0, lineCount);
        });
    }

    [Fact]
    public void EveryTruncationOfTheShippedSchemasIsReportedAsAnError()
    {
        // Every prefix that ends before the root object closes is broken JSON: hundreds of cut points, read directly.
        foreach (var input in new[] { TestSchemas.Report2019, TestSchemas.Report2021 })
        {
            var text = input.Text;
            var end = text.LastIndexOf('}');
            var checkedCount = 0;
            for (var length = 0; length < end; length += 41)
            {
                var result = SchemaReader.Read(text.Substring(0, length), "Report");

                Assert.Null(result.Model);
                Assert.Contains(result.Diagnostics, d => d.Severity == SchemaDiagnosticSeverity.Error);
                Assert.DoesNotContain(result.Diagnostics, d => d.Id == SchemaDiagnosticCatalog.InternalError.Id);
                checkedCount++;
            }

            Assert.True(checkedCount > 600, "too few cut points: " + checkedCount);
        }
    }

    private static Dictionary<string, Func<string>> BuildCorpus()
    {
        var corpus = new Dictionary<string, Func<string>>(StringComparer.Ordinal);

        // Truncated shipped schemas at many offsets, through the whole driver.
        foreach (var fraction in new[] { 0.0001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99 })
        {
            corpus[$"2019 truncated at {fraction:P2}"] = () => Truncate(TestSchemas.Report2019.Text, fraction);
            corpus[$"2021 truncated at {fraction:P2}"] = () => Truncate(TestSchemas.Report2021.Text, fraction);
        }

        corpus["2019 without its last brace"] = () => TestSchemas.Report2019.Text.Substring(0, TestSchemas.Report2019.Text.LastIndexOf('}'));

        // Not a schema at all.
        corpus["empty file"] = () => string.Empty;
        corpus["whitespace only"] = () => " \r\n\t ";
        corpus["byte-order mark only"] = () => "\uFEFF";
        corpus["JSON array root"] = () => """[ { "type": "object", "additionalProperties": false } ]""";
        corpus["JSON string root"] = () => "\"schema\"";
        corpus["JSON null root"] = () => "null";
        corpus["two root values"] = () => "{} {}";
        corpus["comment"] = () => "// a schema\n{}";
        corpus["random bytes as Latin-1 text"] = () => Encoding.Latin1.GetString(RandomBytes(4096, seed: 1));
        corpus["random bytes as UTF-8 text"] = () => Encoding.UTF8.GetString(RandomBytes(4096, seed: 2));
        corpus["random bytes after a brace"] = () => "{" + Encoding.Latin1.GetString(RandomBytes(512, seed: 3));
        corpus["unterminated string"] = () => "{ \"title\": \"never ends";
        corpus["unknown escape"] = () => """{ "title": "\x41" }""";
        corpus["short unicode escape"] = () => """{ "title": "\u12" }""";
        corpus["NaN and Infinity"] = () => """{ "minimum": NaN, "maximum": Infinity }""";
        corpus["leading zero"] = () => """{ "minimum": 01 }""";

        // Limits.
        corpus["10 MB string"] = () => "{ \"title\": \"" + new string('字', 10 * 1024 * 1024) + "\" }";
        corpus["200-deep array nesting"] = () => new string('[', 200) + new string(']', 200);
        corpus["200-deep schema nesting"] = () => NestedSchema(200);
        corpus["600 properties in one object"] = () => Template.Replace("@@", ",\n  \"definitions\": { \"wide\": " + WideObject(600) + " }", StringComparison.Ordinal).Replace("##", string.Empty, StringComparison.Ordinal);
        corpus["exponential $ref fan-out"] = () => FanOut(20);
        corpus["rule with 5000 nested parentheses"] = () => WithRule(new string('(', 5000) + "a" + new string(')', 5000) + " == 1");
        corpus["rule with 1000 nested parentheses"] = () => WithRule(new string('(', 1000) + "a" + new string(')', 1000) + " == 1");
        corpus["rule with 5000 unary minus signs"] = () => WithRule(string.Concat(Enumerable.Repeat("- ", 1900)) + "a == 1");

        // $ref.
        corpus["cyclic $ref"] = () => Template.Replace("##", string.Empty, StringComparison.Ordinal).Replace("@@", """
            ,
              "definitions": {
                "x": { "type": "object", "additionalProperties": false, "properties": { "y": { "$ref": "#/definitions/y" } } },
                "y": { "type": "object", "additionalProperties": false, "properties": { "x": { "$ref": "#/definitions/x" } } }
              }
            """, StringComparison.Ordinal);
        corpus["self $ref"] = () => Template.Replace("##", string.Empty, StringComparison.Ordinal).Replace("@@", """
            ,
              "definitions": { "x": { "type": "object", "additionalProperties": false, "properties": { "x": { "$ref": "#/definitions/x" } } } }
            """, StringComparison.Ordinal);
        corpus["$ref to the root"] = () => Template.Replace("@@", string.Empty, StringComparison.Ordinal).Replace("\"type\": \"integer\"##", "\"$ref\": \"#\"", StringComparison.Ordinal);

        // The wrong type in every keyword (root, cell, string and rule keywords).
        foreach (var (keyword, value) in new[]
        {
            ("type", "5"), ("type", "\"array\""), ("type", "[\"object\", \"null\"]"), ("properties", "[]"), ("required", "\"a\""), ("required", "[1]"),
            ("additionalProperties", "\"no\""), ("additionalProperties", "{}"), ("title", "5"), ("description", "[]"), ("$comment", "{}"),
            ("definitions", "[]"), ("$defs", "1"), ("x-govinfo-template", "5"), ("x-govinfo-rules", "{}"), ("x-govinfo-rules", "[5]"),
            ("x-govinfo-header", "true"), ("x-govinfo-note", "null"), ("patternProperties", "{}"), ("x-govinfo-unknown", "1"),
        })
        {
            corpus[$"root {keyword}: {value}"] = () => ReplaceRootKeyword(keyword, value);
        }

        foreach (var cellKeywords in new[]
        {
            ", \"minimum\": \"x\"", ", \"maximum\": {}", ", \"minimum\": 1e400", ", \"minimum\": 1.5", ", \"minimum\": 5, \"maximum\": 1",
            ", \"format\": 5", ", \"format\": \"int128\"", ", \"enum\": [1, 2]", ", \"multipleOf\": 2", ", \"title\": []", ", \"x-govinfo-group\": 1",
            ", \"type\": \"integer\"",
        })
        {
            corpus[$"cell{cellKeywords}"] = () => Template.Replace("@@", string.Empty, StringComparison.Ordinal).Replace("##", cellKeywords, StringComparison.Ordinal);
        }

        foreach (var stringSchema in new[]
        {
            """{ "type": "string", "enum": "a" }""", """{ "type": "string", "enum": [] }""", """{ "type": "string", "const": 1 }""",
            """{ "type": "string", "enum": ["a"], "const": "a" }""", """{ "type": "string", "minLength": -1 }""", """{ "type": "string", "maxLength": 99999999999 }""",
            """{ "type": "string", "maxLength": 1.5 }""", """{ "type": "string", "format": "email" }""", """{ "type": "string", "pattern": "^a$" }""",
            """{ "$ref": 5 }""", """{ "allOf": 5 }""", """{ "allOf": [ { "$ref": "#/definitions/none" }, {} ] }""", "true", "[]", """{ "type": "array", "items": {} }""",
        })
        {
            corpus[$"string cell {stringSchema}"] = () => Template.Replace("@@", string.Empty, StringComparison.Ordinal).Replace("##", string.Empty, StringComparison.Ordinal)
                .Replace("\"s\": { \"type\": \"string\" }", "\"s\": " + stringSchema, StringComparison.Ordinal);
        }

        foreach (var rule in new[]
        {
            """{ "id": 5, "severity": "error", "assert": "a == 1", "message": { "zh": "z", "en": "e" } }""",
            """{ "id": "R", "severity": 1, "assert": "a == 1", "message": { "zh": "z", "en": "e" } }""",
            """{ "id": "R", "severity": "error", "kind": 3, "assert": "a == 1", "message": { "zh": "z", "en": "e" } }""",
            """{ "id": "R", "severity": "error", "assert": [], "message": { "zh": "z", "en": "e" } }""",
            """{ "id": "R", "severity": "error", "forEach": "a", "assert": "a == 1", "message": { "zh": "z", "en": "e" } }""",
            """{ "id": "R", "severity": "error", "forEach": { "name": "c", "in": "a" }, "assert": "a == 1", "message": { "zh": "z", "en": "e" } }""",
            """{ "id": "R", "severity": "error", "at": 5, "assert": "a == 1", "message": { "zh": "z", "en": "e" } }""",
            """{ "id": "R", "severity": "error", "at": "nowhere", "assert": "a == 1", "message": { "zh": "z", "en": "e" } }""",
            """{ "id": "R", "severity": "error", "assert": "a == 1", "message": "z" }""",
            """{ "id": "R", "severity": "error", "assert": "a == 1", "message": { "zh": 1, "en": "e" } }""",
            """{ "id": "R", "severity": "error", "assert": "a == 1", "message": { "zh": "{", "en": "}" } }""",
            """{ "id": "R", "severity": "error", "kind": "structural", "keywords": "type", "message": { "zh": "z", "en": "e" } }""",
            """{ "id": "R", "severity": "error", "kind": "structural", "keywords": ["type"], "assert": "a == 1", "message": { "zh": "z", "en": "e" } }""",
            """{ "id": "1R", "severity": "error", "assert": "a == 1", "message": { "zh": "z", "en": "e" } }""",
            """{ "id": "R", "severity": "error", "assert": "sum(*) == 1", "message": { "zh": "z", "en": "e" } }""",
            """{ "id": "R", "severity": "error", "assert": "* == 1", "message": { "zh": "z", "en": "e" } }""",
            """{ "id": "R", "severity": "error", "assert": "a == 99999999999999999999999999999999", "message": { "zh": "z", "en": "e" } }""",
            """{ "id": "R", "severity": "error", "assert": "a == 1", "message": { "zh": "z", "en": "e" }, "extra": true }""",
        })
        {
            corpus[$"rule {rule}"] = () => Template.Replace("##", string.Empty, StringComparison.Ordinal).Replace("@@", ",\n  \"x-govinfo-rules\": [ " + rule + " ]", StringComparison.Ordinal);
        }

        return corpus;
    }

    private static string Truncate(string text, double fraction) => text.Substring(0, (int)(text.LastIndexOf('}') * fraction));

    private static byte[] RandomBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static string ReplaceRootKeyword(string keyword, string value)
    {
        var text = Template.Replace("##", string.Empty, StringComparison.Ordinal);
        var existing = "\"" + keyword + "\": ";
        var index = text.IndexOf("\n  " + existing, StringComparison.Ordinal);
        if (index < 0)
        {
            return text.Replace("@@", ",\n  " + existing + value, StringComparison.Ordinal);
        }

        // Replace the root's own value of the keyword (up to the end of its line, keeping a trailing comma).
        var start = index + 3 + existing.Length;
        var end = text.IndexOf('\n', start);
        var comma = text[end - 1] == ',' ? "," : string.Empty;
        if (keyword == "properties")
        {
            end = text.IndexOf("\n  }", start, StringComparison.Ordinal) + 4;
            comma = string.Empty;
        }

        return (text.Substring(0, start) + value + comma + text.Substring(end)).Replace("@@", string.Empty, StringComparison.Ordinal);
    }

    private static string WithRule(string assert) => Template.Replace("##", string.Empty, StringComparison.Ordinal).Replace("@@",
        ",\n  \"x-govinfo-rules\": [ { \"id\": \"R\", \"severity\": \"error\", \"assert\": \"" + assert + "\", \"message\": { \"zh\": \"z\", \"en\": \"e\" } } ]", StringComparison.Ordinal);

    private static string NestedSchema(int depth)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append("{ \"type\": \"object\", \"additionalProperties\": false, \"properties\": { \"p\": ");
        }

        builder.Append("{ \"type\": \"integer\" }");
        for (var i = 0; i < depth; i++)
        {
            builder.Append(" } }");
        }

        return builder.ToString();
    }

    private static string WideObject(int properties) => "{ \"type\": \"object\", \"additionalProperties\": false, \"properties\": { "
        + string.Join(", ", Enumerable.Range(0, properties).Select(i => $"\"p{i}\": {{ \"type\": \"integer\" }}")) + " } }";

    /// <summary>d0 holds two d1, each d1 two d2…: 2^levels cells once every $ref is expanded.</summary>
    private static string FanOut(int levels)
    {
        var definitions = new List<string>();
        for (var i = 0; i < levels; i++)
        {
            definitions.Add($"\"d{i}\": {{ \"type\": \"object\", \"additionalProperties\": false, \"properties\": {{ \"l\": {{ \"$ref\": \"#/definitions/d{i + 1}\" }}, \"r\": {{ \"$ref\": \"#/definitions/d{i + 1}\" }} }} }}");
        }

        definitions.Add($"\"d{levels}\": {{ \"type\": \"object\", \"additionalProperties\": false, \"properties\": {{ \"v\": {{ \"type\": \"integer\" }} }} }}");
        return "{ \"type\": \"object\", \"additionalProperties\": false, \"properties\": { \"root\": { \"$ref\": \"#/definitions/d0\" } }, \"definitions\": { "
            + string.Join(", ", definitions) + " } }";
    }
}
