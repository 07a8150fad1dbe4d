using System;
using System.Collections.Generic;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>
/// The rows of a generated table: compared by their items, so a record holding them keeps value equality; never
/// holding a null row, which the validator could not point at.
/// </summary>
public sealed class ValueListTests
{
    private sealed record Row(string Name, decimal Amount);

    [Fact]
    public void ListsWithEqualItemsInTheSameOrderAreEqualWithEqualHashes()
    {
        ValueList<Row> first = [new("a", 1), new("b", 2)];
        var second = new ValueList<Row>(new List<Row> { new("a", 1), new("b", 2) });

        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, [new("b", 2), new("a", 1)]);
        Assert.NotEqual(first, [new("a", 1)]);
        Assert.True(first != null);
    }

    [Fact]
    public void ARecordHoldingAListKeepsValueEquality()
    {
        var one = new Holder { Rows = [1, 2, 3] };
        var other = new Holder { Rows = new ValueList<int>([1, 2, 3]) };

        Assert.Equal(one, other);
        Assert.NotEqual(one, one with { Rows = [1, 2] });
    }

    [Fact]
    public void TheListIsACopyAndEmptyListsAreEqual()
    {
        var source = new List<int> { 1, 2 };
        var list = new ValueList<int>(source);
        source[0] = 9;

        Assert.Equal([1, 2], list);
        Assert.Equal(ValueList<int>.Empty, (ValueList<int>)[]);
        Assert.Equal("[1, 2]", list.ToString());
    }

    [Fact]
    public void ANullRowIsRefused()
    {
        Assert.Throws<ArgumentNullException>(() => new ValueList<Row>([new("a", 1), null!]));
        Assert.Throws<ArgumentNullException>(() => (ValueList<Row>)[null!]);
    }

    [Fact]
    public void AnArrayHandedOverByGeneratedCodeIsTheListWithoutACopy()
    {
        int[] rows = [1, 2, 3];
        var list = ValueList.FromOwned(rows);

        Assert.Equal((ValueList<int>)[1, 2, 3], list);
        // Handed over, not copied: the generated reader never touches the array again, so nothing else sees this.
        rows[0] = 7;
        Assert.Equal(7, list[0]);
        Assert.Same(ValueList<int>.Empty, ValueList.FromOwned(Array.Empty<int>()));
        Assert.Throws<ArgumentNullException>(() => ValueList.FromOwned(new Row[] { new("a", 1), null! }));
    }

    private sealed record Holder
    {
        public required ValueList<int> Rows { get; init; }
    }
}
