using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using GovInfoReport.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace GovInfoReport.Generators.Tests;

/// <summary>
/// Schema text is data. Titles, descriptions, messages, enum values and property names that try to end a literal,
/// a comment or a doc element, or that hide control, line-separator or bidi characters, must produce code that
/// compiles strictly and holds exactly the intended declarations: the text shows up only as literal values and
/// documentation, never as code.
/// </summary>
public sealed class HostileSchemaTextTests
{
    private const string SchemaPath = "/project/Schemas/hostile-report.schema.json";

    /// <summary>Tries to end comments, strings and doc elements, inject markup, and hide characters.</summary>
    private const string Hostile = "*/ /* \" \\ \" + \"x\r\n</summary><script>alert(1)</script> \u0000\u0001\u001F\u007F\u0085 \u2028\u2029 \u202Edesrever\u202C \u2066\uFEFF\uFFFF\uD800 & &amp; ]]> --> end";

    /// <summary>Looks like code on its own line after the comment ends.</summary>
    private const string HostileCode = "\"; } }\n}\npublic class Injected { }\n/// </summary>\npublic class Injected2 { } //\u2028public class Injected3 { }";

    /// <summary>
    /// The JSON property names and the C# property names they must become on the report record. Names with control,
    /// bidi or lone-surrogate characters are not here: they are an error of their own (GIR0017, NamesAndPartialFailureTests).
    /// </summary>
    private static readonly (string Json, string Clr)[] RootProperties =
    [
        ("class", "Class"),
        ("int", "Int"),
        ("1st", "_1st"),
        ("first name", "FirstName"),
        ("a-b.c/d~e", "ABCDE"),
        ("自然人", "自然人"),
        ("foo-bar", "FooBar"),
        ("fooBar", "FooBarValue"),
        ("_", "_"),
        ("\"quote", "Quote"),
        ("back\\slash", "BackSlash"),
        ("*/", "Property"),
        ("</summary>", "Summary"),
        ("equals", "EqualsValue"),
        ("hostileReport", "HostileReportValue"),
        ("value", "Value"),
        ("writer", "Writer"),
        ("columns", "Columns"),
    ];

