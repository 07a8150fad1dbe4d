namespace GovInfoReport.Schema.Validation;

/// <summary>
/// Rule ids of the issues the validator raises itself (payload-level and structural problems). Rules declared in
/// a schema use their own ids (R1…); a structural rule such as R5 takes over the ids of the keywords it covers.
/// </summary>
public static class IssueIds
{
    /// <summary>The payload is not well-formed JSON.</summary>
    public const string JsonSyntax = "json.syntax";

    /// <summary>The payload is not valid UTF-8.</summary>
    public const string JsonEncoding = "json.encoding";

    /// <summary>The payload is empty or only white space.</summary>
    public const string JsonEmpty = "json.empty";

    /// <summary>The payload nests deeper than the configured limit.</summary>
    public const string JsonDepth = "json.depth";

    /// <summary>The payload is larger than the configured limit.</summary>
    public const string JsonSize = "json.size";

    /// <summary>The payload names no template version, or one this library does not know.</summary>
    public const string TemplateVersion = "template.version";

    /// <summary>A value has the wrong JSON type, is fractional where an integer is required, or overflows.</summary>
    public const string Type = "structure.type";

    /// <summary>A required property is missing.</summary>
    public const string Required = "structure.required";

    /// <summary>A property the schema does not define.</summary>
    public const string UnknownProperty = "structure.unknown-property";

    /// <summary>The same property appears twice in one object.</summary>
    public const string DuplicateProperty = "structure.duplicate-property";

    /// <summary>A number below its minimum (for counts: negative).</summary>
    public const string Minimum = "structure.minimum";

    /// <summary>A number above its maximum.</summary>
    public const string Maximum = "structure.maximum";

    /// <summary>A string outside its allowed values.</summary>
    public const string Enum = "structure.enum";

    /// <summary>A string that does not have its declared format (e.g. a date).</summary>
    public const string Format = "structure.format";

    /// <summary>A string shorter than its minimum length.</summary>
    public const string MinLength = "structure.min-length";

    /// <summary>A string longer than its maximum length.</summary>
    public const string MaxLength = "structure.max-length";

    /// <summary>An array (a variable-length table) has more rows than its <c>maxItems</c>.</summary>
    public const string MaxItems = "structure.max-items";

    /// <summary>A rule could not be computed: its sums leave the range of exact decimal arithmetic.</summary>
    public const string Uncomputable = "rule.uncomputable";

    /// <summary>More issues were found than the configured limit; the list was cut there.</summary>
    public const string Truncated = "limits.truncated";
}
