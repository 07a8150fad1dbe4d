using System.IO;
using System.IO.Compression;
using System.Text;

namespace GovInfoReport.Fuzz.Targets;

/// <summary>The smallest DOCX package Word and the Open XML SDK accept, around a given main document part.</summary>
public static class DocxPackage
{
    private const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
        "</Types>";

    private const string Relationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" +
        "</Relationships>";

    /// <summary>Builds the package.</summary>
    /// <param name="documentXml">The bytes of <c>word/document.xml</c>, stored as given.</param>
    /// <returns>The package, positioned at its start.</returns>
    public static MemoryStream WithDocumentXml(byte[] documentXml)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes));
            Write(zip, "_rels/.rels", Encoding.UTF8.GetBytes(Relationships));
            Write(zip, "word/document.xml", documentXml);
        }

        stream.Position = 0;
        return stream;
    }

    private static void Write(ZipArchive zip, string name, byte[] content)
    {
        // Stored, not deflated: the fuzzer runs this for every input, and compression would only cost time.
        using var entry = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
        entry.Write(content, 0, content.Length);
    }
}
