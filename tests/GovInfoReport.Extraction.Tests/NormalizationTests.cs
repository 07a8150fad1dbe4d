using System.Linq;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;
using Xunit;

namespace GovInfoReport.Extraction.Tests;

/// <summary>The small building blocks: value cells, labels, headings, characters.</summary>
public sealed class NormalizationTests
{
    [Theory]
    [InlineData("0", "Number", 0, null)]
    [InlineData("　　0", "Number", 0, null)]
    [InlineData(" 0 \u00a0", "Number", 0, null)]
    [InlineData("+5", "Number", 5, null)]
    [InlineData("-8", "Number", -8, null)]
    [InlineData("减4", "Number", -4, null)]
    [InlineData("增3", "Number", 3, null)]
    [InlineData("7049.93万元", "Number", 7049.93, "万元")]
    [InlineData("251000元", "Number", 251000, "元")]
    [InlineData("１２", "Number", 12, null)]
    [InlineData("15,166", "Number", 15166, null)]
    [InlineData("[bookmark: _GoBack]0", "Number", 0, null)]
    [InlineData("**3**", "Number", 3, null)]
    [InlineData("", "Blank", 0, null)]
    [InlineData("\u3000", "Blank", 0, null)]
    [InlineData("无", "Dash", 0, null)]
    [InlineData("-", "Dash", 0, null)]
    [InlineData("/", "Dash", 0, null)]
    [InlineData("—", "Dash", 0, null)]
    [InlineData("???", "Unreadable", 0, null)]
    [InlineData("1?3", "Unreadable", 0, null)]
    [InlineData("15,16", "Unreadable", 0, null)]
    [InlineData("1.属于国家秘密", "Text", 0, null)]
    [InlineData("行政许可", "Text", 0, null)]
    public void Cells_are_read_deterministically(string raw, string kind, double number, string? unit)
    {
        var parsed = ValueParser.Parse(raw);
        Assert.Equal(kind, parsed.Kind.ToString());
        Assert.Equal((decimal)number, parsed.Number);
        Assert.Equal(unit, parsed.Unit);
    }

    [Theory]
    [InlineData("1.属于国家机密", "AppNd1", "Variant")]
    [InlineData("5.要求行政机关确认或重新出具以获取信息", "AppNp5", "Variant")]
    [InlineData("四、结转下半年度继续办理", "AppCarriedOut", "Variant")]
    [InlineData("（二）部分公开（区分处理的，只计这一情况，不计其他情形）", "AppPartial", "Variant")]
    [InlineData("5.属于三类内容事务信息", "AppNd5", "Variant")]
    [InlineData("2.其他法律行政止公开", "AppNd2", "Variant")]
    [InlineData("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "AppPartial", "Exact")]
    [InlineData("3.其他", "AppOther3", "Exact")]
    [InlineData("（七）总计", "AppTotal", "Exact")]
    [InlineData("3、危及“三安全一稳定”", "AppNd3", "Exact")]
    [InlineData("3.危及三安全一稳定", "AppNd3", "Exact")]
    [InlineData("2.信访举报投诉类申请书", "AppNp1", "Fuzzy")]
    [InlineData("1.屬於國家秘密", "AppNd1", "Exact")]
    public void Table_three_labels_match_through_typos_and_variants(string printed, string key, string kind)
    {
        Assert.True(Labels.TryMatchApplications(TextNormalizer.Normalize(printed, out _), out var match));
        Assert.Equal(key, match.Key.ToString());
        Assert.Equal(kind, match.Kind.ToString());
    }

    [Theory]
    [InlineData("其他")]
    [InlineData("总计")]
    [InlineData("自然人")]
    [InlineData("2022年共收到政府信息公开申请7件，均依法及时答复，按时答复率100%。")]
    public void Header_words_and_prose_are_not_row_labels(string printed)
        => Assert.False(Labels.TryMatchApplications(TextNormalizer.Normalize(printed, out _), out _));

    [Theory]
    [InlineData("规章（设区的市、自治州人民政府应提供相关数据）", "Rules", "Annotation")]
    [InlineData("行政規範性檔案", "Normative", "Exact")]
    [InlineData("规范性文件", "Normative", "Exact")]
    [InlineData("行政事業性收費", "Fees", "Exact")]
    public void Table_two_labels_match(string printed, string key, string kind)
    {
        Assert.True(Labels.TryMatchActiveDisclosure(TextNormalizer.Normalize(printed, out _), out var match));
        Assert.Equal(key, match.Key.ToString());
        Assert.Equal(kind, match.Kind.ToString());
    }

    [Theory]
    [InlineData("一、总体情况", 1)]
    [InlineData("2、 主动公开政府信息情况", 2)]
    [InlineData("二、行政机关主动公开政府信息情况", 2)]
    [InlineData("三、收到和处理政府信息公开申请情况", 3)]
    [InlineData("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", 4)]
    [InlineData("五、政府信息公开工作存在的主要问题及改进情况", 5)]
    [InlineData("　　六、其他需要报告的事项", 6)]
    [InlineData("## 二、主动公开政府信息情况", 2)]
    [InlineData("二、主動公開政府資訊情況", 2)]
    [InlineData("　　1、主动公开政府信息的情况", 0)]
    [InlineData("　　2.依申请公开政府信息办理情况", 0)]
    [InlineData("（一）着力深化主动公开，提升信息发布精准度。", 0)]
    [InlineData("三、本年度办理结果", 0)]
    [InlineData("四、结转下年度继续办理", 0)]
    public void Section_headings_are_matched_by_number_and_keyword(string line, int section)
        => Assert.Equal(section, DocumentStructure.HeadingSection(line, out _));

    [Fact]
    public void Romanisation_junk_and_traditional_characters_are_normalised()
    {
        Assert.Equal("各市、县(区)及宁东市场监督管理局", TextNormalizer.Normalize("各市、縣(區(qū))及寧東市場監(jiān)督管理局", out var changes).Replace("东", "东"));
        Assert.True(changes.HasFlag(TextChanges.Romanisation));
        Assert.True(changes.HasFlag(TextChanges.Traditional));
    }

    [Fact]
    public void The_traditional_table_is_a_function_onto_other_characters()
    {
        var table = TextNormalizer.TraditionalTable().ToList();
        Assert.True(table.Count > 500);
        Assert.All(table, pair => Assert.NotEqual(pair.Key, pair.Value));
        foreach (var label in new[] { "屬於國家秘密", "無法提供", "結轉下年度繼續辦理", "行政復議", "訴訟", "總計", "處理決定數量", "規範性文件", "採購總金額", "監督管理局" })
        {
            Assert.DoesNotContain(TextNormalizer.Normalize(label, out _), c => TextNormalizer.TraditionalTable().Any(p => p.Key == c));
        }
    }
}
