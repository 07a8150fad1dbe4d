using System;
using System.IO;
using System.IO.Compression;
using System.Xml;

namespace GovInfoReport.Extraction.Readers;

/// <summary>
/// Finds the main document part of a DOCX package the way a package consumer must (ECMA-376 Part 2): the package
/// relationships (<c>_rels/.rels</c>) name it by the officeDocument relationship type, not by a fixed path. Part names
/// are compared after percent-decoding and without regard to case, as OPC part names are equivalent.
/// </summary>
internal static class DocxPackage
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    private const string OfficeDocumentType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    private const string StrictOfficeDocumentType = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

    private const string PackageRelationshipsPart = "_rels/.rels";

    /// <summary>The ZIP entry of the main document part, or null when the package names none (or names a missing part).</summary>
    /// <param name="archive">The package.</param>
    /// <param name="settings">The hardened settings every part is read with.</param>
    /// <param name="budget">The depth and element limits the relationships part's elements are counted against.</param>
    /// <param name="strict">Whether the relationship is Strict Open XML's (ISO/IEC 29500 Strict namespaces).</param>
    /// <exception cref="XmlException">The package relationships are not well-formed XML.</exception>
    /// <exception cref="InvalidDataException">The relationships part cannot be decompressed.</exception>
    /// <exception cref="MarkupLimitException">The relationships part nests deeper or holds more elements than <paramref name="budget"/> allows.</exception>
    public static ZipArchiveEntry? MainDocument(ZipArchive archive, XmlReaderSettings settings, MarkupBudget budget, out bool strict)
    {
        strict = false;
        var relationships = Find(archive, PackageRelationshipsPart);
        if (relationships is null)
        {
            return null;
        }

        using var stream = relationships.Open();
        using var reader = XmlReader.Create(stream, settings);
        string? main = null;

        // Read to the end even after the first match: a malformed relationships part is refused, as the SDK did.
        while (budget.Read(reader, relationships.FullName))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || reader.NamespaceURI != RelationshipsNamespace)
            {
                continue;
            }

            var type = reader.GetAttribute("Type");
            if (main is not null || type is not (OfficeDocumentType or StrictOfficeDocumentType)
                || string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)
                || reader.GetAttribute("Target") is not { } target)
            {
                continue;
            }

            strict = type == StrictOfficeDocumentType;
            main = ResolveFromRoot(target) ?? string.Empty;
        }

        return string.IsNullOrEmpty(main) ? null : Find(archive, main);
    }

    /// <summary>
    /// The part name (without the leading '/', percent-decoded) a target of a package relationship points at: targets
    /// are relative to the package root, an absolute one ('/word/document.xml') is taken as is, and '.' / '..' segments
    /// are resolved. Null for a target that leaves the package (a scheme, or '..' above the root).
    /// </summary>
    internal static string? ResolveFromRoot(string target)
    {
        var path = target.AsSpan();
        var cut = path.IndexOfAny('?', '#');
        if (cut >= 0)
        {
            path = path[..cut];
        }

        if (path.Contains(':'))
        {
            return null; // an absolute URI ("http://…", "file:…") is not a part of this package
        }

        var segments = Uri.UnescapeDataString(path.ToString()).Split('/');
        var kept = new string[segments.Length];
        var count = 0;
        foreach (var segment in segments)
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (count == 0)
                    {
                        return null;
                    }

                    count--;
                    break;
                default:
                    kept[count++] = segment;
                    break;
            }
        }

        return count == 0 ? null : string.Join('/', kept, 0, count);
    }

    private static ZipArchiveEntry? Find(ZipArchive archive, string partName)
    {
        foreach (var entry in archive.Entries)
        {
            if (string.Equals(Uri.UnescapeDataString(entry.FullName).TrimStart('/'), partName, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }
}
