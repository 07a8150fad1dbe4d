using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using GovInfoReport.Samples.ValidationService;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace GovInfoReport.ValidationService.Tests;

/// <summary>
/// The sample service, started on Kestrel at a free loopback port, with a client for it, every log entry it writes,
/// and one extra endpoint that fails (the only way to see the service's own 500).
/// </summary>
public sealed class RunningService : IAsyncLifetime
{
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public int Port { get; private set; }

    public ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> Logs { get; } = new();

    public async Task InitializeAsync()
    {
        Port = FreeLoopbackPort();
        _app = ValidationServiceApp.Build(["--urls", $"http://127.0.0.1:{Port}"]);
        _app.Services.GetRequiredService<ILoggerFactory>().AddProvider(new CapturingProvider(Logs));
        _app.MapGet("/test/fail", (HttpContext _) => throw new InvalidOperationException("a fault of the service itself"));
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(30) };
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

    private sealed class CapturingProvider(ConcurrentQueue<(LogLevel, string, string, Exception?)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capturing(categoryName, logs);

        public void Dispose()
        {
        }
    }

    private sealed class Capturing(string category, ConcurrentQueue<(LogLevel, string, string, Exception?)> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => logs.Enqueue((logLevel, category, formatter(state, exception), exception));
    }
}
