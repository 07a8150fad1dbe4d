using System;

namespace GovInfoReport.Fuzz;

/// <summary>
/// One fuzzed entry point: it takes the raw input bytes, returns when the code under test behaved, and throws when it
/// did not (an exception escaped, or a result broke one of the target's invariants). Under afl-fuzz a throw is a crash;
/// in the regression test it is a failure.
/// </summary>
/// <param name="Name">The name given to <c>run.sh</c> and used as the seed and regression folder name.</param>
/// <param name="Description">What the target feeds and what it checks.</param>
/// <param name="Run">The entry point.</param>
public sealed record FuzzTarget(string Name, string Description, Action<byte[]> Run);
