using System.Globalization;

namespace GovInfoReport.Schema.Validation;

/// <summary>Issues about a payload as a whole, built in one place for every input path.</summary>
internal static class PayloadIssues
{
    public static ValidationIssue TooLarge(long actualBytes, int maximumBytes)
    {
        var (zh, en) = StructuralMessages.Size(actualBytes, maximumBytes);
        return new ValidationIssue(IssueIds.JsonSize, IssueSeverity.Error, string.Empty, maximumBytes.ToString(CultureInfo.InvariantCulture), actualBytes.ToString(CultureInfo.InvariantCulture), zh, en);
    }
}
