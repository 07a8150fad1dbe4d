using System;
using System.IO;
using System.Runtime.CompilerServices;
using GovInfoReport.Cli.Commands;
using GovInfoReport.Extraction;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>
/// <c>check</c> needs every report before it prints any (the rules across reports), so what it holds per report
/// decides its memory: it held whole extractions, 101 MB for 1,000 reports and 741 MB for 10,000. A checked document
/// must not keep its extraction alive.
/// </summary>
public sealed class CheckedDocumentTests
{
    [Fact]
    public void ACheckedDocumentDoesNotHoldItsExtraction()
    {
        var (document, extraction) = Checked();
        for (var i = 0; i < 3 && extraction.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(extraction.IsAlive);
        Assert.NotNull(document.Facts);
        GC.KeepAlive(document);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (CheckedDocument Document, WeakReference Extraction) Checked()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Documents", "x3-agency-2022-inconsistent.txt");
        var extraction = ReportExtractor.ExtractBytes(File.ReadAllBytes(path), path);
        Assert.True(extraction.IsAnnualReport);
        return (CheckedDocument.Of(extraction), new WeakReference(extraction));
    }
}
