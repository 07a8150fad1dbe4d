using System.IO;
using System.Text;
using GovInfoReport.Cli.Output;

namespace GovInfoReport.Cli;

/// <summary>
/// The standard streams as the commands use them: stdin as bytes (never decoded, so that invalid UTF-8 reaches the
/// validator as it is), stdout buffered (flushed once at the end, not per line) as text and as bytes, stderr as text.
/// </summary>
internal sealed class CliConsole
{
    private const int OutputBuffer = 64 * 1024;
    private readonly BufferedStream _output;
    private readonly StreamWriter _text;

    public CliConsole(Stream input, Stream output, TextWriter error, bool errorIsTerminal)
    {
        Input = input;
        Error = error;
        ErrorIsTerminal = errorIsTerminal;
        _output = new BufferedStream(new StandardOutputStream(output), OutputBuffer);
        _text = new StreamWriter(_output, new UTF8Encoding(false), 16 * 1024, leaveOpen: true) { AutoFlush = false };
    }

    /// <summary>Standard input, read as bytes.</summary>
    public Stream Input { get; }

    /// <summary>Standard output as text (help, messages of the single-file commands).</summary>
    public TextWriter Out => _text;

    /// <summary>Standard output as bytes, for the batch writers; text written before is flushed first.</summary>
    public Stream OutBytes
    {
        get
        {
            _text.Flush();
            return _output;
        }
    }

    /// <summary>Standard error: diagnostics about the run itself.</summary>
    public TextWriter Error { get; }

    /// <summary>Whether standard error is an interactive terminal (progress bars are drawn only then).</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>Writes out everything buffered.</summary>
    public void Flush()
    {
        _text.Flush();
        _output.Flush();
    }
}
