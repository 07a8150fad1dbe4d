using System;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Xunit;

namespace GovInfoReport.ValidationService.Tests;

/// <summary>
/// Faults of the client at the HTTP level, over raw sockets: answered as problem details and logged quietly.
/// Issue 11: 400 and 408 had empty bodies, and every slow client left an error-level stack trace in the log.
/// </summary>
public sealed class ClientFaultTests(RunningService service) : IClassFixture<RunningService>
{
    [Fact]
    public async Task SlowClientsAnswer408AsProblemDetailsWithoutErrorLogs()
    {
        // Kestrel's minimum body rate (240 B/s after a 5 s grace period) ends each of these.
        const string head = "POST /reports/validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{";
        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => SendRaw(head, TimeSpan.FromSeconds(30))));

        foreach (var answer in answers)
        {
            Assert.StartsWith("HTTP/1.1 408", answer, StringComparison.Ordinal);
            using var body = JsonDocument.Parse(Body(answer));
            ValidateEndpointTests.AssertProblem(body, 408, "request-timeout");
        }

        Assert.DoesNotContain(service.Logs, log => log.Level >= LogLevel.Error);
        Assert.DoesNotContain(service.Logs, log => log.Level >= LogLevel.Information && log.Exception is not null);
    }

    [Fact]
    public async Task MalformedChunkedFramingAnswers400AsProblemDetails()
    {
        const string request = "POST /reports/validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n";

        var answer = await SendRaw(request, TimeSpan.FromSeconds(30));

        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(Body(answer));
        ValidateEndpointTests.AssertProblem(body, 400, "bad-request");
        Assert.DoesNotContain(service.Logs, log => log.Level >= LogLevel.Error);
    }

    private async Task<string> SendRaw(string request, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", service.Port, cancel.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), cancel.Token);
        var received = new StringBuilder();
        var buffer = new byte[8192];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancel.Token)) > 0)
            {
                received.Append(Encoding.UTF8.GetString(buffer, 0, read));
                if (IsComplete(received.ToString()))
                {
                    break;
                }
            }
        }
        catch (System.IO.IOException)
        {
            // The server closes the connection after answering a faulty client.
        }

        return received.ToString();
    }

    private static bool IsComplete(string response)
    {
        var end = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var lengthLine = response[..end].Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        if (lengthLine is not null)
        {
            return Encoding.UTF8.GetByteCount(response[(end + 4)..]) >= int.Parse(lengthLine["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return response.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
    }

    private static string Body(string response)
    {
        var head = response[..response.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        var body = response[(head.Length + 4)..];
        if (!head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            return body;
        }

        var decoded = new StringBuilder();
        while (true)
        {
            var lineEnd = body.IndexOf("\r\n", StringComparison.Ordinal);
            var size = Convert.ToInt32(body[..lineEnd], 16);
            if (size == 0)
            {
                return decoded.ToString();
            }

            // Sizes count bytes; the bodies here are ASCII or escaped, so characters and bytes agree only for ASCII.
            var bytes = Encoding.UTF8.GetBytes(body[(lineEnd + 2)..]);
            decoded.Append(Encoding.UTF8.GetString(bytes, 0, size));
            body = Encoding.UTF8.GetString(bytes, size + 2, bytes.Length - size - 2);
        }
    }
}
