using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using GovInfoReport.Samples.ValidationService;
using Microsoft.AspNetCore.Builder;
using Xunit;

namespace GovInfoReport.ValidationService.Tests;

/// <summary>The sample service, started on Kestrel at a free loopback port, with a client for it.</summary>
public sealed class RunningService : IAsyncLifetime
{
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var port = FreeLoopbackPort();
        _app = ValidationServiceApp.Build(["--urls", $"http://127.0.0.1:{port}"]);
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
