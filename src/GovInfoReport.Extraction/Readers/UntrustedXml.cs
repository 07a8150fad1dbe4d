using System.Xml;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// How every XML part of an input document is read: no DTD (entity expansion bombs), no resolver (nothing fetched
/// from outside the package) and a character cap per part (decompression bombs). Nesting depth and element count
/// are not reader settings: <see cref="MarkupBudget"/> counts them as the parts are read.
/// </summary>
internal static class UntrustedXml
{
    /// <summary>Reader settings for one part of at most <paramref name="maxPartCharacters"/> characters, comments skipped.</summary>
    public static XmlReaderSettings Settings(long maxPartCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxPartCharacters,
        IgnoreComments = true,
    };
}
