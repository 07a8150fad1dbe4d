using System.Globalization;

namespace GovInfoReport.Schema.Validation;

/// <summary>Issues about a payload as a whole, built in one place for every input path.</summary>
internal static class PayloadIssues
{
    /// <summary>A payload over the size limit; its size when known, otherwise only that it exceeds the limit.</summary>
    /// <param name="actualBytes">The payload's size, or null when reading stopped one byte past the limit.</param>
    /// <param name="maximumBytes">The limit.</param>
    public static ValidationIssue TooLarge(long? actualBytes, int maximumBytes)
    {
        var (zh, en) = actualBytes is { } actual ? StructuralMessages.Size(actual, maximumBytes) : StructuralMessages.SizeUnknown(maximumBytes);
        var actualText = actualBytes is { } known ? known.ToString(CultureInfo.InvariantCulture) : "> " + maximumBytes.ToString(CultureInfo.InvariantCulture);
        return new ValidationIssue(IssueIds.JsonSize, IssueSeverity.Error, string.Empty, maximumBytes.ToString(CultureInfo.InvariantCulture), actualText, zh, en);
    }
}
