using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoReport.Schema.Tests.Support;
using Xunit;

namespace GovInfoReport.Schema.Tests;

/// <summary>Every statutory label of a version (<see cref="TemplateLabels"/>, transcribed from template.md) appears
/// verbatim in that version's schema, and the labels printed only in the other version do not.</summary>
public sealed class LabelCompletenessTests
{
    private static readonly string[] MergedHeaderKeywords = ["x-govinfo-group", "x-govinfo-header", "x-govinfo-note"];

    public static TheoryData<TemplateVersion, string> TitleLabels => Labels(TemplateLabels.TitleLabels);

    public static TheoryData<TemplateVersion, string> MergedHeaderLabels => Labels(TemplateLabels.MergedHeaderLabels);

    public static TheoryData<TemplateVersion, string> LabelsOnlyInTheOtherVersion
    {
        get
        {
            var data = new TheoryData<TemplateVersion, string>();
            foreach (var label in TemplateLabels.OnlyIn(TemplateVersion.V2021))
            {
                data.Add(TemplateVersion.V2019, label);
            }

            foreach (var label in TemplateLabels.OnlyIn(TemplateVersion.V2019))
            {
                data.Add(TemplateVersion.V2021, label);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(TitleLabels))]
    public void LabelAppearsAsATitle(TemplateVersion version, string label)
    {
        Assert.Contains(label, SchemaWalker.StringKeywordValues(TestData.SchemaJson(version), "title"));
    }

    [Theory]
    [MemberData(nameof(MergedHeaderLabels))]
    public void MergedHeaderLabelAppearsAsATitleOrHeaderAnnotation(TemplateVersion version, string label)
    {
        var schema = TestData.SchemaJson(version);
        var values = new[] { "title" }.Concat(MergedHeaderKeywords)
            .SelectMany(keyword => SchemaWalker.StringKeywordValues(schema, keyword));

        Assert.Contains(label, values);
    }

    [Theory]
    [MemberData(nameof(LabelsOnlyInTheOtherVersion))]
    public void LabelOfTheOtherVersionIsAbsent(TemplateVersion version, string label)
    {
        Assert.DoesNotContain(label, PrintedLabels(TestData.SchemaJson(version)));
    }

    [Fact]
    public void VersionSpecificLabelListsHoldTheKnownDifferences()
    {
        // Guards the transcription in TemplateLabels: the differences template.md spells out must come out of the set
        // difference, and labels shared by both versions must not.
        var only2019 = TemplateLabels.OnlyIn(TemplateVersion.V2019);
        var only2021 = TemplateLabels.OnlyIn(TemplateVersion.V2021);

        Assert.Contains("第二十条第（九）项", only2019);
        Assert.Contains("政府集中采购", only2019);
        Assert.Contains("本年增/减", only2019);
        Assert.Contains("（六）其他处理", TemplateLabels.ApplicationDataRows2019);
        Assert.Contains("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", only2021);
        Assert.Contains("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", only2021);
        Assert.Contains("3.其他", only2021);
        Assert.Contains("本年收费金额（单位：万元）", only2021);
        Assert.DoesNotContain("（六）其他处理", only2019.Concat(only2021));
        Assert.DoesNotContain("第二十条第（八）项", only2019.Concat(only2021));
        Assert.Equal(13, only2019.Count);
        Assert.Equal(10, only2021.Count);
    }

    /// <summary>Labels a consumer would print: titles and merged-header annotations of every subschema.</summary>
    private static HashSet<string> PrintedLabels(JsonObject schema) =>
        SchemaWalker.SchemaNodes(schema)
            .SelectMany(node => new[] { "title" }.Concat(MergedHeaderKeywords)
                .Select(keyword => node.Schema[keyword])
                .OfType<JsonValue>()
                .Select(value => value.GetValue<string>()))
            .ToHashSet();

    private static TheoryData<TemplateVersion, string> Labels(System.Func<TemplateVersion, IReadOnlyList<string>> select)
    {
        var data = new TheoryData<TemplateVersion, string>();
        foreach (var version in new[] { TemplateVersion.V2019, TemplateVersion.V2021 })
        {
            foreach (var label in select(version))
            {
                data.Add(version, label);
            }
        }

        return data;
    }
}
