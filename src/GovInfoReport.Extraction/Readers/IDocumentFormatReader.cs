using System.Collections.Generic;
using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// One input format (PDF, DOCX, HTML, text): how to recognise it by content and how to turn it into a
/// <see cref="SourceDocument"/>. Adding a format is one implementation plus one entry in <see cref="FormatReaders.All"/>.
/// </summary>
internal interface IDocumentFormatReader
{
    /// <summary>The format the results of this reader carry.</summary>
    SourceFormat Format { get; }

    /// <summary>The file name patterns a folder of reports contributes for this format (<c>*.pdf</c>).</summary>
    IReadOnlyList<string> FilePatterns { get; }

    /// <summary>Whether the content is of this format. Only content decides, never the file name.</summary>
    bool CanRead(FormatInput input, ExtractionOptions options);

    /// <summary>Reads the content; limits and damaged input give a refusal, not an exception.</summary>
    FormatRead Read(FormatInput input, ExtractionOptions options);
}
