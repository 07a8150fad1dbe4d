using System;
using System.Collections.Generic;
using System.Text;
using GovInfoReport.Extraction;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Fuzz.Targets;

/// <summary>The document readers, each through the extraction library's public entry point.</summary>
public static class ExtractionTargets
{
    /// <summary>Plain text.</summary>
    /// <param name="input">The text, as UTF-8.</param>
    public static void RunText(byte[] input) => Check(ReportExtractor.Extract(Encoding.UTF8.GetString(input), "fuzz.txt"));

    /// <summary>An HTML page.</summary>
    /// <param name="input">The page, as UTF-8.</param>
    public static void RunHtml(byte[] input) => Check(ReportExtractor.ExtractHtml(Encoding.UTF8.GetString(input), "fuzz.html"));

    /// <summary>
    /// A DOCX whose <c>word/document.xml</c> is the input. The package around it is built here: mutating a ZIP byte
    /// by byte mostly breaks its checksums, so the fuzzer would rarely get past the archive to the reader.
    /// </summary>
    /// <param name="input">The main document part.</param>
    public static void RunDocxBody(byte[] input)
    {
        using var package = DocxPackage.WithDocumentXml(input);
        Check(ReportExtractor.ExtractDocx(package, "fuzz.docx"));
    }

    /// <summary>
    /// Raw file content, the format told by the content (what the CLI does with a file). The PDF reader turns every
    /// exception into a "cannot be read" refusal: right for PdfPig's exceptions on a damaged file, but it would hide a
    /// bug of ours too, so a refusal made from an exception thrown in our own code is a crash here.
    /// </summary>
    /// <param name="input">The bytes.</param>
    public static void RunBytes(byte[] input)
    {
        var thrown = new List<Exception>();
        OwnCodeExceptions.Watched = thrown;
        ExtractionResult result;
        try
        {
            result = ReportExtractor.ExtractBytes(input, "fuzz.bin");
        }
        finally
        {
            OwnCodeExceptions.Watched = null;
        }

        OwnCodeExceptions.CheckRefusal(result, thrown);
        Check(result);
    }

    private static void Check(ExtractionResult result)
    {
        InvariantViolation.Check(result is not null, "no result");

        // ReportExtractor turns an exception into an "internal error" result so a caller survives; for the fuzzer that
        // result is the bug.
        var reason = result!.ReasonEn ?? string.Empty;
        InvariantViolation.Check(!reason.Contains("internal error", StringComparison.OrdinalIgnoreCase), reason);
        foreach (var note in result.Notes)
        {
            InvariantViolation.Check(!note.MessageEn.Contains("internal error", StringComparison.OrdinalIgnoreCase), note.ToString());
            InvariantViolation.Check(!string.IsNullOrEmpty(note.Code), "a note without a code");
        }

        InvariantViolation.Check(result.Status != ExtractionStatus.Unreadable || !string.IsNullOrEmpty(result.ReasonEn), "unreadable without a reason");
        var payload = result.GetPayloadUtf8();
        if (payload is not null)
        {
            // A payload the extractor writes may be incomplete (validation then says what is missing) but is always
            // well-formed JSON of a known template.
            var validation = ReportValidator.Validate(payload);
            foreach (var issue in validation.Issues)
            {
                InvariantViolation.Check(
                    !issue.RuleId.StartsWith("json.", StringComparison.Ordinal) && issue.RuleId != IssueIds.TemplateVersion,
                    "the extracted payload is not well-formed: " + issue);
            }
        }
    }
}
