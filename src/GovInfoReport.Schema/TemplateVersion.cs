namespace GovInfoReport.Schema;

/// <summary>
/// The statutory table formats of the annual report (《政府信息公开工作年度报告》).
/// </summary>
public enum TemplateVersion
{
    /// <summary>
    /// 国办公开办函〔2019〕60号, 中华人民共和国政府信息公开工作年度报告格式（试行）: report years 2019 and 2020.
    /// </summary>
    V2019 = 2019,

    /// <summary>
    /// 国办公开办函〔2021〕30号, 中华人民共和国政府信息公开工作年度报告格式: report years 2021 onward.
    /// </summary>
    V2021 = 2021,
}
