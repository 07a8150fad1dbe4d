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

    // Whether a hook was ever set in this process: until then a hook costs a field read instead of an async-local
    // lookup (two per input of a batch, 0.2% of a validate's time).
    private static volatile bool _used;

    /// <summary>Called with a path before a stat or lstat of it; a test counts the system calls a walk costs.</summary>
    public static Action<string>? BeforeStat
    {
        get => _used ? StatHook.Value : null;
        set => StatHook.Value = Used(value);
    }

    /// <summary>
    /// Called with a file's name after it was opened relative to its folder, and whether that open succeeded (a file
    /// whose relative open fails goes by its full path): a test counts such opens.
    /// </summary>
    public static Action<string, bool>? AfterOpenInFolder
    {
        get => _used ? OpenInFolderHook.Value : null;
        set => OpenInFolderHook.Value = Used(value);
    }

    /// <summary>Called with an input's name before the work on it; a test throws here to stand in for a bug.</summary>
    public static Action<string>? BeforeWork
    {
        get => _used ? Hook.Value : null;
        set => Hook.Value = Used(value);
    }

    private static T Used<T>(T hook)
    {
        _used = true;
        return hook;
    }
}
