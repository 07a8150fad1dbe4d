using System;
using System.Threading;

namespace GovInfoReport.Cli;

/// <summary>Seams through which tests make the tool fail the way a bug would; never set outside tests.</summary>
internal static class TestHooks
{
    // Async-local, so that a test's hook reaches the threads its own run starts and no other test's run.
    private static readonly AsyncLocal<Action<string>?> Hook = new();

    private static readonly AsyncLocal<Action<string>?> StatHook = new();

    private static readonly AsyncLocal<Action<string, bool>?> OpenInFolderHook = new();

    /// <summary>Called with a path before a stat or lstat of it; a test counts the system calls a walk costs.</summary>
    public static Action<string>? BeforeStat
    {
        get => StatHook.Value;
        set => StatHook.Value = value;
    }

    /// <summary>
    /// Called with a file's name after it was opened relative to its folder, and whether that open succeeded (a file
    /// whose relative open fails goes by its full path): a test counts such opens.
    /// </summary>
    public static Action<string, bool>? AfterOpenInFolder
    {
        get => OpenInFolderHook.Value;
        set => OpenInFolderHook.Value = value;
    }

    /// <summary>Called with an input's name before the work on it; a test throws here to stand in for a bug.</summary>
    public static Action<string>? BeforeWork
    {
        get => Hook.Value;
        set => Hook.Value = value;
    }
}
