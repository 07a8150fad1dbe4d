using BenchmarkDotNet.Running;

namespace GovInfoReport.Benchmarks;

/// <summary>Runs the benchmarks; see docs/performance.md for the command and the figures.</summary>
public static class Program
{
    /// <summary>Entry point: BenchmarkDotNet's switcher (use <c>--filter</c> to choose), or <c>--warm-up</c> (<see cref="WarmUpCurve"/>).</summary>
    /// <param name="args">BenchmarkDotNet arguments, or <c>--warm-up validate|extract [reports a round] [rounds]</c>.</param>
    public static void Main(string[] args)
    {
        if (!WarmUpCurve.TryRun(args))
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
