using System.Text;

namespace GovInfoReport.Generators.Emitting;

/// <summary>An indented text writer for generated C#, with LF line endings on every platform.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>An XML doc summary from a Chinese label and an English description, both escaped.</summary>
    public SourceWriter Summary(string? label, string? description, string? fallback = null)
    {
        Line("/// <summary>");
        var any = false;
        foreach (var line in XmlDocText.Lines(label))
        {
            Line("/// " + line);
            any = true;
        }

        if (!string.IsNullOrEmpty(description))
        {
            Line(any ? "/// <para>" : "/// <para>");
            foreach (var line in XmlDocText.Lines(description))
            {
                Line("/// " + line);
            }

            Line("/// </para>");
            any = true;
        }

        if (!any)
        {
            foreach (var line in XmlDocText.Lines(fallback ?? string.Empty))
            {
                Line("/// " + line);
            }
        }

        return Line("/// </summary>");
    }

    public override string ToString() => _builder.ToString();
}
