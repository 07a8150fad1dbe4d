namespace GovInfoReport.SchemaLanguage.Model;

/// <summary>What a schema property holds.</summary>
public enum ValueKind
{
    /// <summary>A nested object with its own properties (a table, row or cell group).</summary>
    Object,

    /// <summary>An integer cell (<c>int</c> or <c>long</c>).</summary>
    Integer,

    /// <summary>A decimal cell (money amounts).</summary>
    Number,

    /// <summary>A string (names, prose, dates, enumerations).</summary>
    String,

    /// <summary>A boolean (<c>bool</c>).</summary>
    Boolean,

    /// <summary>
    /// A variable-length table: an array of records or of numbers, at most <see cref="PropertyModel.MaxItems"/> items.
    /// Every possible item has its own slots (so every item cell still has a constant JSON Pointer such as
    /// <c>/lines/3/amount</c>), and the array's length is held in one more cell.
    /// </summary>
    Array,
}
