using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace GovInfoReport.Extraction.Tests.Support;

/// <summary>
/// Writes small PDFs object by object, with a correct cross-reference table: enough to craft the hostile files the PDF
/// limits are tested with (a page of millions of operators, a form drawn a million times, reference loops, bombs)
/// without committing megabytes of fixtures.
/// </summary>
internal static class RawPdf
{
    /// <summary>A standard font every PDF reader knows without an embedded program.</summary>
    public const string Helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

    /// <summary>A file of the given objects (object 1 is the catalog) and an optional extra trailer entry.</summary>
    public static byte[] Build(IReadOnlyList<byte[]> objects, string trailerExtra = "")
    {
        using var output = new MemoryStream();
        Write(output, "%PDF-1.7\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write(output, $"{i + 1} 0 obj\n");
            output.Write(objects[i]);
            Write(output, "\nendobj\n");
        }

        var xref = output.Position;
        Write(output, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(output, $"{offset:D10} 00000 n \n");
        }

        Write(output, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailerExtra}>>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>One page (object 3) with its content stream (object 4), the font F1 (object 5) and further objects from 6 on.</summary>
    public static byte[] Page(byte[] content, string resourcesExtra = "", string pageExtra = "", params byte[][] more)
    {
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] {pageExtra} /Resources << /Font << /F1 5 0 R >> {resourcesExtra} >> /Contents 4 0 R >>"),
            Stream(content),
            Ascii(Helvetica),
        };
        objects.AddRange(more);
        return Build(objects);
    }

    /// <summary>A Flate-compressed stream object with extra dictionary entries.</summary>
    public static byte[] Stream(byte[] data, string dictionaryExtra = "")
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        using var output = new MemoryStream();
        Write(output, $"<< /Length {compressed.Length} /Filter /FlateDecode {dictionaryExtra} >>\nstream\n");
        output.Write(compressed.GetBuffer(), 0, (int)compressed.Length);
        Write(output, "\nendstream");
        return output.ToArray();
    }

    /// <summary>The text repeated.</summary>
    public static byte[] Repeat(string text, int times)
    {
        var builder = new StringBuilder(text.Length * times);
        for (var i = 0; i < times; i++)
        {
            builder.Append(text);
        }

        return Ascii(builder.ToString());
    }

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static void Write(Stream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));
}
