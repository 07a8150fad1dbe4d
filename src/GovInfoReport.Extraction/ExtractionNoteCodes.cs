namespace GovInfoReport.Extraction;

/// <summary>The stable codes of <see cref="ExtractionNote"/>s. A code is never reused for a different meaning.</summary>
public static class ExtractionNoteCodes
{
    /// <summary>A PDF without a text layer (a scan): nothing to read until it is run through OCR.</summary>
    public const string PdfWithoutText = "input.pdf-without-text";

    /// <summary>A PDF page whose text runs rotated (the page turned by /Rotate, or the text drawn at 90°, 180° or 270°): read in its reading direction; positions are in that direction.</summary>
    public const string PdfPageRotated = "layout.pdf-page-rotated";

    /// <summary>Text of a PDF page that runs in another direction than the page's text (a stamp, a side note, a vertical header): not read.</summary>
    public const string PdfTextSkipped = "layout.pdf-text-skipped";

    /// <summary>A blank cell read as 0.</summary>
    public const string BlankAsZero = "value.blank-as-zero";

    /// <summary>A cell printed "无", "-", "/", "—" (or a similar dash) read as 0.</summary>
    public const string DashAsZero = "value.dash-as-zero";

    /// <summary>A signed value normalised: "+5" → 5, "减4" → −4, "增3" → 3.</summary>
    public const string SignedValue = "value.signed";

    /// <summary>A value printed with a unit normalised: "7049.93万元", "251000元", "5件".</summary>
    public const string UnitValue = "value.unit";

    /// <summary>A value printed with thousands separators or full-width digits, normalised.</summary>
    public const string NumberFormat = "value.number-format";

    /// <summary>A cell that cannot be read with confidence ("???", text, a fraction in a count): left out, never guessed.</summary>
    public const string Unreadable = "value.unreadable";

    /// <summary>A row whose cells could not be aligned with its columns with confidence: every cell left out.</summary>
    public const string AmbiguousRow = "row.ambiguous";

    /// <summary>Values shifted one (or more) columns within their row; read relative to the row label.</summary>
    public const string ShiftedValues = "layout.shifted-values";

    /// <summary>A row label matched through a known typo or variant listed in the domain reference (§6).</summary>
    public const string LabelVariant = "label.known-variant";

    /// <summary>A row label matched approximately (one or two characters differ) and confirmed by its position.</summary>
    public const string LabelFuzzy = "label.fuzzy";

    /// <summary>A row label carrying a local annotation ("规章（设区的市…）"); the annotation was ignored.</summary>
    public const string LabelAnnotation = "label.annotation";

    /// <summary>A label of the other template version (行政规范性文件 in a 2019 table, 规范性文件 in a 2021 table).</summary>
    public const string HybridLabel = "label.hybrid";

    /// <summary>A wrong row label (e.g. 行政许可 printed for 行政强制) recognised by its position.</summary>
    public const string WrongLabelByPosition = "label.wrong-by-position";

    /// <summary>A local extra row (其他主动公开文件…) not in the template; ignored.</summary>
    public const string ExtraRow = "row.extra";

    /// <summary>A template row not found in its table: its cells are absent.</summary>
    public const string MissingRow = "row.missing";

    /// <summary>A whole sub-table not found: its values are absent.</summary>
    public const string MissingTable = "table.missing";

    /// <summary>Annotation or leftover instruction text (编写说明, 注, 单位) inside a table region; ignored.</summary>
    public const string Annotation = "table.annotation";

    /// <summary>Table 四 group headers missing; the 15 values were read in the statutory order.</summary>
    public const string ReviewHeadersMissing = "table4.headers-missing";

    /// <summary>Table 四 group headers in a scrambled order; the 15 values were read in the statutory order.</summary>
    public const string ReviewHeadersScrambled = "table4.headers-scrambled";

    /// <summary>A header printed one character per line (自/然/人).</summary>
    public const string VerticalHeader = "header.vertical";

    /// <summary>The template version decided for one sub-table, with its evidence.</summary>
    public const string SubTableVersion = "version.sub-table";

    /// <summary>The template version chosen for the payload, and the rule that chose it.</summary>
    public const string PayloadVersion = "version.payload";

    /// <summary>A sub-table of the other version converted exactly into the payload's version (e.g. 2019 处理决定数量 → 2021 本年处理决定数量).</summary>
    public const string VersionConverted = "version.converted";

    /// <summary>A sub-table of the other version whose values have no exact place in the payload's version: left out.</summary>
    public const string VersionNotConvertible = "version.not-convertible";

    /// <summary>Traditional characters converted to simplified (built-in table) to read labels, headings and the title.</summary>
    public const string TraditionalConverted = "text.traditional-converted";

    /// <summary>Romanisation junk after characters ("區(qū)") removed.</summary>
    public const string RomanisationRemoved = "text.romanisation-removed";

    /// <summary>Vocabulary of a converting mirror read back (檔案 → 文件, 資訊 → 信息, 入口網站 → 门户网站).</summary>
    public const string VocabularyConverted = "text.vocabulary-converted";

    /// <summary>A conversion artefact removed ("[bookmark: _GoBack]", Markdown emphasis or rule lines).</summary>
    public const string ArtefactRemoved = "text.artefact-removed";

    /// <summary>The report date is earlier than the end of the year the report covers.</summary>
    public const string DateBeforePeriodEnd = "header.date-before-period-end";

    /// <summary>The agency name or report year could not be found in the title.</summary>
    public const string HeaderIncomplete = "header.incomplete";

    /// <summary>A statutory section (一 … 六) heading not found.</summary>
    public const string MissingSection = "section.missing";

    /// <summary>The input is larger than the configured limit.</summary>
    public const string InputTooLarge = "input.too-large";

    /// <summary>The input is binary or not decodable as the declared format.</summary>
    public const string InputUnreadable = "input.unreadable";

    /// <summary>The input bytes were decoded with a legacy or declared encoding (GB18030, Big5, UTF-16…); the note says which and why.</summary>
    public const string EncodingUsed = "input.encoding";

    /// <summary>No encoding decodes the input to a report's text unambiguously: not read (never decoded with replacement characters).</summary>
    public const string EncodingUndecidable = "input.encoding-undecidable";

    /// <summary>Markup nested deeper than the limit (a nesting bomb): not read.</summary>
    public const string TooDeeplyNested = "input.too-deeply-nested";

    /// <summary>Markup with more elements than the limit: not read.</summary>
    public const string TooManyElements = "input.too-many-elements";

    /// <summary>Table cells printed run together (no separators) were split where the table's arithmetic admits exactly one split: the values are inferred.</summary>
    public const string SplitInferred = "layout.split-inferred";

    /// <summary>Run-together table cells admit more than one split: left out, the candidates listed.</summary>
    public const string SplitAmbiguous = "layout.split-ambiguous";

    /// <summary>The document holds more than one annual report (a comparison, a compilation): refused rather than merged.</summary>
    public const string SeveralReports = "document.several-reports";

    /// <summary>The note limit (<see cref="ExtractionOptions.MaxNotes"/>) was reached: this is the last note, the rest are not listed.</summary>
    public const string NotesTruncated = "notes.truncated";
}
