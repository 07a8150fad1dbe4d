using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Tables;
using GovInfoReport.Extraction.Values;
using GovInfoReport.Schema;

namespace GovInfoReport.Extraction.Payload;

/// <summary>How a column's cells are read.</summary>
internal enum ColumnType
{
    /// <summary>A non-negative whole count (件, 项).</summary>
    Count,

    /// <summary>The 2019 本年增/减: a signed whole number ("+5", "减4").</summary>
    Signed,

    /// <summary>The 2019 采购总金额: a decimal with the unit printed (元, 万元) or unknown.</summary>
    Amount,

    /// <summary>The 2021 本年收费金额, in 万元 by definition.</summary>
    AmountWan,
}

/// <summary>Builds the payload of one version from what the table readers found, with provenance and value notes.</summary>
/// <param name="version">The payload's version.</param>
/// <param name="notes">Where value notes go.</param>
/// <param name="provenance">The result's provenance list, which the values' provenance is added to: the builder's own
/// list, copied into the result's, was two lists of some 200 entries per report.</param>
internal sealed class PayloadBuilder(TemplateVersion version, NoteSink notes, List<ValueProvenance> provenance)
{
    // The sub-rows of table 三's groups, in printed order: made once, not per report.
    private static readonly RowKey[] NotDisclosedRows = [RowKey.AppNd1, RowKey.AppNd2, RowKey.AppNd3, RowKey.AppNd4, RowKey.AppNd5, RowKey.AppNd6, RowKey.AppNd7, RowKey.AppNd8];
    private static readonly RowKey[] UnableRows = [RowKey.AppUp1, RowKey.AppUp2, RowKey.AppUp3];
    private static readonly RowKey[] NotProcessedRows = [RowKey.AppNp1, RowKey.AppNp2, RowKey.AppNp3, RowKey.AppNp4, RowKey.AppNp5];
    private static readonly RowKey[] OtherHandlingRows = [RowKey.AppOther1, RowKey.AppOther2, RowKey.AppOther3];

    public JsonObject BuildActiveDisclosure(Dictionary<Article20Item, SubTableRead> active)
    {
        var result = new JsonObject();
        foreach (var item in TableReaders.ActiveItems)
        {
            var read = active[item];
            var name = read.Pointer[(read.Pointer.LastIndexOf('/') + 1)..];
            if (item == Article20Item.Procurement && version == TemplateVersion.V2021)
            {
                if (read.Found)
                {
                    notes.Add(ExtractionNoteCodes.VersionNotConvertible, NoteSeverity.Warning, Paths.Procurement, read.Location, null,
                        "第二十条第（九）项（政府集中采购）只属于 2019 版表格，2021 版报告数据中没有对应位置，未写入。",
                        "Article 20 item (9) (centralised procurement) exists only in the 2019 tables; the 2021 payload has no place for it, so it was left out.");
                }

                continue;
            }

            if (!read.Found)
            {
                notes.Add(ExtractionNoteCodes.MissingTable, NoteSeverity.Warning, read.Pointer, null, null,
                    $"未找到{read.Id}表（第二十条第（{Item(item)}）项），其数值缺失。",
                    $"Sub-table {read.Id} (Article 20 item ({((int)item).ToString(CultureInfo.InvariantCulture)})) was not found; its values are absent.");
                continue;
            }

            var subVersion = read.Version ?? version;
            var table = new JsonObject();
            if (subVersion == version)
            {
                FillActive(item, read, table, version);
            }
            else if (item is Article20Item.Licensing or Article20Item.Penalties)
            {
                FillConvertedDecisions(item, read, table, subVersion);
            }
            else
            {
                notes.Add(ExtractionNoteCodes.VersionNotConvertible, NoteSeverity.Warning, read.Pointer, read.Location, null,
                    $"{read.Id} 使用 {subVersion.Number()} 版表格，其栏目与 {version.Number()} 版不可换算（{(item == Article20Item.Regulations ? "新制作/新公开/公开总数与制发/废止/现行有效" : "项目数量与收费金额")}），数值未写入。",
                    $"{read.Id} uses the {subVersion.Number()} columns, which do not convert to the {version.Number()} ones ({(item == Article20Item.Regulations ? "made/published/total vs issued/repealed/in force" : "item counts vs amount collected")}); its values were left out.");
                continue;
            }

            result[name] = table;
        }

        return result;
    }

