using System;
using System.Globalization;

namespace GovInfoReport.Schema.Validation;

/// <summary>
/// Limits that keep validation cheap and bounded whatever a payload holds. Each value is checked when it is set:
/// an options object that exists is usable, so nothing throws later, during validation.
/// </summary>
public sealed class ValidationOptions
{
    /// <summary>The largest nesting depth <see cref="MaxDepth"/> accepts.</summary>
    public const int MaxDepthLimit = 1000;

    private readonly int _maxPayloadBytes = 1024 * 1024;
    private readonly int _maxDepth = 64;
    private readonly int _maxIssues = 1000;

    /// <summary>The defaults: 1 MiB, depth 64, 1,000 issues, verdict only.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The largest payload accepted, in bytes: 1 to <see cref="int.MaxValue"/> (default 1 MiB; a real report is about 4–40 KB).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    public int MaxPayloadBytes
    {
        get => _maxPayloadBytes;
        init => _maxPayloadBytes = value > 0 ? value : throw OutOfRange(nameof(MaxPayloadBytes), value, "1 to 2147483647 bytes");
    }

    /// <summary>The deepest nesting of objects and arrays accepted: 1 to 1,000 (default 64; the templates need 6).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 to 1,000.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value is > 0 and <= MaxDepthLimit ? value : throw OutOfRange(nameof(MaxDepth), value, "1 to 1000 levels");
    }

    /// <summary>The most issues reported for one payload: 1 to <see cref="int.MaxValue"/> (default 1,000); past it the result is marked truncated.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    public int MaxIssues
    {
        get => _maxIssues;
        init => _maxIssues = value > 0 ? value : throw OutOfRange(nameof(MaxIssues), value, "1 to 2147483647 issues");
    }

    /// <summary>
    /// Whether <see cref="ReportValidator.Validate(ReadOnlySpan{byte}, ValidationOptions?)"/> also builds the typed
    /// report when the structure is valid (default false: the verdict alone, allocating nothing but the result for a
    /// clean payload). <see cref="ReportValidator.ValidateAndRead(ReadOnlySpan{byte}, ValidationOptions?)"/> always builds it.
    /// </summary>
    public bool ReadReport { get; init; }

    /// <summary>Kept for callers of earlier versions: the limits are checked when set, so this never throws.</summary>
    public void Validate()
    {
    }

    private static ArgumentOutOfRangeException OutOfRange(string name, int value, string range)
        => new(name, value, string.Create(CultureInfo.InvariantCulture, $"ValidationOptions.{name} must be {range}; {value} was given."));
}
