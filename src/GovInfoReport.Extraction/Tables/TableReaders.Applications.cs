using System.Collections.Generic;
using System.Linq;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Schema;

namespace GovInfoReport.Extraction.Tables;

// The table reader, table 三: the application-handling matrix of section 三; the rows of every table are gathered and placed in TableReaders.cs.
internal static partial class TableReaders
{
    private static readonly RowKey[] ApplicationOrder2019 =
    [
        RowKey.AppNew, RowKey.AppCarriedIn, RowKey.AppDisclosed, RowKey.AppPartial,
        RowKey.AppNd1, RowKey.AppNd2, RowKey.AppNd3, RowKey.AppNd4, RowKey.AppNd5, RowKey.AppNd6, RowKey.AppNd7, RowKey.AppNd8,
        RowKey.AppUp1, RowKey.AppUp2, RowKey.AppUp3,
        RowKey.AppNp1, RowKey.AppNp2, RowKey.AppNp3, RowKey.AppNp4, RowKey.AppNp5,
        RowKey.AppOther, RowKey.AppTotal, RowKey.AppCarriedOut,
    ];

    private static readonly RowKey[] ApplicationOrder2021 =
    [
        RowKey.AppNew, RowKey.AppCarriedIn, RowKey.AppDisclosed, RowKey.AppPartial,
        RowKey.AppNd1, RowKey.AppNd2, RowKey.AppNd3, RowKey.AppNd4, RowKey.AppNd5, RowKey.AppNd6, RowKey.AppNd7, RowKey.AppNd8,
        RowKey.AppUp1, RowKey.AppUp2, RowKey.AppUp3,
        RowKey.AppNp1, RowKey.AppNp2, RowKey.AppNp3, RowKey.AppNp4, RowKey.AppNp5,
        RowKey.AppOther1, RowKey.AppOther2, RowKey.AppOther3, RowKey.AppTotal, RowKey.AppCarriedOut,
    ];

    /// <summary>Reads the application-handling matrix of section 三.</summary>
    public static SubTableRead ReadApplications(List<StreamRow> rows, NoteSink notes)
    {
        var read = new SubTableRead("三", Paths.Applications);
        var headerCells = new List<SourceCell>();
        var records = Collect(rows, Labels.TryMatchApplications, headerCells, notes, Paths.Applications);
        NoteVerticalHeaders(headerCells, notes, Labels.ApplicationHeaders);
        var matched = records.Count(r => r.Match is not null);
        if (matched < 3)
        {
            return read;
        }

        read.Found = true;
        read.Location = headerCells.Count > 0 ? headerCells[0].Location : records[0].Label.Location;
        var subRows = records.Any(r => r.Match is { Key: RowKey.AppOther1 or RowKey.AppOther2 or RowKey.AppOther3 });
        var otherRecord = records.FirstOrDefault(r => r.Match is { Key: RowKey.AppOther });
        var singleRow = otherRecord is not null && otherRecord.Cells.Count > 0;
        if (subRows && singleRow)
        {
            notes.Add(ExtractionNoteCodes.ExtraRow, NoteSeverity.Warning, "/applications/outcomes/otherHandling", otherRecord!.Label.Location, otherRecord.Label.Text,
                "（六）其他处理既有本行数值又有 1–3 分项，按 2021 版分项读取，本行数值已忽略。",
                "（六）其他处理 has values of its own and sub-rows 1–3; the sub-rows were read (2021 layout) and the row's own values ignored.");
            otherRecord.Cells.Clear();
            singleRow = false;
        }

        read.Version = subRows ? TemplateVersion.V2021 : singleRow ? TemplateVersion.V2019 : null;
        read.Evidence = subRows
            ? "（六）其他处理 has the sub-rows 1–3 (2021 layout)"
            : singleRow ? "（六）其他处理 is a single data row (2019 layout)" : "the （六） rows were not found";
        var version = read.Version ?? TemplateVersion.V2021;
        Assign(read, records, version == TemplateVersion.V2019 ? ApplicationOrder2019 : ApplicationOrder2021, 7, RowTotalHolds, version, notes, HeaderColumns.From(headerCells));
        return read;
    }

    private static bool RowTotalHolds(decimal?[] values)
    {
        decimal sum = 0;
        for (var i = 0; i < 6; i++)
        {
            sum += values[i]!.Value;
        }

        return sum == values[6];
    }
}
