using System.Collections.Generic;
using System.Linq;
using NJsonSchema.Validation;

namespace GovInfoReport.Schema.Tests.Support;

/// <summary>Helpers over NJsonSchema validation results.</summary>
internal static class ValidationErrors
{
    /// <summary>The errors and, recursively, the errors nested in child-schema errors (allOf, oneOf, array items).</summary>
    public static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return error;
            if (error is ChildSchemaValidationError child)
            {
                foreach (var nested in Flatten(child.Errors.Values.SelectMany(list => list)))
                {
                    yield return nested;
                }
            }
        }
    }

    public static string Describe(IEnumerable<ValidationError> errors) =>
        string.Join("; ", Flatten(errors).Select(e => $"{e.Kind} at {e.Path}"));
}