    private static string Item(Article20Item item) => item switch
    {
        Article20Item.Regulations => "一",
        Article20Item.Licensing => "五",
        Article20Item.Penalties => "六",
        Article20Item.Fees => "八",
        _ => "九",
    };

    private void FillActive(Article20Item item, SubTableRead read, JsonObject table, TemplateVersion v)
    {
        switch (item)
        {
            case Article20Item.Regulations:
                foreach (var key in new[] { RowKey.Rules, RowKey.Normative })
                {
                    AddRow(table, key, read, Columns(key, v), [ColumnType.Count, ColumnType.Count, ColumnType.Count]);
                }

                break;
            case Article20Item.Licensing or Article20Item.Penalties:
                foreach (var key in item == Article20Item.Licensing ? (v == TemplateVersion.V2019 ? new[] { RowKey.Licensing, RowKey.OtherServices } : [RowKey.Licensing]) : [RowKey.Penalties, RowKey.Coercion])
                {
                    if (v == TemplateVersion.V2019)
                    {
                        AddRow(table, key, read, Columns(key, v), [ColumnType.Count, ColumnType.Signed, ColumnType.Count]);
                    }
                    else
                    {
                        AddRow(table, key, read, Columns(key, v), [ColumnType.Count]);
                    }
                }

                break;
            case Article20Item.Fees:
                if (v == TemplateVersion.V2019)
                {
                    AddRow(table, RowKey.Fees, read, Columns(RowKey.Fees, v), [ColumnType.Count, ColumnType.Signed]);
                }
                else
                {
                    AddRow(table, RowKey.Fees, read, Columns(RowKey.Fees, v), [ColumnType.AmountWan]);
                }

                break;
            default:
                AddRow(table, RowKey.Procurement, read, Columns(RowKey.Procurement, TemplateVersion.V2019), [ColumnType.Count, ColumnType.Amount]);
                break;
        }
    }

    /// <summary>The payload columns of a table 二 row in a version, from the schema.</summary>
    private static string[] Columns(RowKey key, TemplateVersion v) => StatutoryLayout.ColumnNames(v, Paths.Row(key, v));

    /// <summary>(五)/(六) of the other version: only the decisions column has the same meaning in both.</summary>
    private void FillConvertedDecisions(Article20Item item, SubTableRead read, JsonObject table, TemplateVersion subVersion)
    {
        var keys = item == Article20Item.Licensing ? (version == TemplateVersion.V2019 ? new[] { RowKey.Licensing, RowKey.OtherServices } : [RowKey.Licensing]) : [RowKey.Penalties, RowKey.Coercion];
        foreach (var key in keys)
        {
            var pointer = Paths.Row(key, version);
            if (!read.Rows.TryGetValue(key, out var result))
            {
                continue;
            }

            var row = new JsonObject();
            if (result.Slots is { } slots)
            {
                var source = subVersion == TemplateVersion.V2019 ? slots[2] : slots[0];
                Set(row, version == TemplateVersion.V2021 ? "decisionsThisYear" : "decisions", source, ColumnType.Count, pointer + (version == TemplateVersion.V2021 ? "/decisionsThisYear" : "/decisions"),
                    subVersion == TemplateVersion.V2019 ? "2019 处理决定数量 → 2021 本年处理决定数量" : "2021 本年处理决定数量 → 2019 处理决定数量");
            }

            table[pointer[(pointer.LastIndexOf('/') + 1)..]] = row;
        }

        notes.Add(ExtractionNoteCodes.VersionConverted, NoteSeverity.Warning, read.Pointer, read.Location, null,
            $"{read.Id} 使用 {subVersion.Number()} 版表格；只有“处理决定数量”一栏两版含义相同，已换算写入，其余栏目（上一年项目数量、本年增/减{(item == Article20Item.Licensing ? "、其他对外管理服务事项" : string.Empty)}）无对应，缺失。",
            $"{read.Id} uses the {subVersion.Number()} columns; only the decisions column means the same in both versions and was carried over; the others (previous-year items, change{(item == Article20Item.Licensing ? ", other management services" : string.Empty)}) have no counterpart and are absent.");
    }