    [Fact]
    public void HostileSchemaCompilesStrictly()
    {
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, HostileSchema(Hostile, HostileCode), Namespace: "Hostile"));

        // The only diagnostic is the expected rename of "fooBar" (after "foo-bar").
        Assert.Equal(["GIR0005"], run.Diagnostics.Select(d => d.Id));
        var trees = GeneratorHarness.Trees(run);
        Assert.Equal(8, trees.Length);
        Assert.All(trees, tree => Assert.Empty(tree.GetDiagnostics()));
        GeneratedCode.AssertClean(GeneratedCode.Compile("Hostile", trees));
    }

    [Fact]
    public void HostileTextChangesNoTokenOfTheCode()
    {
        // The same schema with plain text in every title, description, message and enum value: every token outside
        // literals and comments must be identical, so no text became an identifier, keyword or punctuation.
        var hostile = CodeTokens(GeneratorHarness.Run(new SchemaInput(SchemaPath, HostileSchema(Hostile, HostileCode), Namespace: "Hostile")));
        var plain = CodeTokens(GeneratorHarness.Run(new SchemaInput(SchemaPath, HostileSchema("plain text", "more plain text"), Namespace: "Hostile")));

        Assert.True(hostile.Count > 1000, "too few tokens: " + hostile.Count);
        Assert.Equal(plain.Count, hostile.Count);

        // Enum values become enum members: those identifiers follow the text (sanitised, checked below), all else must not.
        var members = EnumMembers(HostileSchema(Hostile, HostileCode)).Concat(EnumMembers(HostileSchema("plain text", "more plain text"))).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < plain.Count; i++)
        {
            var bothMembers = plain[i].StartsWith("IdentifierToken ", StringComparison.Ordinal) && hostile[i].StartsWith("IdentifierToken ", StringComparison.Ordinal)
                && members.Contains(plain[i]["IdentifierToken ".Length..]) && members.Contains(hostile[i]["IdentifierToken ".Length..]);
            Assert.True(plain[i] == hostile[i] || bothMembers, $"token {i} differs: {plain[i]} vs {hostile[i]}");
        }
    }

    private static IEnumerable<string> EnumMembers(string schema)
        => GeneratorHarness.Trees(GeneratorHarness.Run(new SchemaInput(SchemaPath, schema, Namespace: "Hostile")))
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<EnumMemberDeclarationSyntax>())
            .Select(m => m.Identifier.ValueText);

    [Fact]
    public void ExactlyTheIntendedTypesAndMembersAreDeclared()
    {
        var trees = GeneratorHarness.Trees(GeneratorHarness.Run(new SchemaInput(SchemaPath, HostileSchema(Hostile, HostileCode), Namespace: "Hostile")));
        var types = trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()).ToList();

        Assert.Equal(
            // One private slot-table class (Shape): records validated on their own use slices of it. Quote is the enum
            // of the "quote" property's values. The validator is declared in seven parts: six files by concern, and
            // the converter's entry in the JSON file.
            ["Class", "Columns", "HostileReport", "HostileReportJsonContext", "HostileReportJsonConverter", "HostileReportValidator", "HostileReportValidator", "HostileReportValidator", "HostileReportValidator", "HostileReportValidator", "HostileReportValidator", "HostileReportValidator", "Quote", "Shape", "Summary"],
            types.Select(t => t.Identifier.ValueText).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(["Hostile"], trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>()).Select(n => n.Name.ToString()).Distinct());

        var compilation = GeneratedCode.Compile("Hostile", trees);
        var report = compilation.GetTypeByMetadataName("Hostile.HostileReport")!;
        Assert.Equal(
            RootProperties.Select(p => p.Clr).OrderBy(n => n, StringComparer.Ordinal),
            DeclaredProperties(report));
        Assert.Equal(["X"], DeclaredProperties(compilation.GetTypeByMetadataName("Hostile.Class")!));
        Assert.Equal(["A", "B"], DeclaredProperties(compilation.GetTypeByMetadataName("Hostile.Summary")!));
        Assert.Equal(["A", "B"], DeclaredProperties(compilation.GetTypeByMetadataName("Hostile.Columns")!));

        // The public surface of the companions does not depend on the schema's text.
        var validator = compilation.GetTypeByMetadataName("Hostile.HostileReportValidator")!;
        Assert.Equal(["CellCount", "Validate"], PublicMembers(validator).Select(m => m.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal));
        var context = compilation.GetTypeByMetadataName("Hostile.HostileReportJsonContext")!;
        Assert.Equal([".ctor", "Default", "GetTypeInfo", "HostileReport"], PublicMembers(context).Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void HostileTextRoundTripsAsLiteralValues()
    {
        var trees = GeneratorHarness.Trees(GeneratorHarness.Run(new SchemaInput(SchemaPath, HostileSchema(Hostile, HostileCode), Namespace: "Hostile")));
        var literals = trees.SelectMany(t => t.GetRoot().DescendantTokens())
            .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.Utf8StringLiteralToken))
            .Select(t => t.ValueText)
            .ToHashSet(StringComparer.Ordinal);

        // Labels (cell and object titles) in the shape tables, the for-each labels, the enum values.
        Assert.Contains(Hostile, literals);
        Assert.Contains(HostileCode, literals);
        Assert.Contains("*/", literals);
        Assert.Contains("</summary>", literals);

        // Message text between placeholders, with {{ }} turned into braces.
        Assert.Contains(Hostile + " {literal} ", literals);
        Assert.Contains(" " + HostileCode, literals);

        // Every JSON name is matched and written by its exact value.
        foreach (var (json, _) in RootProperties)
        {
            Assert.Contains(json, literals);
        }

        // Nothing outside printable ASCII and ordinary letters is written raw into a literal's source text.
        foreach (var token in trees.SelectMany(t => t.GetRoot().DescendantTokens()).Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.Utf8StringLiteralToken)))
        {
            Assert.DoesNotContain(token.Text, c => char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u202E' or '\u2066' or '\uFEFF');
        }
    }

    [Fact]
    public void HostileTextStaysInsideTheDocumentation()
    {
        var compilation = GeneratedCode.Compile("Hostile", GeneratorHarness.Trees(GeneratorHarness.Run(new SchemaInput(SchemaPath, HostileSchema(Hostile, HostileCode), Namespace: "Hostile"))));

        foreach (var symbol in new ISymbol[]
        {
            compilation.GetTypeByMetadataName("Hostile.HostileReport")!,
            compilation.GetTypeByMetadataName("Hostile.HostileReport")!.GetMembers("Int").Single(),
            compilation.GetTypeByMetadataName("Hostile.Summary")!,
        })
        {
            var xml = symbol.GetDocumentationCommentXml();
            Assert.False(string.IsNullOrEmpty(xml), "no documentation for " + symbol);
            var member = XElement.Parse(xml!);
            var summary = Assert.Single(member.Elements("summary"));

            // The markup in the text is text: no <script> element, and the summary is not closed early.
            Assert.Empty(summary.Descendants("script"));
            Assert.All(summary.Elements(), e => Assert.Equal("para", e.Name.LocalName));
            var text = summary.Value;
            Assert.Contains("*/ /* \" \\ \" + \"x", text, StringComparison.Ordinal);
            Assert.Contains("</summary><script>alert(1)</script>", text, StringComparison.Ordinal);
            Assert.Contains("& &amp; ]]> --> end", text, StringComparison.Ordinal);
            Assert.DoesNotContain(text, c => c < ' ' && c != '\n' && c != '\r' && c != '\t' || c is '\u202E' or '\u2066' or '\uFFFF' || char.IsSurrogate(c));
        }
    }

    [Fact]
    public void HostileFileNameAndNamespaceMetadataBecomeIdentifiers()
    {
        var path = "/project/Schemas/evil \"*\u2028name\u202E.schema.json";
        var run = GeneratorHarness.Run(new SchemaInput(path, HostileSchema("t", "u"), Namespace: "Evil; public class Injected { } //.Ns"));

        var trees = GeneratorHarness.Trees(run);
        var names = trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>()).Select(n => n.Name.ToString()).Distinct();
        Assert.Equal(["EvilPublicClassInjected.Ns"], names);
        var types = trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()).Select(t => t.Identifier.ValueText).ToList();
        Assert.Contains("EvilName", types);
        Assert.DoesNotContain("Injected", types);

        // The header comment quotes the file name on one line, printable ASCII only.
        var header = trees[0].GetText().Lines[1].ToString();
        Assert.Equal("// Generated by GovInfoReport.Generators from evil \"*?name?.schema.json. Do not edit: edit the schema.", header);
        GeneratedCode.AssertClean(GeneratedCode.Compile("EvilName", trees));
    }

    [Fact]
    public void RootNamespaceAndTypeNameMetadataAreSanitised()
    {
        var input = new SchemaInput("/project/Schemas/x.schema.json", HostileSchema("t", "u"), TypeName: "class Evil { }");

        var trees = GeneratorHarness.Trees(GeneratorHarness.Run([input], rootNamespace: "Root.Name-Space.1x.class"));

        var names = trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>()).Select(n => n.Name.ToString()).Distinct();
        Assert.Equal(["Root.NameSpace._1x.Class"], names);
        var types = trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()).Select(t => t.Identifier.ValueText).ToList();
        Assert.Contains("ClassEvil", types);
        Assert.Contains("ClassEvilValidator", types);
        GeneratedCode.AssertClean(GeneratedCode.Compile("Sanitised", trees));
    }

    private static IEnumerable<ISymbol> PublicMembers(INamedTypeSymbol type)
        => type.GetMembers().Where(m => m.DeclaredAccessibility == Accessibility.Public && m is not IMethodSymbol { AssociatedSymbol: not null });

    private static string[] DeclaredProperties(INamedTypeSymbol type) => type.GetMembers().OfType<IPropertySymbol>()
        .Where(p => !p.IsImplicitlyDeclared && p.Name != "EqualityContract")
        .Select(p => p.Name)
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Every code token of the generated files, in order; literal tokens only by kind.</summary>
    private static List<string> CodeTokens(GeneratorDriverRunResult run) => GeneratorHarness.Single(run).GeneratedSources
        .OrderBy(s => s.HintName, StringComparer.Ordinal)
        .SelectMany(s => s.SyntaxTree.GetRoot().DescendantTokens(descendIntoTrivia: false))
        .Select(t => t.Kind() + (t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.Utf8StringLiteralToken) ? string.Empty : " " + t.Text))
        .ToList();

    /// <summary>
    /// A schema using <paramref name="text"/> and <paramref name="code"/> in every title, description, message and
    /// enum value, with the hostile property names; rules read the properties whose names are identifiers.
    /// </summary>
    private static string HostileSchema(string text, string code)
    {
        var properties = new StringBuilder();
        foreach (var (json, _) in RootProperties)
        {
            var schema = json switch
            {
                "class" => $"{{ \"title\": {J(text)}, \"description\": {J(code)}, \"$ref\": \"#/definitions/class\" }}",
                "\"quote" => $"{{ \"title\": {J(code)}, \"type\": \"string\", \"enum\": [\"*/\", \"</summary>\", {J(text)}, {J(code)}] }}",
                "first name" => $"{{ \"title\": {J(text)}, \"description\": {J(code)}, \"type\": \"string\", \"minLength\": 1 }}",
                "</summary>" or "columns" => $$"""
                    { "title": {{J(text)}}, "description": {{J(code)}}, "type": "object", "additionalProperties": false,
                      "required": ["a"],
                      "properties": {
                        "a": { "title": {{J(text)}}, "description": {{J(code)}}, "type": "integer" },
                        "b": { "title": {{J(code)}}, "description": {{J(text)}}, "type": "number" } } }
                    """,
                _ => $"{{ \"title\": {J(text)}, \"description\": {J(code)}, \"type\": \"integer\" }}",
            };
            properties.Append(properties.Length == 0 ? string.Empty : ",\n    ").Append(J(json)).Append(": ").Append(schema);
        }

        return $$"""
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "title": {{J(text)}},
              "description": {{J(code)}},
              "x-govinfo-header": {{J(text)}},
              "x-govinfo-note": {{J(code)}},
              "$comment": {{J(code)}},
              "type": "object",
              "additionalProperties": false,
              "required": ["class", "int", "columns", "\"quote", "*/"],
              "properties": {
                {{properties}}
              },
              "x-govinfo-rules": [
                { "id": "H1", "severity": "error", "description": {{J(code)}}, "assert": "int >= value + writer",
                  "message": { "zh": {{J(Braces(text) + " {{literal}} {actual}")}}, "en": {{J("{expected} " + Braces(code))}} } },
                { "id": "H2", "severity": "warning", "forEach": { "name": "col", "in": "columns" }, "assert": "columns.$col <= int",
                  "message": { "zh": {{J("{col}" + Braces(text))}}, "en": {{J(Braces(code) + "{col}{cell}{label}")}} } }
              ],
              "definitions": {
                "class": {
                  "title": {{J(text)}}, "description": {{J(code)}}, "type": "object", "additionalProperties": false,
                  "required": ["x"],
                  "properties": { "x": { "title": {{J(code)}}, "description": {{J(text)}}, "type": "integer", "minimum": 0 } },
                  "x-govinfo-rules": [
                    { "id": "H3", "severity": "error", "kind": "structural", "keywords": ["minimum"],
                      "message": { "zh": {{J(Braces(code) + "{cell}{expected}")}}, "en": {{J("{actual}" + Braces(text))}} } }
                  ]
                }
              }
            }
            """;
    }

    private static string Braces(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    /// <summary>A JSON string literal: quotes, backslashes, controls and lone surrogates escaped, everything else raw.</summary>
    private static string J(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' || char.IsSurrogate(c) || c == '\uFFFF' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
