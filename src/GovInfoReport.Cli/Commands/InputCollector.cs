using System;
using System.Collections.Generic;
using System.IO;
using GovInfoReport.Cli.Input;
using GovInfoReport.Extraction;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Cli.Commands;

/// <summary>What each command reads: which files a folder contributes, and how many bytes one input may have.</summary>
internal static class InputCollector
{
    /// <summary>Where the bundled samples are copied next to the tool.</summary>
    public static string SamplesDirectory => Path.Combine(AppContext.BaseDirectory, "Samples");

    /// <summary>The file names a folder contributes to <c>validate</c>.</summary>
    public static readonly string[] JsonFiles = ["*.json"];

    /// <summary>The file names a folder contributes to <c>extract</c> and <c>check</c>: published reports.</summary>
    public static readonly string[] ReportDocuments = ["*.txt", "*.htm", "*.html", "*.docx"];

    /// <summary>The most bytes a payload may have: the validator's limit (one more byte is read to tell it is exceeded).</summary>
    public static int PayloadLimit(ValidationOptions options) => options.MaxPayloadBytes;

    /// <summary>The most bytes a published report may have: the largest of the extraction library's limits per format.</summary>
    public static int DocumentLimit(ExtractionOptions options) => (int)Math.Min(Math.Max(options.MaxDocxBytes, options.MaxInputChars * 4L), Array.MaxLength - 1);

    /// <summary>The inputs <paramref name="paths"/> stand for, enumerated lazily (see <see cref="InputWalker"/>).</summary>
    public static IEnumerable<InputEntry> Collect(IReadOnlyList<string> paths, IReadOnlyList<string> patterns) => InputWalker.Enumerate(paths, patterns);
}
