using System;
using System.Linq;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;
using GovInfoReport.Schema;

namespace GovInfoReport.Extraction.Payload;

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

    /// <summary>The seven applicant columns of table 三, in printed order (from the schema).</summary>
    public static readonly string[] ApplicantColumns = StatutoryLayout.ColumnNames(TemplateVersion.V2021, "/applications/newApplications");

    /// <summary>The five outcome columns of each table 四 group, in printed order (from the schema).</summary>
    public static readonly string[] CaseColumns = StatutoryLayout.ColumnNames(TemplateVersion.V2021, "/reviewAndLitigation/administrativeReview");

    /// <summary>The three rows of table 四 in printed order (行政复议, 未经复议直接起诉, 复议后起诉), from the schema.</summary>
    public static readonly string[] ReviewGroups = [.. StatutoryLayout.Rows(TemplateVersion.V2021).Where(r => r.Pointer.StartsWith(Review + "/", StringComparison.Ordinal)).Select(r => r.Pointer)];

    /// <summary>The pointer of a row of table 三 (or 二), for the given payload version.</summary>
    public static string Row(RowKey key, TemplateVersion version) => key switch
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
        RowKey.AppOther1 => version == TemplateVersion.V2019 ? "/applications/outcomes/otherHandling" : "/applications/outcomes/otherHandling/correctionOverdue",
        RowKey.AppOther2 => version == TemplateVersion.V2019 ? "/applications/outcomes/otherHandling" : "/applications/outcomes/otherHandling/feeUnpaid",
        RowKey.AppOther3 => version == TemplateVersion.V2019 ? "/applications/outcomes/otherHandling" : "/applications/outcomes/otherHandling/other",
        RowKey.AppTotal => "/applications/outcomes/total",
        RowKey.AppCarriedOut => "/applications/carriedOverToNextYear",
        _ => "/applications/outcomes",
    };

    /// <summary>The statutory label of a row, for messages: the schema's title, after its group's for numbered sub-rows.</summary>
    public static string Label(RowKey key)
    {
        var pointer = Row(key, key is RowKey.AppOther ? TemplateVersion.V2019 : TemplateVersion.V2021);
        var row = StatutoryLayout.Find(TemplateVersion.V2021, pointer) ?? StatutoryLayout.Find(TemplateVersion.V2019, pointer);
        if (row is null)
        {
            return key.ToString();
        }

        return row.GroupTitle is { } group && row.Title.Length > 0 && char.IsAsciiDigit(row.Title[0]) ? ShortGroup(group) + row.Title : row.Title;
    }

    /// <summary>"（三）不予公开" → "（三）": the numbering of a group, for the label of one of its rows.</summary>
    private static string ShortGroup(string group)
    {
        var close = group.IndexOf('）', StringComparison.Ordinal);
        return close > 0 ? group[..(close + 1)] : group;
    }
}
