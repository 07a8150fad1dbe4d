using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovInfoReport.Extraction.Payload;
using GovInfoReport.Extraction.Structure;
using GovInfoReport.Extraction.Values;

namespace GovInfoReport.Extraction.Tables;

/// <summary>What a value column admits when cutting a run of digits into cells.</summary>
internal enum RunCellKind
{
    /// <summary>A non-negative whole number: "0" or digits without a leading 0.</summary>
    Count,

    /// <summary>A whole number with an optional sign (2019 本年增/减).</summary>
    Signed,

    /// <summary>A non-negative number with an optional decimal part and unit (amounts).</summary>
    Amount,
}

/// <summary>One way of cutting a row's printed runs into its cells.</summary>
/// <param name="Cells">The cell texts, left to right.</param>
internal sealed record RunSplit(string[] Cells)
{
    private decimal[]? values;

    /// <summary>The cells as numbers (units and signs applied).</summary>
    public decimal[] Values => values ??= Cells.Select(Parse).ToArray();

    public string Describe() => string.Join(" | ", Cells);

    public bool SameAs(RunSplit other) => Cells.AsSpan().SequenceEqual(other.Cells);

    private static decimal Parse(string cell)
    {
        var text = cell.TrimEnd('元', '万');
        return decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// Cuts runs of digits printed without separators ("640020470") into a row's cells. Every cut is enumerated under the
/// rules of how numbers are printed (no leading zeros, a sign only where the column is signed, a decimal point only in
/// an amount); white space in the run is a cell boundary for certain. The caller keeps a split only when exactly one
/// survives the table's arithmetic.
/// </summary>
internal static class DigitRunSplitter
{
    /// <summary>More splits than this for one row: the row is ambiguous without listing them all.</summary>
    public const int MaxSplits = 20_000;

    /// <summary>
    /// The most steps of the search for one row: past it the row is ambiguous (left out with a note), so no run,
    /// however long, costs more than this (issue 13).
    /// </summary>
    public const int MaxSteps = 2_000_000;

    /// <summary>The most digits a printed value has before its decimal point.</summary>
    private const int MaxWholeDigits = 12;

    /// <summary>Every split of the tokens (white-space separated pieces of the run) into cells of the given kinds.</summary>
    /// <param name="tokens">The pieces, in order.</param>
    /// <param name="kinds">The kind of each cell.</param>
    /// <param name="filter">A condition on the whole split (a row rule), or null.</param>
    /// <param name="truncated">Set when more than <see cref="MaxSplits"/> splits exist, or the search took more than
    /// <see cref="MaxSteps"/> steps.</param>
    /// <returns>The splits (at most <see cref="MaxSplits"/>).</returns>
    public static List<RunSplit> Splits(IReadOnlyList<string> tokens, IReadOnlyList<RunCellKind> kinds, Func<RunSplit, bool>? filter, out bool truncated)
    {
        var results = new List<RunSplit>();
        var cells = new string[kinds.Count];
        var stop = false;
        var enumerated = 0;
        var steps = 0;

        // Characters left from each token on, and the most characters the cells from each cell on can hold: a run
        // longer than its cells can hold is cut nowhere, without trying every cut of its start (which is
        // exponential in the number of cells).
        var charsFrom = new long[tokens.Count + 1];
        for (var t = tokens.Count - 1; t >= 0; t--)
        {
            charsFrom[t] = charsFrom[t + 1] + tokens[t].Length;
        }

        var capacityFrom = new long[kinds.Count + 1];
        for (var k = kinds.Count - 1; k >= 0; k--)
        {
            capacityFrom[k] = kinds[k] == RunCellKind.Amount ? long.MaxValue / 2 : Math.Min(long.MaxValue / 2, capacityFrom[k + 1] + MaxWholeDigits + 1);
        }

        Recurse(0, 0, 0);
        truncated = stop;
        return results;

        void Recurse(int token, int offset, int cell)
        {
            if (stop)
            {
                return;
            }

            if (++steps > MaxSteps)
            {
                stop = true;
                return;
            }

            if (cell < kinds.Count && charsFrom[token] - offset > capacityFrom[cell])
            {
                return;
            }

            if (token == tokens.Count)
            {
                if (cell == kinds.Count)
                {
                    if (++enumerated > MaxSplits * 10)
                    {
                        stop = true;
                        return;
                    }

                    var split = new RunSplit((string[])cells.Clone());
                    if (filter is null || filter(split))
                    {
                        results.Add(split);
                        if (results.Count > MaxSplits)
                        {
                            stop = true;
                        }
                    }
                }

                return;
            }

            if (cell == kinds.Count)
            {
                return;
            }

            var text = tokens[token];

            // The cells still needed must fit in what is left: each takes at least one character.
            var remainingTokens = tokens.Count - token - 1;
            var remainingCells = kinds.Count - cell - 1;
            // No admissible piece has more than MaxWholeDigits digits before its decimal point (plus a sign and a
            // unit): past that, longer pieces are not tried, so a run of a million digits costs a million short
            // pieces, not a million long ones (issue 13).
            var dot = text.IndexOf('.', offset);
            var longest = dot >= 0 && dot - offset <= MaxWholeDigits + 1 ? text.Length : Math.Min(text.Length, offset + MaxWholeDigits + 3);
            for (var end = offset + 1; end <= longest; end++)
            {
                var piece = text[offset..end];
                if (!Admits(kinds[cell], piece, end == text.Length))
                {
                    continue;
                }

                cells[cell] = piece;
                if (end == text.Length)
                {
                    if (remainingCells >= remainingTokens)
                    {
                        Recurse(token + 1, 0, cell + 1);
                    }
                }
                else if (remainingCells > remainingTokens)
                {
                    Recurse(token, end, cell + 1);
                }

                if (stop)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Whether a piece is a well-formed printed value of the kind.</summary>
    internal static bool Admits(RunCellKind kind, string piece, bool endsToken)
    {
        var body = piece;
        if (kind == RunCellKind.Amount)
        {
            if (body.EndsWith("万元", StringComparison.Ordinal))
            {
                body = body[..^2];
            }
            else if (body.EndsWith('元'))
            {
                body = body[..^1];
            }

            if (body.Length != piece.Length && !endsToken)
            {
                return false; // a unit ends the run
            }
        }
        else if (body.Contains('元', StringComparison.Ordinal) || body.Contains('万', StringComparison.Ordinal))
        {
            return false;
        }

        if (kind == RunCellKind.Signed && body.Length > 1 && body[0] is '+' or '-')
        {
            body = body[1..];
        }

        if (body.Length == 0)
        {
            return false;
        }

        var dot = body.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? body : body[..dot];
        if (dot >= 0)
        {
            if (kind != RunCellKind.Amount || dot == body.Length - 1 || body.IndexOf('.', dot + 1) >= 0)
            {
                return false;
            }

            foreach (var c in body[(dot + 1)..])
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }
        }

        if (whole.Length == 0 || (whole.Length > 1 && whole[0] == '0') || whole.Length > MaxWholeDigits)
        {
            return false;
        }

        foreach (var c in whole)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
