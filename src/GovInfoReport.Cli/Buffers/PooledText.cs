using System.Text;

namespace GovInfoReport.Cli.Buffers;

/// <summary>Text rendered by a worker, as UTF-8 in a pooled buffer.</summary>
internal static class PooledText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The UTF-8 bytes of <paramref name="text"/>.</summary>
    public static PooledBytes Encode(string text)
    {
        if (text.Length == 0)
        {
            return PooledBytes.Empty;
        }

        var buffer = RenderedPieces.Pool.Rent(Utf8.GetByteCount(text));
        return new PooledBytes(buffer, Utf8.GetBytes(text, buffer), RenderedPieces.Pool);
    }
}