    public JsonObject? BuildApplications(SubTableRead read)
    {
        if (!read.Found)
        {
            notes.Add(ExtractionNoteCodes.MissingTable, NoteSeverity.Warning, Paths.Applications, null, null,
                "未找到表三（收到和处理政府信息公开申请情况），其数值缺失。", "Table 三 (applications received and handled) was not found; its values are absent.");
            return null;
        }

        var applications = new JsonObject();
        AddRow(applications, RowKey.AppNew, read, Paths.ApplicantColumns, null);
        AddRow(applications, RowKey.AppCarriedIn, read, Paths.ApplicantColumns, null);
        var outcomes = new JsonObject();
        applications["outcomes"] = outcomes;
        AddRow(outcomes, RowKey.AppDisclosed, read, Paths.ApplicantColumns, null);
        AddRow(outcomes, RowKey.AppPartial, read, Paths.ApplicantColumns, null);
        var notDisclosed = new JsonObject();
        outcomes["notDisclosed"] = notDisclosed;
        foreach (var key in NotDisclosedRows)
        {
            AddRow(notDisclosed, key, read, Paths.ApplicantColumns, null);
        }

        var unable = new JsonObject();
        outcomes["unableToProvide"] = unable;
        foreach (var key in UnableRows)
        {
            AddRow(unable, key, read, Paths.ApplicantColumns, null);
        }

        var notProcessed = new JsonObject();
        outcomes["notProcessed"] = notProcessed;
        foreach (var key in NotProcessedRows)
        {
            AddRow(notProcessed, key, read, Paths.ApplicantColumns, null);
        }

        var layout = read.Version ?? version;
        if (version == TemplateVersion.V2019 && layout == TemplateVersion.V2019)
        {
            AddRow(outcomes, RowKey.AppOther, read, Paths.ApplicantColumns, null);
        }
        else if (version == TemplateVersion.V2021 && layout == TemplateVersion.V2021)
        {
            var other = new JsonObject();
            outcomes["otherHandling"] = other;
            foreach (var key in OtherHandlingRows)
            {
                AddRow(other, key, read, Paths.ApplicantColumns, null);
            }
        }
        else if (version == TemplateVersion.V2021)
        {
            SplitSingleOtherRow(outcomes, read);
        }
        else
        {
            SumOtherSubRows(outcomes, read);
        }

        AddRow(outcomes, RowKey.AppTotal, read, Paths.ApplicantColumns, null);
        AddRow(applications, RowKey.AppCarriedOut, read, Paths.ApplicantColumns, null);
        return applications;
    }

    /// <summary>A 2019-style single （六） row in a 2021 payload: a column that is 0 makes each sub-row 0; any other value cannot be split.</summary>
    private void SplitSingleOtherRow(JsonObject outcomes, SubTableRead read)
    {
        var other = new JsonObject();
        outcomes["otherHandling"] = other;
        read.Rows.TryGetValue(RowKey.AppOther, out var single);
        var rows = new[] { ("correctionOverdue", new JsonObject()), ("feeUnpaid", new JsonObject()), ("other", new JsonObject()) };
        var unsplit = new List<string>();
        for (var c = 0; c < 7; c++)
        {
            var column = Paths.ApplicantColumns[c];
            if (single?.Slots is not { } slots)
            {
                continue;
            }

            var value = slots[c].CheckValue;
            if (value == 0)
            {
                foreach (var (name, row) in rows)
                {
                    row[column] = 0;
                    provenance.Add(new ValueProvenance($"/applications/outcomes/otherHandling/{name}/{column}", slots[c].Cell.Location, slots[c].Cell.Text,
                        "2019-style single （六）其他处理 row is 0 in this column, so each of the 2021 sub-rows 1–3 is 0", slots[c].Cell.Inference));
                }
            }
            else
            {
                unsplit.Add(column);
            }
        }

        foreach (var (name, row) in rows)
        {
            other[name] = row;
        }

        var location = single?.Label.Location;
        notes.Add(unsplit.Count == 0 ? ExtractionNoteCodes.VersionConverted : ExtractionNoteCodes.VersionNotConvertible, NoteSeverity.Warning, "/applications/outcomes/otherHandling", location, single?.Label.Text,
            unsplit.Count == 0
                ? "表三的（六）其他处理只有一行（2019 版样式）；各列均为 0，故 2021 版 1–3 分项均为 0。"
                : $"表三的（六）其他处理只有一行（2019 版样式）；{string.Join("、", unsplit)} 列不为 0 或无法读取，无法拆分到 2021 版 1–3 分项，这些单元格缺失。",
            unsplit.Count == 0
                ? "Table 三 has a single 2019-style （六）其他处理 row; every column is 0, so each 2021 sub-row 1–3 is 0."
                : $"Table 三 has a single 2019-style （六）其他处理 row; the column(s) {string.Join(", ", unsplit)} are not 0 (or unreadable) and cannot be split into the 2021 sub-rows 1–3, so those cells are absent.");
    }

