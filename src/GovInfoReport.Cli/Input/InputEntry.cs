namespace GovInfoReport.Cli.Input;

/// <summary>What enumerating a command's path arguments yields, in order: an input to read, or a message about a path.</summary>
/// <param name="Source">The input to read, or null for a message.</param>
/// <param name="Message">Why a path gives no input (English), or null.</param>
/// <param name="MessageZh">The same in Chinese.</param>
/// <param name="IsError">Whether the message is an input error (exit code 2) rather than a notice.</param>
internal readonly record struct InputEntry(InputSource? Source, string? Message, string? MessageZh, bool IsError)
{
    public static InputEntry Read(InputSource source) => new(source, null, null, false);

    public static InputEntry Error(string en, string zh) => new(null, en, zh, true);

    public static InputEntry Notice(string en, string zh) => new(null, en, zh, false);
}
