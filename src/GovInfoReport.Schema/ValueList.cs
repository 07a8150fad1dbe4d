using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace GovInfoReport.Schema;

/// <summary>
/// The rows of a variable-length table (a schema's <c>"type": "array"</c>) in a generated record: an immutable list
/// compared by its items, so records holding one keep value equality. Create one with a collection expression
/// (<c>Lines = [first, second]</c>) or from any sequence. Rows are never null.
/// </summary>
/// <typeparam name="T">The row type: a generated record, or <c>int</c>, <c>long</c>, <c>decimal</c>.</typeparam>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    /// <summary>Copies <paramref name="items"/>.</summary>
    /// <param name="items">The rows.</param>
    /// <exception cref="ArgumentNullException">A row is null.</exception>
    public ValueList(IEnumerable<T> items)
        : this(System.Linq.Enumerable.ToArray(items ?? throw new ArgumentNullException(nameof(items))))
    {
    }

    // Takes ownership of the array: every caller hands over a fresh copy.
    private ValueList(T[] items)
    {
        foreach (var item in items)
        {
            // A null row has no cells: the validator could not give it a pointer, so it is refused here.
            if (item is null)
            {
                throw new ArgumentNullException(nameof(items), "A row of a table cannot be null.");
            }
        }

        _items = items;
    }

    /// <summary>An empty list.</summary>
    public static ValueList<T> Empty { get; } = new(Array.Empty<T>());

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>Compares two lists by their items.</summary>
    /// <param name="left">The left list.</param>
    /// <param name="right">The right list.</param>
    /// <returns>Whether they hold equal items in the same order.</returns>
    public static bool operator ==(ValueList<T>? left, ValueList<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two lists by their items.</summary>
    /// <param name="left">The left list.</param>
    /// <param name="right">The right list.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other)
    {
        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        for (var i = 0; i < _items.Length; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", _items) + "]";

    /// <summary>Wraps an array the caller hands over (not copied).</summary>
    internal static ValueList<T> Own(T[] items) => items.Length == 0 ? Empty : new(items);
}

/// <summary>Creates <see cref="ValueList{T}"/> instances (the builder of collection expressions).</summary>
public static class ValueList
{
    /// <summary>Copies <paramref name="items"/> into a new list.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="items">The rows.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException">A row is null.</exception>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => ValueList<T>.Own(items.ToArray());

    /// <summary>
    /// For generated code: wraps the array of rows the generated reader has just filled, without copying it again.
    /// The caller hands the array over and never touches it afterwards.
    /// </summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="items">The rows, owned by the list from now on.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException">A row is null.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static ValueList<T> FromOwned<T>(T[] items) => ValueList<T>.Own(items ?? throw new ArgumentNullException(nameof(items)));
}
