using System;
using System.IO;
using System.Linq;

namespace GovInfoReport.Package.Tests;

/// <summary>
/// A copy of the repository's sources (and its .git, so SourceLink still records the commit) in a temp folder.
/// Packing there keeps the tests from rewriting the live tree's obj/ and bin/ while the rest of the solution is
/// being built and tested in parallel.
/// </summary>
internal static class RepositorySnapshot
{
    private static readonly string[] SkippedFolders = ["bin", "obj", "TestResults", "BenchmarkDotNet.Artifacts"];

    public static string Create(string destination)
    {
        var repository = DotnetProcess.RepositoryRoot();
        Directory.CreateDirectory(destination);
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "LICENSE", "README.md", ".editorconfig" })
        {
            var source = Path.Combine(repository, file);
            if (File.Exists(source))
            {
                File.Copy(source, Path.Combine(destination, file));
            }
        }

        Copy(Path.Combine(repository, "src"), Path.Combine(destination, "src"));
        var git = Path.Combine(repository, ".git");
        if (Directory.Exists(git))
        {
            Copy(git, Path.Combine(destination, ".git"));
        }
        else if (File.Exists(git))
        {
            // A worktree or submodule: .git is a file pointing at the real folder, which stays valid from the copy.
            File.Copy(git, Path.Combine(destination, ".git"));
        }

        return destination;
    }

    private static void Copy(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source).Where(f => !SkippedFolders.Contains(Path.GetFileName(f), StringComparer.Ordinal)))
        {
            Copy(folder, Path.Combine(destination, Path.GetFileName(folder)));
        }
    }
}
