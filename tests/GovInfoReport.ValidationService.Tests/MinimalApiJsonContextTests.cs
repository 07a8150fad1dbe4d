using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using GovInfoReport.Schema.Templates.V2021;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GovInfoReport.ValidationService.Tests;

/// <summary>
/// The shipped JSON context in a minimal API, the usual way: <c>ConfigureHttpJsonOptions</c>. Issue 11: every
/// request was answered 500 (InvalidOperationException, "…options does not match the provided argument").
/// </summary>
public sealed class MinimalApiJsonContextTests
{
    [Theory]
    [InlineData("ChainInsert")]
    [InlineData("Combine")]
    public async Task AMinimalApiBindsAndWritesTheReportThroughTheContext(string configuration)
    {
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            if (configuration == "ChainInsert")
            {
                options.SerializerOptions.TypeInfoResolverChain.Insert(0, Report2021JsonContext.Default);
            }
            else
            {
                options.SerializerOptions.TypeInfoResolver = JsonTypeInfoResolver.Combine(Report2021JsonContext.Default, options.SerializerOptions.TypeInfoResolver);
            }
        });
        await using var app = builder.Build();
        app.MapPost("/echo", (Report2021 report) => report with { AgencyName = report.AgencyName + "（已收到）" });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var content = new ByteArrayContent(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed-004.json")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync("/echo", content);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        using var body = JsonDocument.Parse(text);
        Assert.Equal("河北省机关事务管理局（已收到）", body.RootElement.GetProperty("agencyName").GetString());
        Assert.Equal(JsonValueKind.Number, body.RootElement.GetProperty("applications").GetProperty("newApplications").GetProperty("total").ValueKind);
        await app.StopAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