    /// <summary>2021-style （六） sub-rows in a 2019 payload: the single row is their exact sum.</summary>
    private void SumOtherSubRows(JsonObject outcomes, SubTableRead read)
    {
        var row = new JsonObject();
        for (var c = 0; c < 7; c++)
        {
            decimal sum = 0;
            var ok = true;
            SourceCell? first = null;
            foreach (var key in OtherHandlingRows)
            {
                if (read.Rows.TryGetValue(key, out var sub) && sub.Slots is { } slots && slots[c].CheckValue is { } value && !slots[c].Parsed.IsFractional)
                {
                    sum += value;
                    first ??= slots[c].Cell;
                }
                else
                {
                    ok = false;
                }
            }

            if (ok && first is not null)
            {
                row[Paths.ApplicantColumns[c]] = (long)sum;
                provenance.Add(new ValueProvenance("/applications/outcomes/otherHandling/" + Paths.ApplicantColumns[c], first.Location, first.Text, "sum of the 2021 （六） sub-rows 1–3", first.Inference));
            }
        }

        outcomes["otherHandling"] = row;
        notes.Add(ExtractionNoteCodes.VersionConverted, NoteSeverity.Warning, "/applications/outcomes/otherHandling", null, null,
            "表三的（六）其他处理有 1–3 分项（2021 版样式）；2019 版单行取三项之和。",
            "Table 三 has the 2021 （六） sub-rows 1–3; the 2019 single row is their sum.");
    }

    public JsonObject? BuildReview(SubTableRead read)
    {
        if (!read.Found)
        {
            notes.Add(ExtractionNoteCodes.MissingTable, NoteSeverity.Warning, Paths.Review, null, null,
                "未找到表四（行政复议、行政诉讼情况），其数值缺失。", "Table 四 (administrative review and litigation) was not found; its values are absent.");
            return null;
        }

        // The three groups in printed order (行政复议, 未经复议直接起诉, 复议后起诉), placed at their schema pointers.
        var result = new JsonObject();
        for (var g = 0; g < Paths.ReviewGroups.Length; g++)
        {
            var pointer = Paths.ReviewGroups[g];
            var parent = result;
            var parts = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 1; i < parts.Length - 1; i++)
            {
                parent = parent[parts[i]] as JsonObject ?? (JsonObject)(parent[parts[i]] = new JsonObject());
            }

            var target = new JsonObject();
            parent[parts[^1]] = target;
            if (read.Values is { } values)
            {
                var cells = StatutoryLayout.Row(pointer).CellPointersOf(Paths.CaseColumns);
                for (var c = 0; c < Paths.CaseColumns.Length; c++)
                {
                    Set(target, Paths.CaseColumns[c], values[(g * Paths.CaseColumns.Length) + c], ColumnType.Count, cells[c], null);
                }
            }
        }

