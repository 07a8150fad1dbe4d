using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using GovInfoReport.Extraction;
using GovInfoReport.Extraction.Documents;

namespace GovInfoReport.Fuzz.Targets;

/// <summary>
/// Tells a PDF refusal that reports a damaged file (PdfPig threw) from one that hides a bug of ours: every exception
/// thrown on the watching thread is kept, and the one the refusal names must not come from GovInfoReport code.
/// </summary>
public static class OwnCodeExceptions
{
    /// <summary>The start of the English reason <c>PdfDocumentReader</c> gives when the PDF reading threw.</summary>
    public const string PdfRefusalPrefix = "The PDF file cannot be read: ";

    [ThreadStatic]
    private static List<Exception>? watched;

    static OwnCodeExceptions() => AppDomain.CurrentDomain.FirstChanceException += Record;

    /// <summary>Where the exceptions thrown on this thread go while set; null stops watching.</summary>
    public static List<Exception>? Watched
    {
        get => watched;
        set => watched = value;
    }

    /// <summary>Throws when <paramref name="result"/> is a PDF refusal made from an exception thrown in our code.</summary>
    /// <param name="result">The extraction result.</param>
    /// <param name="thrown">The exceptions thrown while it was made.</param>
    public static void CheckRefusal(ExtractionResult result, IReadOnlyList<Exception> thrown)
    {
        if (result.Format != SourceFormat.Pdf || result.ReasonEn is not { } reason || !reason.StartsWith(PdfRefusalPrefix, StringComparison.Ordinal))
        {
            return;
        }

        var named = reason[PdfRefusalPrefix.Length..];
        foreach (var exception in thrown)
        {
            if (named == exception.GetType().Name + ": " + exception.Message && IsOurs(exception))
            {
                throw new InvariantViolation("the PDF reader reported a bug of ours as a damaged file: " + exception);
            }
        }
    }

    /// <summary>
    /// True when the innermost frame outside the runtime's own libraries is GovInfoReport code (a throw, a null
    /// dereference or an index out of range there, or a runtime method called from there with bad arguments).
    /// </summary>
    /// <param name="exception">An exception that has been thrown (its stack trace is filled in).</param>
    /// <returns>Whether it comes from our code.</returns>
    public static bool IsOurs(Exception exception)
    {
        foreach (var frame in new StackTrace(exception, false).GetFrames())
        {
            var assembly = frame.GetMethod()?.DeclaringType?.Assembly.GetName().Name;
            if (assembly is null || assembly.StartsWith("System.", StringComparison.Ordinal) || assembly.StartsWith("Microsoft.", StringComparison.Ordinal)
                || assembly is "System" or "mscorlib" or "netstandard")
            {
                continue;
            }

            return assembly.StartsWith("GovInfoReport.", StringComparison.Ordinal);
        }

        return false;
    }

    private static void Record(object? sender, FirstChanceExceptionEventArgs e) => watched?.Add(e.Exception);
}
