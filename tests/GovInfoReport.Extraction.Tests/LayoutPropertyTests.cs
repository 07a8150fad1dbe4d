using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using GovInfoReport.Extraction.Tests.Support;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>
/// The extractor's promise under layout changes: the seed reports rendered with separators dropped (run-together
/// text), labels wrapped, columns shifted, cells merged and encodings changed — every extracted table value equals the
/// truth or is absent with a note. Never a wrong value.
/// </summary>
public sealed class LayoutPropertyTests
{
    private static readonly string[] Seeds = ["000", "001", "002", "004"];

    /// <summary>One perturbed rendering.</summary>
    public sealed record Perturbation(string Seed, bool RunTogether, bool WrapLabels, bool ShiftColumns, bool WidenColumns, bool MergeZeros, string Encoding)
    {
        public override string ToString() => $"{Seed} runTogether={RunTogether} wrap={WrapLabels} shift={ShiftColumns} widen={WidenColumns} merge={MergeZeros} {Encoding}";
    }

    private static Arbitrary<Perturbation> Perturbations => Arb.From(
        from seed in Gen.Elements(Seeds)
        from runTogether in Gen.Elements(true, false)
        from wrap in Gen.Elements(true, false)
        from shift in Gen.Elements(true, false)
        from widen in Gen.Elements(true, false)
        from merge in Gen.Elements(true, false)
        from encoding in Gen.Elements("utf-8", "utf-8-bom", "gb18030", "utf-16le-bom")
        select new Perturbation(seed, runTogether, wrap, shift, widen, merge, encoding));

    [Fact]
    public void Every_value_is_the_truth_or_absent_with_a_note()
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(int.TryParse(Environment.GetEnvironmentVariable("GOVINFO_LAYOUT_PROPERTY_TESTS"), out var n) ? n : 40);
        Check.One(config, Prop.ForAll(Perturbations, p =>
        {
            var truth = TestFiles.Fixture(p.Seed);
            var bytes = Encode(p.RunTogether ? RunTogether(truth) : Html(truth, p), p.Encoding);
            var result = ReportExtractor.ExtractBytes(bytes, p.ToString());
            Assert.True(result.IsAnnualReport, p + ": " + result.ReasonEn);
            Assert.Equal((string)truth["templateVersion"]!, (string)result.Payload!["templateVersion"]!);
            var read = 0;
            var total = 0;
            foreach (var section in new[] { "activeDisclosure", "applications", "reviewAndLitigation" })
            {
                foreach (var (pointer, expected) in Leaves(truth[section]!, "/" + section))
                {
                    var got = Get(result.Payload, pointer);
                    total++;
                    read += got is null ? 0 : 1;
                    if (got is null)
                    {
                        Assert.True(result.Notes.Any(n => n.Pointer is { } np && (np == pointer || pointer.StartsWith(np + "/", StringComparison.Ordinal))), $"{p}: {pointer} absent without a note");
                    }
                    else
                    {
                        Assert.True(Same(expected, got), $"{p}: {pointer} is {got.ToJsonString()}, the truth is {expected.ToJsonString()}");
                    }
                }
            }

            // The perturbations are ones the readers handle: a property that held because nothing was read would prove nothing.
            Assert.True(read >= total * (p.RunTogether ? 0.6 : 0.85), $"{p}: only {read} of {total} values read");
        }));
    }

    private static string Html(JsonObject truth, Perturbation p)
    {
        var blocks = ReportLayout.FromPayload(truth);
        if (p.WidenColumns)
        {
            blocks = LayoutEdits.Replace(blocks, t => LayoutEdits.Has(t, "商业企业"), t => LayoutEdits.Widen(t, LayoutEdits.ColumnOf(t, "商业企业")));
            blocks = LayoutEdits.Replace(blocks, t => t.Rows.Count > 1 && t.Rows[0].Count == 1 && t.Rows[0][0].Text.StartsWith("第二十条", StringComparison.Ordinal), t => LayoutEdits.Widen(t, 1));
        }

        if (p.MergeZeros)
        {
            // A 0 merged down over rows whose first value is 0 in the truth: exact for each row.
            var labels = new[] { "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确" };
            var unable = truth["applications"]!["outcomes"]!["unableToProvide"]!;
            if ((int)unable["requiresCreation"]!["naturalPersons"]! == 0 && (int)unable["unclearAfterCorrection"]!["naturalPersons"]! == 0)
            {
                blocks = LayoutEdits.Replace(blocks, t => LayoutEdits.Has(t, labels[0]), t => LayoutEdits.MergeFirstValueDown(t, labels, "0"));
            }
        }

        var html = HtmlRenderer.Render(blocks);
        if (p.WrapLabels)
        {
            html = html.Replace("政府信息公开申请数量", "政府信息<br>公开申请数量", StringComparison.Ordinal)
                .Replace("行政法规禁止公开", "行政法规<br/>禁止公开", StringComparison.Ordinal)
                .Replace("其他对外管理服务事项", "其他对外管理<br>服务事项", StringComparison.Ordinal);
        }

        if (p.ShiftColumns)
        {
            // An empty layout cell between each table 三 label and its values.
            foreach (var label in new[] { "一、本年新收政府信息公开申请数量", "（一）予以公开", "（七）总计" })
            {
                var at = html.IndexOf(System.Net.WebUtility.HtmlEncode(label), StringComparison.Ordinal);
                if (at >= 0)
                {
                    var end = html.IndexOf("</td>", at, StringComparison.Ordinal) + 5;
                    html = html[..end] + "<td>&nbsp;</td>" + html[end..];
                }
            }
        }

        return html;
    }

    /// <summary>What a crawler saves of a page: a 标题 line, then the whole body on one line with no separators.</summary>
    private static string RunTogether(JsonObject truth)
    {
        var body = new StringBuilder();
        foreach (var block in ReportLayout.FromPayload(truth).Skip(2))
        {
            switch (block)
            {
                case LayoutParagraph paragraph:
                    body.Append(paragraph.Text);
                    break;
                case LayoutTable table:
                    foreach (var cell in table.Rows.SelectMany(r => r))
                    {
                        body.Append(cell.Text.Length == 0 ? "0" : cell.Text);
                    }

                    break;
            }
        }

        return $"标题: {(string)truth["agencyName"]!}{(int)truth["reportYear"]!}年政府信息公开工作年度报告\n发布时间: 2023-01-20 09:00\n" + body + "\n";
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(text)],
        "gb18030" => CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(text),
        "utf-16le-bom" => [0xFF, 0xFE, .. new UnicodeEncoding(false, false).GetBytes(text)],
        _ => new UTF8Encoding(false).GetBytes(text),
    };

    private static IEnumerable<(string Pointer, JsonNode Value)> Leaves(JsonNode node, string pointer)
    {
        if (node is JsonObject o)
        {
            foreach (var (key, value) in o)
            {
                foreach (var leaf in Leaves(value!, pointer + "/" + key))
                {
                    yield return leaf;
                }
            }
        }
        else
        {
            yield return (pointer, node);
        }
    }

    private static JsonNode? Get(JsonNode? node, string pointer)
    {
        foreach (var part in pointer.Trim('/').Split('/'))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(part, out var child) ? child : null;
        }

        return node;
    }

    private static bool Same(JsonNode expected, JsonNode got)
        => expected.AsValue().TryGetValue<string>(out var text)
            ? got is JsonValue g && g.TryGetValue<string>(out var s) && s == text
            : PayloadAssert.TryNumber(got, out var number) && number == PayloadAssert.Number(expected);
}
