using System.Collections.Generic;
using GovInfoReport.SchemaLanguage.Diagnostics;
using GovInfoReport.SchemaLanguage.Json;

namespace GovInfoReport.SchemaTools;

/// <summary>Finds where a JSON Pointer's value stands in a payload's text, for editors and SARIF viewers.</summary>
public sealed class PointerLocator
{
    private readonly JsonSyntaxNode? _root;

    /// <summary>Reads the payload once with the located JSON reader.</summary>
    /// <param name="text">The payload text.</param>
    public PointerLocator(string text)
    {
        var diagnostics = new List<SchemaDiagnostic>();
        _root = JsonSyntaxParser.Parse(text, new LineMap(text), diagnostics);
    }

    /// <summary>The location of the value at <paramref name="pointer"/>, or of its nearest existing ancestor.</summary>
    /// <param name="pointer">An RFC 6901 pointer.</param>
    /// <returns>The location, or null when the payload did not parse.</returns>
    public TextLocation? Locate(string pointer)
    {
        if (_root is null)
        {
            return null;
        }

        var current = _root;
        foreach (var name in JsonPointer.Segments(pointer))
        {
            var property = current.Kind == JsonSyntaxKind.Object ? current.Find(name) : null;
            if (property is null)
            {
                return current.Location;
            }

            current = property.Value;
        }

        return current.Location;
    }
}
