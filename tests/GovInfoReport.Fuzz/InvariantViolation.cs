using System;

namespace GovInfoReport.Fuzz;

/// <summary>
/// A result that came back without an exception but is wrong: an internal error the library caught and reported as a
/// result, an issue without a location, two entry points disagreeing. Thrown so that afl-fuzz records it as a crash.
/// </summary>
public sealed class InvariantViolation : Exception
{
    /// <summary>Creates the violation.</summary>
    /// <param name="message">Which invariant broke, with the offending values.</param>
    public InvariantViolation(string message)
        : base(message)
    {
    }

    /// <summary>Throws when <paramref name="condition"/> is false.</summary>
    /// <param name="condition">The invariant.</param>
    /// <param name="message">Which invariant broke.</param>
    public static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantViolation(message);
        }
    }
}
