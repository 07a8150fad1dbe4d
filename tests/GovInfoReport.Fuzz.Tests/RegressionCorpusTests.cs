using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace GovInfoReport.Fuzz.Tests;

/// <summary>
/// Every input under tests/GovInfoReport.Fuzz/Seeds and /Regressions goes through the same fuzz target afl-fuzz ran it
/// on (the folder name is the target). A target returns only when nothing escaped and the result kept its invariants
/// (a result or a located error, no caught internal error); a hang fails here instead of blocking the run.
/// </summary>
public sealed class RegressionCorpusTests
{
    // Far above any input's real time (the slowest seed takes well under a second): it only turns a hang into a failure.
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    /// <summary>(corpus, target, file) for every committed input.</summary>
    public static TheoryData<string, string, string> Inputs()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var corpus in new[] { "Seeds", "Regressions" })
        {
            var root = Path.Combine(AppContext.BaseDirectory, corpus);
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var target = Path.GetFileName(Path.GetDirectoryName(file)!);
                if (target != "canary")
                {
                    data.Add(corpus, target, Path.GetFileName(file));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Input_goes_through_its_target_without_escaping_or_breaking_an_invariant(string corpus, string target, string file)
    {
        var input = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, corpus, target, file));
        var run = Task.Run(() => FuzzTargets.Find(target).Run(input));

        var finished = await Task.WhenAny(run, Task.Delay(HangLimit));
        Assert.True(finished == run, $"{corpus}/{target}/{file} did not finish within {HangLimit.TotalSeconds} s");
        await run;
    }

    [Fact]
    public void Every_target_has_seeds_and_every_corpus_folder_names_a_target()
    {
        var seeded = Inputs().Select(row => ((string)row[1], (string)row[0])).ToHashSet();
        foreach (var target in FuzzTargets.All)
        {
            Assert.Contains((target.Name, "Seeds"), seeded);
        }

        foreach (var (target, _) in seeded)
        {
            Assert.Contains(FuzzTargets.All, t => t.Name == target);
        }
    }

    [Fact]
    public void A_broken_invariant_reaches_the_caller_as_an_exception()
    {
        // What afl-fuzz sees as a crash: if the canary's throw did not escape, no target's finding would either.
        var crash = "CRASH"u8.ToArray();

        Assert.Throws<InvariantViolation>(() => FuzzTargets.Canary.Run(crash));
        FuzzTargets.Canary.Run("CRAS"u8.ToArray());
    }
}
