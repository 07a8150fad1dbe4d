using BenchmarkDotNet.Running;

namespace GovInfoReport.Benchmarks;

/// <summary>Runs the benchmarks; see docs/performance.md for the command and the figures.</summary>
public static class Program
{
    /// <summary>Entry point: BenchmarkDotNet's switcher (use <c>--filter</c> to choose).</summary>
    /// <param name="args">BenchmarkDotNet arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
