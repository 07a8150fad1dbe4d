namespace GovInfoReport.Extraction.Reading;

/// <summary>JSON Pointers of the payload (both schemas use the same names where the tables agree).</summary>
internal static class Paths
{
    public const string Regulations = "/activeDisclosure/regulations";
    public const string Licensing = "/activeDisclosure/licensing";
    public const string Penalties = "/activeDisclosure/penaltiesAndCoercion";
    public const string Fees = "/activeDisclosure/fees";
    public const string Procurement = "/activeDisclosure/procurement";
    public const string Applications = "/applications";
    public const string Review = "/reviewAndLitigation";

    /// <summary>The seven applicant columns of table 三, in printed order.</summary>
    public static readonly string[] ApplicantColumns = ["naturalPersons", "commercialEnterprises", "researchInstitutions", "publicInterestOrganizations", "legalServiceProviders", "otherOrganizations", "total"];

    /// <summary>The five outcome columns of each table 四 group, in printed order.</summary>
    public static readonly string[] CaseColumns = ["upheld", "corrected", "otherOutcomes", "pending", "total"];

    /// <summary>The pointer of a row of table 三 (or 二), for the given payload version.</summary>
    public static string Row(RowKey key, int version) => key switch
    {
        RowKey.Rules => Regulations + "/departmentalRules",
        RowKey.Normative => Regulations + "/normativeDocuments",
        RowKey.Licensing => Licensing + "/administrativeLicensing",
        RowKey.OtherServices => Licensing + "/otherManagementServices",
        RowKey.Penalties => Penalties + "/administrativePenalties",
        RowKey.Coercion => Penalties + "/administrativeCoercion",
        RowKey.Fees => Fees + "/administrativeFees",
        RowKey.Procurement => Procurement + "/centralizedProcurement",
        RowKey.AppNew => "/applications/newApplications",
        RowKey.AppCarriedIn => "/applications/carriedOverFromPreviousYear",
        RowKey.AppDisclosed => "/applications/outcomes/disclosed",
        RowKey.AppPartial => "/applications/outcomes/partiallyDisclosed",
        RowKey.AppNd1 => "/applications/outcomes/notDisclosed/stateSecrets",
        RowKey.AppNd2 => "/applications/outcomes/notDisclosed/prohibitedByLaw",
        RowKey.AppNd3 => "/applications/outcomes/notDisclosed/securityAndStability",
        RowKey.AppNd4 => "/applications/outcomes/notDisclosed/thirdPartyRights",
        RowKey.AppNd5 => "/applications/outcomes/notDisclosed/internalAffairs",
        RowKey.AppNd6 => "/applications/outcomes/notDisclosed/deliberativeProcess",
        RowKey.AppNd7 => "/applications/outcomes/notDisclosed/lawEnforcementFiles",
        RowKey.AppNd8 => "/applications/outcomes/notDisclosed/administrativeQueries",
        RowKey.AppUp1 => "/applications/outcomes/unableToProvide/notHeld",
        RowKey.AppUp2 => "/applications/outcomes/unableToProvide/requiresCreation",
        RowKey.AppUp3 => "/applications/outcomes/unableToProvide/unclearAfterCorrection",
        RowKey.AppNp1 => "/applications/outcomes/notProcessed/petitionsAndComplaints",
        RowKey.AppNp2 => "/applications/outcomes/notProcessed/repeatedApplications",
        RowKey.AppNp3 => "/applications/outcomes/notProcessed/publications",
        RowKey.AppNp4 => "/applications/outcomes/notProcessed/excessiveRequests",
        RowKey.AppNp5 => "/applications/outcomes/notProcessed/confirmationRequests",
        RowKey.AppOther => "/applications/outcomes/otherHandling",
        RowKey.AppOther1 => version == 2019 ? "/applications/outcomes/otherHandling" : "/applications/outcomes/otherHandling/correctionOverdue",
        RowKey.AppOther2 => version == 2019 ? "/applications/outcomes/otherHandling" : "/applications/outcomes/otherHandling/feeUnpaid",
        RowKey.AppOther3 => version == 2019 ? "/applications/outcomes/otherHandling" : "/applications/outcomes/otherHandling/other",
        RowKey.AppTotal => "/applications/outcomes/total",
        RowKey.AppCarriedOut => "/applications/carriedOverToNextYear",
        _ => "/applications/outcomes",
    };

    /// <summary>The statutory label of a row, for messages.</summary>
    public static string Label(RowKey key) => key switch
    {
        RowKey.Rules => "规章",
        RowKey.Normative => "（行政）规范性文件",
        RowKey.Licensing => "行政许可",
        RowKey.OtherServices => "其他对外管理服务事项",
        RowKey.Penalties => "行政处罚",
        RowKey.Coercion => "行政强制",
        RowKey.Fees => "行政事业性收费",
        RowKey.Procurement => "政府集中采购",
        RowKey.AppNew => "一、本年新收政府信息公开申请数量",
        RowKey.AppCarriedIn => "二、上年结转政府信息公开申请数量",
        RowKey.AppDisclosed => "（一）予以公开",
        RowKey.AppPartial => "（二）部分公开",
        RowKey.AppNd1 => "（三）1.属于国家秘密",
        RowKey.AppNd2 => "（三）2.其他法律行政法规禁止公开",
        RowKey.AppNd3 => "（三）3.危及“三安全一稳定”",
        RowKey.AppNd4 => "（三）4.保护第三方合法权益",
        RowKey.AppNd5 => "（三）5.属于三类内部事务信息",
        RowKey.AppNd6 => "（三）6.属于四类过程性信息",
        RowKey.AppNd7 => "（三）7.属于行政执法案卷",
        RowKey.AppNd8 => "（三）8.属于行政查询事项",
        RowKey.AppUp1 => "（四）1.本机关不掌握相关政府信息",
        RowKey.AppUp2 => "（四）2.没有现成信息需要另行制作",
        RowKey.AppUp3 => "（四）3.补正后申请内容仍不明确",
        RowKey.AppNp1 => "（五）1.信访举报投诉类申请",
        RowKey.AppNp2 => "（五）2.重复申请",
        RowKey.AppNp3 => "（五）3.要求提供公开出版物",
        RowKey.AppNp4 => "（五）4.无正当理由大量反复申请",
        RowKey.AppNp5 => "（五）5.要求行政机关确认或重新出具已获取信息",
        RowKey.AppOther => "（六）其他处理",
        RowKey.AppOther1 => "（六）1.申请人无正当理由逾期不补正",
        RowKey.AppOther2 => "（六）2.申请人逾期未按收费通知要求缴纳费用",
        RowKey.AppOther3 => "（六）3.其他",
        RowKey.AppTotal => "（七）总计",
        RowKey.AppCarriedOut => "四、结转下年度继续办理",
        _ => key.ToString(),
    };
}
