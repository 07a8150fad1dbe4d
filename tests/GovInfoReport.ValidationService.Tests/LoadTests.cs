using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace GovInfoReport.ValidationService.Tests;

/// <summary>
/// A bounded load test over loopback: a few thousand mixed requests (valid, invalid, malformed, oversized, not
/// JSON) from eight concurrent clients, bounded in count and time. No answer is a 5xx, and the managed heap after
/// the run is where it was after the warm-up (flat memory, nothing kept per request).
/// </summary>
public sealed class LoadTests(RunningService service) : IClassFixture<RunningService>
{
    private const int WarmUp = 400;
    private const int Requests = 3000;

    [Fact]
    public async Task MixedLoadGivesNo5xxAndFlatMemory()
    {
        var fixtures = new[] { "seed-004.json", "seed-002.json", "seed-001.json" }.Select(f => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", f))).ToArray();
        var bodies = new Func<HttpContent>[]
        {
            () => Json(fixtures[0]),
            () => Json(fixtures[1]),
            () => Json(fixtures[2]),
            () => Json(Encoding.UTF8.GetBytes("{\"templateVersion\": \"2021\", \"agencyName\": ]")),
            () => Json(Encoding.UTF8.GetBytes("{\"templateVersion\":\"2021\",\"" + new string('k', 20_000) + "\":1}")),
            () => Json(new byte[300 * 1024]),
            () => new StringContent("not json", Encoding.UTF8, "text/plain"),
        };
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var statuses = new ConcurrentDictionary<int, int>();

        await Run(WarmUp, bodies, statuses, deadline.Token);
        var before = Heap();
        await Run(Requests, bodies, statuses, deadline.Token);
        var after = Heap();

        Assert.DoesNotContain(statuses.Keys, status => status >= 500);
        Assert.Equal(WarmUp + Requests, statuses.Values.Sum());
        Assert.Equal(new[] { 200, 413, 415, 422 }, statuses.Keys.OrderBy(k => k));
        Assert.True(after - before < 16 * 1024 * 1024, $"managed heap grew from {before / 1024} KB to {after / 1024} KB");
    }

    private async Task Run(int count, Func<HttpContent>[] bodies, ConcurrentDictionary<int, int> statuses, CancellationToken cancellationToken)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                // Expect: 100-continue, as clients uploading large bodies send it: a body refused for its declared size
                // is then never sent, rather than cut off mid-send when the server answers early.
                using var request = new HttpRequestMessage(HttpMethod.Post, "/reports/validate") { Content = bodies[i % bodies.Length]() };
                request.Headers.ExpectContinue = true;
                using var response = await service.Client.SendAsync(request, cancellationToken);
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            }
        }));
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static ByteArrayContent Json(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