        return result;
    }

    private void AddRow(JsonObject parent, RowKey key, SubTableRead read, string[] names, ColumnType[]? types)
    {
        // The row of the payload's version, whichever version's columns it is written with (they may be the other's).
        var pointer = Paths.Row(key, version);
        var layout = StatutoryLayout.Find(version, pointer);
        var name = layout?.Name ?? pointer[(pointer.LastIndexOf('/') + 1)..];
        if (!read.Rows.TryGetValue(key, out var row))
        {
            return;
        }

        var target = new JsonObject();
        parent[name] = target;
        if (row.Slots is not { } slots)
        {
            return;
        }

        var cells = layout?.CellPointersOf(names) ?? StatutoryRow.Join(pointer, names);
        for (var c = 0; c < names.Length && c < slots.Length; c++)
        {
            Set(target, names[c], slots[c], types?[c] ?? ColumnType.Count, cells[c], null);
        }
    }

    /// <summary>Reads one cell into the payload, or leaves it absent with a note when it cannot be read with confidence.</summary>
    private void Set(JsonObject target, string name, Slot slot, ColumnType type, string pointer, string? derivation)
    {
        var cell = slot.Cell;
        if (slot.UnreadableReason is { } reason)
        {
            Unreadable(pointer, cell, reason == "merged with the cell above" ? "与上方单元格合并" : reason.Contains("rows", StringComparison.Ordinal) ? "一个非零数值跨多行" : "一个数值跨多列", reason);
            return;
        }

        var parsed = ValueParser.Parse(cell);
        if (parsed.HadArtefact)
        {
            notes.TextChanged(TextChanges.Artefact, cell.Location, cell.Text);
        }

        switch (parsed.Kind)
        {
            case CellKind.Blank:
                target[name] = type == ColumnType.Amount ? Amount(0m, "unknown") : type == ColumnType.AmountWan ? JsonValue.Create(0m) : JsonValue.Create(0);
                provenance.Add(new ValueProvenance(pointer, cell.Location, cell.Text, derivation ?? slot.Derivation ?? "blank → 0", cell.Inference));
                notes.Add(ExtractionNoteCodes.BlankAsZero, NoteSeverity.Info, pointer, cell.Location, cell.Text, "空白单元格读作 0。", "A blank cell read as 0.");
                return;
            case CellKind.Dash:
                target[name] = type == ColumnType.Amount ? Amount(0m, "unknown") : type == ColumnType.AmountWan ? JsonValue.Create(0m) : JsonValue.Create(0);
                provenance.Add(new ValueProvenance(pointer, cell.Location, cell.Text, derivation ?? $"\"{parsed.Clean}\" → 0"));
                notes.Add(ExtractionNoteCodes.DashAsZero, NoteSeverity.Info, pointer, cell.Location, cell.Text, $"单元格“{parsed.Clean}”读作 0。", $"The cell \"{parsed.Clean}\" read as 0.");
                return;
            case CellKind.Number:
                break;
            default:
                Unreadable(pointer, cell, "无法确定数值", "no number can be read with confidence");
                return;
        }

        var number = parsed.Number;
        var unit = parsed.Unit;
        var countUnit = unit is "件" or "个" or "项" or "項" or "条" or "條" or "次" or "起";
        var moneyUnit = unit is "元" or "万元";
        string? how = null;
        switch (type)
        {
            case ColumnType.Count or ColumnType.Signed:
                if (parsed.IsFractional)
                {
                    Unreadable(pointer, cell, "计数不是整数", "a count that is not a whole number");
                    return;
                }

                if (moneyUnit)
                {
                    Unreadable(pointer, cell, "计数栏中出现金额单位", "a money unit in a count column");
                    return;
                }

                if (type == ColumnType.Count && parsed.SignWord)
                {
                    Unreadable(pointer, cell, "计数栏中出现“增/减”", "增/减 in a count column");
                    return;
                }

                if (number is > int.MaxValue or < int.MinValue)
                {
                    Unreadable(pointer, cell, "数值超出范围", "a number out of range");
                    return;
                }

                target[name] = JsonValue.Create((int)number);
                if (parsed.Sign is not null && (parsed.Sign == '+' || parsed.SignWord))
                {
                    how = $"\"{parsed.Clean}\" → {((int)number).ToString(CultureInfo.InvariantCulture)}";
                    notes.Add(ExtractionNoteCodes.SignedValue, NoteSeverity.Info, pointer, cell.Location, cell.Text,
                        $"带符号的数值“{parsed.Clean}”读作 {((int)number).ToString(CultureInfo.InvariantCulture)}。", $"The signed value \"{parsed.Clean}\" read as {((int)number).ToString(CultureInfo.InvariantCulture)}.");
                }

                if (countUnit)
                {
                    how = $"\"{parsed.Clean}\" → {((int)number).ToString(CultureInfo.InvariantCulture)}";
                    notes.Add(ExtractionNoteCodes.UnitValue, NoteSeverity.Info, pointer, cell.Location, cell.Text,
                        $"带单位的数值“{parsed.Clean}”读作 {((int)number).ToString(CultureInfo.InvariantCulture)}。", $"The value with a unit \"{parsed.Clean}\" read as {((int)number).ToString(CultureInfo.InvariantCulture)}.");
                }

                break;
            case ColumnType.Amount:
                if (countUnit || parsed.SignWord)
                {
                    Unreadable(pointer, cell, "金额栏中出现计数单位或增减", "a count unit or 增/减 in an amount column");
                    return;
                }

                target[name] = Amount(number, unit ?? "unknown");
                if (unit is not null)
                {
                    how = $"\"{parsed.Clean}\" → {{{number.ToString(CultureInfo.InvariantCulture)}, {unit}}}";
                    notes.Add(ExtractionNoteCodes.UnitValue, NoteSeverity.Info, pointer, cell.Location, cell.Text,
                        $"金额“{parsed.Clean}”读作数值 {number.ToString(CultureInfo.InvariantCulture)}、单位 {unit}。", $"The amount \"{parsed.Clean}\" read as {number.ToString(CultureInfo.InvariantCulture)} with the unit {unit}.");
                }

                break;
            default:
                if (countUnit || parsed.SignWord)
                {
                    Unreadable(pointer, cell, "金额栏中出现计数单位或增减", "a count unit or 增/减 in an amount column");
                    return;
                }

                if (unit == "元")
                {
                    number /= 10000m;
                }

                target[name] = JsonValue.Create(number);
                if (unit is not null)
                {
                    how = $"\"{parsed.Clean}\" → {number.ToString(CultureInfo.InvariantCulture)} 万元";
                    notes.Add(ExtractionNoteCodes.UnitValue, NoteSeverity.Info, pointer, cell.Location, cell.Text,
                        $"金额“{parsed.Clean}”读作 {number.ToString(CultureInfo.InvariantCulture)} 万元。", $"The amount \"{parsed.Clean}\" read as {number.ToString(CultureInfo.InvariantCulture)} 万元.");
                }

                break;
        }

        if (parsed.Reformatted)
        {
            notes.Add(ExtractionNoteCodes.NumberFormat, NoteSeverity.Info, pointer, cell.Location, cell.Text,
                $"数值“{parsed.Clean}”的全角数字或千位分隔符已规范化。", $"Full-width digits or thousands separators in \"{parsed.Clean}\" normalised.");
        }

        provenance.Add(new ValueProvenance(pointer, cell.Location, cell.Text, derivation ?? cell.Inference?.Describe() ?? slot.Derivation ?? how, cell.Inference));
    }

    private void Unreadable(string pointer, SourceCell cell, string whyZh, string whyEn)
        => notes.Add(ExtractionNoteCodes.Unreadable, NoteSeverity.Warning, pointer, cell.Location, cell.Text,
            $"单元格“{TextNormalizer.TrimLayout(cell.Text)}”无法可靠读取（{whyZh}），未读取也未推测；该值缺失。",
            $"The cell \"{TextNormalizer.TrimLayout(cell.Text)}\" cannot be read with confidence ({whyEn}); it was neither read nor guessed, and the value is absent.");

    private static JsonObject Amount(decimal value, string unit) => new()
    {
        ["value"] = JsonValue.Create(value),
        ["unit"] = unit,
    };
}
