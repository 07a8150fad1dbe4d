using System;
using GovInfoReport.Cli.Input;
using Xunit;

namespace GovInfoReport.Cli.Tests;

/// <summary>The bytes of arguments that are not UTF-8, taken from the system's record of the command line.</summary>
public sealed class ArgumentBytesTests : IDisposable
{
    // "报告" in GBK and the text the runtime decodes it to.
    private static readonly byte[] Gbk = [0xB1, 0xA8, 0xB8, 0xE6];
    private const string GbkShown = "\uFFFD\uFFFD\uFFFD\uFFFD";

    public void Dispose() => ArgumentBytes.Capture([], []);

    [Fact]
    public void AnArgumentThatIsNotUtf8IsKeptByItsPositionAfterTheHostsOwnArguments()
    {
        // `dotnet govinfo-report.dll validate /d/报告.json --lang en`, the name in GBK: the host's two entries come first.
        byte[] commandLine = [.. "dotnet\0/t/govinfo-report.dll\0validate\0/d/"u8, .. Gbk, .. ".json\0--lang\0en\0"u8];
        var file = "/d/" + GbkShown + ".json";

        ArgumentBytes.Capture(["validate", file, "--lang", "en"], commandLine);

        Assert.Equal([.. "/d/"u8, .. Gbk, .. ".json"u8, 0], ArgumentBytes.Of(file));
        Assert.Null(ArgumentBytes.Of("validate"));
        Assert.Null(ArgumentBytes.Of("en"));
    }

    [Fact]
    public void ANameThatHoldsTheReplacementCharacterItselfIsItsText()
    {
        // U+FFFD typed into a name is valid UTF-8 (EF BF BD): the text names the file.
        var file = "/d/\uFFFD.json";
        ArgumentBytes.Capture(["validate", file], [.. "govinfo-report\0validate\0"u8, .. System.Text.Encoding.UTF8.GetBytes(file), 0]);

        Assert.Null(ArgumentBytes.Of(file));
    }

    [Fact]
    public void TwoArgumentsOfOneTextAndDifferentBytesAreLeftAsText()
    {
        // B1 and B2 both decode to one U+FFFD: which file the text means cannot be told.
        var file = "/d/\uFFFD.json";
        ArgumentBytes.Capture(["validate", file, file], [.. "govinfo-report\0validate\0/d/"u8, 0xB1, .. ".json\0/d/"u8, 0xB2, .. ".json\0"u8]);

        Assert.Null(ArgumentBytes.Of(file));
    }

    [Fact]
    public void ACommandLineShorterThanTheArgumentsGivesNoBytesAndNoError()
    {
        ArgumentBytes.Capture(["validate", "/d/" + GbkShown], "validate\0"u8);

        Assert.Null(ArgumentBytes.Of("/d/" + GbkShown));
    }
}
