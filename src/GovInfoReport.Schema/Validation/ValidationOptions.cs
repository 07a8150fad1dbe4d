using System;

namespace GovInfoReport.Schema.Validation;

/// <summary>Limits that keep validation cheap and bounded whatever a payload holds.</summary>
public sealed class ValidationOptions
{
    /// <summary>The defaults: 1 MiB, depth 64, 1,000 issues.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The largest payload accepted, in bytes (default 1 MiB; a real report is about 4–40 KB).</summary>
    public int MaxPayloadBytes { get; init; } = 1024 * 1024;

    /// <summary>The deepest nesting of objects and arrays accepted (default 64; the templates need 6).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most issues reported for one payload (default 1,000); past it the result is marked truncated.</summary>
    public int MaxIssues { get; init; } = 1000;

    /// <summary>
    /// Whether <see cref="ReportValidator"/> also builds the typed report when the structure is valid (default true).
    /// Off, a clean payload is validated without allocating anything but the result.
    /// </summary>
    public bool ReadReport { get; init; } = true;

    /// <summary>Checks that every limit is positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative, or the depth exceeds 1,000.</exception>
    public void Validate()
    {
        if (MaxPayloadBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPayloadBytes), MaxPayloadBytes, "Must be positive.");
        }

        if (MaxDepth <= 0 || MaxDepth > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDepth), MaxDepth, "Must be between 1 and 1000.");
        }

        if (MaxIssues <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxIssues), MaxIssues, "Must be positive.");
        }
    }
}
