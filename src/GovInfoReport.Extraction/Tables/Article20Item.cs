namespace GovInfoReport.Extraction.Reading;

/// <summary>The items of Article 20 of the 条例 that have a sub-table in section 二; the value is the item's number.</summary>
internal enum Article20Item
{
    /// <summary>（一） 行政法规、规章和规范性文件.</summary>
    Regulations = 1,

    /// <summary>（五） 行政许可和其他对外管理服务事项.</summary>
    Licensing = 5,

    /// <summary>（六） 行政处罚、行政强制.</summary>
    Penalties = 6,

    /// <summary>（八） 行政事业性收费.</summary>
    Fees = 8,

    /// <summary>（九） 政府集中采购 (2019 tables only).</summary>
    Procurement = 9,
}
