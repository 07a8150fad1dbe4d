using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Resources;
using System.Text.RegularExpressions;
using GovInfoReport.Generators.Tests.Support;
using GovInfoReport.SchemaLanguage.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GovInfoReport.Generators.Tests;

/// <summary>
/// The diagnostics catalogue as users meet it: every id documented in docs/diagnostics.md (cause, example, fix),
/// help links to each id's own section on the repository, and Chinese titles and messages from the zh-Hans
/// satellite, as the compiler localises its own.
/// </summary>
public sealed class DiagnosticCatalogTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    private const string MissingRequired = """
        { "type": "object", "additionalProperties": false, "required": ["totl"], "properties": { "total": { "type": "integer" } } }
        """;

    private static string Documentation => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "diagnostics.md"));

    [Fact]
    public void EveryIdHasASectionWithCauseExampleAndFix()
    {
        var sections = Regex.Split(Documentation, "^## ", RegexOptions.Multiline).Skip(1)
            .ToDictionary(s => s[..s.IndexOf('\n', StringComparison.Ordinal)].Trim(), s => s, StringComparer.Ordinal);

        Assert.Equal(SchemaDiagnosticCatalog.All.Select(d => d.Id).Order(StringComparer.Ordinal), sections.Keys.Order(StringComparer.Ordinal));
        foreach (var descriptor in SchemaDiagnosticCatalog.All)
        {
            var section = sections[descriptor.Id];
            Assert.Contains("**" + descriptor.Title + "**", section, StringComparison.Ordinal);
            Assert.Contains("*Cause.*", section, StringComparison.Ordinal);
            Assert.Contains("*Fix.*", section, StringComparison.Ordinal);
            if (descriptor.Id != SchemaDiagnosticCatalog.InternalError.Id)
            {
                Assert.Contains("*Example.*", section, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void HelpLinksPointToEachIdsSectionOnTheRepository()
    {
        // Defect: every id linked one placeholder anchor (docs/rules.md#diagnostics).
        var run = GeneratorHarness.Run(
            new SchemaInput("/project/a.schema.json", MissingRequired, Namespace: "Docs", TypeName: "Report"),
            new SchemaInput("/project/b.schema.json", "{ not json", Namespace: "Docs", TypeName: "Other"));

        Assert.Equal(
            ["https://github.com/govinforeport/govinforeport/blob/main/docs/diagnostics.md#gir0001", "https://github.com/govinforeport/govinforeport/blob/main/docs/diagnostics.md#gir0008"],
            run.Diagnostics.Select(d => d.Descriptor.HelpLinkUri).Order(StringComparer.Ordinal));
        foreach (var descriptor in SchemaDiagnosticCatalog.All)
        {
            Assert.Contains("\n## " + descriptor.Id + "\n", Documentation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MessagesAreChineseForAChineseUserInterface()
    {
        var diagnostic = Assert.Single(GeneratorHarness.Run(new SchemaInput("/project/zh.schema.json", MissingRequired, Namespace: "Zh", TypeName: "Report")).Diagnostics);

        Assert.Equal("GIR0008", diagnostic.Id);
        Assert.Equal("'required' names 'totl', which is not in 'properties'", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("“required”列出了“totl”，但“properties”中没有该属性", diagnostic.GetMessage(Chinese));
        Assert.Equal("必填属性未定义", diagnostic.Descriptor.Title.ToString(Chinese));
        Assert.Equal("Required property not defined", diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void EveryIdIsTranslatedWithTheSameArguments()
    {
        var resources = SchemaDiagnosticCatalog.Resources;
        var chinese = resources.GetResourceSet(Chinese, createIfNotExists: true, tryParents: false)!;
        foreach (var descriptor in SchemaDiagnosticCatalog.All)
        {
            var title = chinese.GetString(SchemaDiagnosticCatalog.TitleResource(descriptor.Id));
            var message = chinese.GetString(SchemaDiagnosticCatalog.MessageResource(descriptor.Id));
            Assert.False(string.IsNullOrWhiteSpace(title), descriptor.Id);
            Assert.False(string.IsNullOrWhiteSpace(message), descriptor.Id);
            Assert.NotEqual(descriptor.MessageFormat, message);
            Assert.Equal(Arguments(descriptor.MessageFormat), Arguments(message!));
        }

        Assert.Equal(SchemaDiagnosticCatalog.All.Count * 2, chinese.Cast<DictionaryEntry>().Count());
    }

    [Fact]
    public void UnknownPathMessageSaysWhichObjectLacksTheProperty()
    {
        // Defect: GIR0011 said "the object at '(rule's object)'".
        var schema = """
            {
              "type": "object", "additionalProperties": false, "required": ["total", "online"],
              "properties": { "total": { "type": "integer" }, "online": { "type": "integer" } },
              "x-govinfo-rules": [ { "id": "T1", "severity": "error", "assert": "total == onlin", "message": { "zh": "错", "en": "wrong" } } ]
            }
            """;
        var diagnostic = Assert.Single(GeneratorHarness.Run(new SchemaInput("/project/path.schema.json", schema, Namespace: "Paths", TypeName: "Report")).Diagnostics);

        Assert.Equal(
            "Rule 'T1': 'onlin' names no property (the object the rule is declared on has no property 'onlin')",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    // The {n} arguments a format uses ({{ and }} are literal braces).
    private static string[] Arguments(string format)
        => Regex.Matches(format.Replace("{{", string.Empty, StringComparison.Ordinal), @"\{(\d+)\}").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToArray();
}
