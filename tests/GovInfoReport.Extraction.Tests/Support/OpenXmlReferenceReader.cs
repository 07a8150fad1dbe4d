using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GovInfoReport.Extraction.Documents;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Values;

namespace GovInfoReport.Extraction.Tests.Support;

/// <summary>
/// The DOCX reader as it was on the Open XML SDK 2.20, kept verbatim as the reference the streaming reader
/// (<see cref="Readers.DocxDocumentReader"/>) is compared with: the SDK is not trim/AOT-safe, so the library no longer
/// uses it, but its reading of a package (typed elements, NoProcess markup compatibility, InnerText) is what the
/// streaming reader must reproduce.
/// </summary>
internal static class OpenXmlReferenceReader
{
    /// <summary>Reads a DOCX package into the common intermediate.</summary>
    /// <param name="docx">The package (seekable or not; it is copied).</param>
    /// <param name="maxPartCharacters">The most characters read from one part (a guard against decompression bombs).</param>
    /// <returns>The document.</returns>
    /// <exception cref="InvalidDataException">The stream is not a readable DOCX package.</exception>
    public static SourceDocument Read(Stream docx, long maxPartCharacters = 16_000_000)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var settings = new OpenSettings { MaxCharactersInPart = maxPartCharacters, AutoSave = false };
        try
        {
            using var document = WordprocessingDocument.Open(docx, false, settings);
            var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("The package has no document body.");
            var state = new State();
            Walk(body, state);
            return new SourceDocument(SourceFormat.Docx, state.Blocks);
        }
        catch (OpenXmlPackageException exception)
        {
            throw new InvalidDataException(exception.Message, exception);
        }
        catch (FileFormatException exception)
        {
            throw new InvalidDataException(exception.Message, exception);
        }
        catch (System.Xml.XmlException exception)
        {
            throw new InvalidDataException(exception.Message, exception);
        }
    }

    private static void Walk(OpenXmlElement container, State state)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    foreach (var line in ParagraphText(paragraph).Split('\n'))
                    {
                        state.AddParagraph(line);
                    }

                    break;
                case Table table:
                    state.AddTable(table);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    Walk(child, state);
                    break;
            }
        }
    }

    private static string ParagraphText(OpenXmlElement paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append('\t');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
            }
        }

        return builder.ToString();
    }

    private sealed class State
    {
        private int paragraphs;
        private int tables;

        public List<SourceBlock> Blocks { get; } = [];

        public void AddParagraph(string text)
        {
            paragraphs++;
            if (TextNormalizer.TrimLayout(text).Length > 0)
            {
                Blocks.Add(new SourceParagraph(text, SourceLocation.AtParagraph(paragraphs)));
            }
        }

        public void AddTable(Table table)
        {
            tables++;

            // First the raw grid (text, span, vertical merge), then the cells: a w:vMerge restart spans the rows its
            // continuations follow it in, and each continuation knows the cell it continues.
            var raw = new List<List<(string Text, int Column, int Span, bool Restart, bool Continuation)>>();
            foreach (var row in table.Elements<TableRow>())
            {
                var cells = new List<(string Text, int Column, int Span, bool Restart, bool Continuation)>();
                var column = 1;
                foreach (var cell in row.Elements<TableCell>())
                {
                    var properties = cell.TableCellProperties;
                    var span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, 100);
                    var merge = properties?.VerticalMerge;
                    var continuation = merge is not null && (merge.Val is null || merge.Val.Value != MergedCellValues.Restart);
                    var restart = merge is not null && !continuation;
                    var text = continuation ? string.Empty : string.Join("\n", cell.Elements<Paragraph>().Select(ParagraphText).Concat(cell.Elements<Table>().Select(t => t.InnerText)));
                    cells.Add((text, column, span, restart, continuation));
                    column += span;
                }

                raw.Add(cells);
            }

            var rows = new List<SourceRow>();
            var open = new Dictionary<int, SourceCell>(); // grid column → the restart cell a continuation there continues
            for (var r = 0; r < raw.Count; r++)
            {
                var cells = new List<SourceCell>();
                foreach (var (text, column, span, restart, continuation) in raw[r])
                {
                    var location = SourceLocation.AtCell(tables, r + 1, column);
                    if (continuation)
                    {
                        cells.Add(new SourceCell(string.Empty, location, span, 1, isMergeContinuation: true) { MergedFrom = open.GetValueOrDefault(column) });
                        continue;
                    }

                    var rowSpan = 1;
                    if (restart)
                    {
                        while (r + rowSpan < raw.Count && raw[r + rowSpan].Any(c => c.Column == column && c.Continuation))
                        {
                            rowSpan++;
                        }
                    }

                    var source = new SourceCell(text, location, span, rowSpan);
                    if (restart)
                    {
                        open[column] = source;
                    }
                    else
                    {
                        open.Remove(column);
                    }

                    cells.Add(source);
                }

                rows.Add(new SourceRow(cells));
            }

            Blocks.Add(new SourceTable(rows, rowsAreReliable: true, SourceLocation.AtCell(tables, 1, 1)));
        }
    }
}
