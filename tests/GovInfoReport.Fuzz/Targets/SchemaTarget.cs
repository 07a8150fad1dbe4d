using System.Text;
using GovInfoReport.SchemaLanguage.Diagnostics;
using GovInfoReport.SchemaLanguage.Layout;
using GovInfoReport.SchemaLanguage.Reading;

namespace GovInfoReport.Fuzz.Targets;

/// <summary>The schema reader (which also runs the rule parser and binder on every <c>x-govinfo-rules</c> entry).</summary>
public static class SchemaTarget
{
    /// <summary>Reads the input as a schema text and checks the result.</summary>
    /// <param name="input">The schema, as UTF-8 (invalid bytes become U+FFFD, as a file read by the generator would).</param>
    public static void Run(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var result = SchemaReader.Read(text, "FuzzReport");
        foreach (var diagnostic in result.Diagnostics)
        {
            // The reader turns any exception into GIR0099 so the generator survives; for the fuzzer that is the bug.
            InvariantViolation.Check(diagnostic.Id != SchemaDiagnosticCatalog.InternalError.Id, "internal error: " + diagnostic.Message);
            var location = diagnostic.Location;
            InvariantViolation.Check(
                location.Start >= 0 && location.Length >= 0 && location.Start + location.Length <= text.Length,
                $"{diagnostic.Id} located outside the text: {location.Start}+{location.Length} of {text.Length}");
            InvariantViolation.Check(!string.IsNullOrWhiteSpace(diagnostic.Message), $"{diagnostic.Id} without a message");
        }

        InvariantViolation.Check((result.Model is null) == result.HasErrors, $"model present: {result.Model is not null}, errors: {result.HasErrors}");
        if (result.Model is not null)
        {
            // The generator and the interpreter both lay a compiled model out; a model the reader accepted must lay out.
            var layout = ReportLayout.Build(result.Model);
            InvariantViolation.Check(layout is not null, "no layout for an accepted model");
        }
    }
}
