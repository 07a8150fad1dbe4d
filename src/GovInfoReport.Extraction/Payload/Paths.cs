using System;
using System.Collections.Concurrent;
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

    // Cell pointers and last segments of the fixed statutory pointers, made once per process: building them per value
    // was ~200 string concatenations per report (a tenth of the payload step's allocation). Keyed by the row pointer
    // (string keys hash fastest), with one entry per set of column names the row has (a 2019 and a 2021 row can share
    // a pointer and differ in columns).
    private static readonly ConcurrentDictionary<string, (string[] Columns, string[] Cells)[]> CellPointerRows = new();
    private static readonly ConcurrentDictionary<string, string> LastSegments = new();

    /// <summary>The pointers of a row's cells: <paramref name="row"/> + "/" + each column, made once per row and columns.</summary>
    /// <param name="row">A row pointer of the statutory layout (a fixed set).</param>
    /// <param name="columns">The row's column names.</param>
    /// <returns>The cell pointers, in the order of <paramref name="columns"/>.</returns>
    public static string[] CellPointers(string row, string[] columns)
    {
        if (CellPointerRows.TryGetValue(row, out var entries))
        {
            foreach (var (cachedColumns, cells) in entries)
            {
                if (ReferenceEquals(cachedColumns, columns) || cachedColumns.AsSpan().SequenceEqual(columns))
                {
                    return cells;
                }
            }
        }

        var made = JoinCells(row, columns);
        var copy = (string[])columns.Clone();
        CellPointerRows.AddOrUpdate(row, static (_, entry) => [entry], static (_, existing, entry) => [.. existing, entry], (copy, made));
        return made;
    }

    /// <summary>The last segment of a statutory pointer (the property name), made once per pointer.</summary>
    /// <param name="pointer">A row pointer of the statutory layout (a fixed set).</param>
    /// <returns>The property name.</returns>
    public static string LastSegment(string pointer)
        => LastSegments.GetOrAdd(pointer, static p => p[(p.LastIndexOf('/') + 1)..]);

    private static string[] JoinCells(string row, string[] columns)
    {
        var cells = new string[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            cells[c] = row + "/" + columns[c];
        }

        return cells;
    }

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
