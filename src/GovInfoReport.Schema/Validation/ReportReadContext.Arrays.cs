using System.Globalization;
using System.Text.Json;

namespace GovInfoReport.Schema.Validation;

/// <summary>
/// Arrays (variable-length tables): every possible row has its own slots, and the array's length is held in one
/// more cell, its length cell, whose pointer and label are the array's. A row is present when the length is
/// greater than its index; rules read the length to sum the rows present.
/// </summary>
public ref partial struct ReportReadContext
{
    /// <summary>Checks that the reader is on an array; otherwise reports the type at the array and skips the value.</summary>
    /// <param name="reader">The reader, on a value.</param>
    /// <param name="lengthCell">The array's length cell.</param>
    /// <returns>Whether the value is an array whose rows are to be read.</returns>
    public bool EnterArray(ref Utf8JsonReader reader, int lengthCell)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return true;
        }

        WrongCellType(ref reader, lengthCell, "an array");
        return false;
    }

    /// <summary>
    /// Reports an array with more rows than <c>maxItems</c> and skips the rows beyond it. The array's length stays
    /// unset, so no rule reads a table that was cut short.
    /// </summary>
    /// <param name="reader">The reader, on the first row past the limit.</param>
    /// <param name="lengthCell">The array's length cell.</param>
    /// <param name="maxItems">The limit.</param>
    public void TooManyRows(ref Utf8JsonReader reader, int lengthCell, int maxItems)
    {
        var rows = maxItems;
        do
        {
            rows++;
            reader.Skip();
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray);

        ReportTooManyRows(lengthCell, maxItems, rows);
    }

    /// <summary>The typed path's check of an array's length: reports a record holding more rows than <c>maxItems</c>.</summary>
    /// <param name="lengthCell">The array's length cell.</param>
    /// <param name="maxItems">The limit.</param>
    /// <param name="rows">The rows the record holds.</param>
    /// <returns>Whether the rows are within the limit (then their cells are to be checked).</returns>
    public bool CheckRowCount(int lengthCell, int maxItems, int rows)
    {
        if (rows <= maxItems)
        {
            return true;
        }

        ReportTooManyRows(lengthCell, maxItems, rows);
        return false;
    }

    private void ReportTooManyRows(int lengthCell, int maxItems, int rows)
        => ReportCell("maxItems", IssueIds.MaxItems, lengthCell, "at most " + maxItems.ToString(CultureInfo.InvariantCulture) + " rows",
            rows.ToString(CultureInfo.InvariantCulture) + " rows", (label, pointer) => StructuralMessages.MaxItems(label, pointer, maxItems, rows));

    /// <summary>Records how many rows an array has (when it is within its limit): the rows below it are present.</summary>
    /// <param name="lengthCell">The array's length cell.</param>
    /// <param name="length">The number of rows read.</param>
    public void SetArrayLength(int lengthCell, int length)
    {
        _integers[lengthCell] = length;
        MarkValid(lengthCell);
    }

    /// <summary>Whether a row of an array is present: the array was read, within its limit, and is longer than the row's index.</summary>
    /// <param name="lengthCell">The array's length cell.</param>
    /// <param name="row">The row index.</param>
    /// <returns>Whether the row is present.</returns>
    public readonly bool HasRow(int lengthCell, int row) => IsValid(lengthCell) && _integers[lengthCell] > row;
}
