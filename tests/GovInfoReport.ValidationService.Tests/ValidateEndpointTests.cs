using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using GovInfoReport.Samples.ValidationService;
using Xunit;

namespace GovInfoReport.ValidationService.Tests;

/// <summary>
/// POST /reports/validate over real HTTP: summaries, and problem details carrying the issues in the documented
/// issues@1 shape with readable Chinese. Issue 11: the service answered in its own shape (numeric severity,
/// messageZh/messageEn), escaped all Chinese as \uXXXX and said a 1 MB body "has 262145 bytes".
/// </summary>
public sealed class ValidateEndpointTests(RunningService service) : IClassFixture<RunningService>
{
    [Fact]
    public async Task CleanReportAnswers200WithItsSummaryAndAnIssuesDocument()
    {
        using var response = await PostFixture("seed-004.json");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(text);
        var summary = body.RootElement.GetProperty("summary");
        Assert.Equal("2021", summary.GetProperty("templateVersion").GetString());
        Assert.Equal("河北省机关事务管理局", summary.GetProperty("agencyName").GetString());
        Assert.Equal(2022, summary.GetProperty("reportYear").GetInt32());
        Assert.Equal("govinfo-report/issues@1", body.RootElement.GetProperty("format").GetString());
        var result = Assert.Single(body.RootElement.GetProperty("results").EnumerateArray());
        Assert.True(result.GetProperty("valid").GetBoolean());
        Assert.Equal(0, result.GetProperty("issues").GetArrayLength());
        Assert.Contains("河北省机关事务管理局", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportWithOnlyAWarningAnswers200AndCarriesTheWarningInTheIssueShape()
    {
        using var response = await PostFixture("seed-001.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = await Json(response);
        var warning = Assert.Single(Issues(body));
        Assert.Equal("R11", warning.GetProperty("ruleId").GetString());
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Equal("/reportYear", warning.GetProperty("pointer").GetString());
        Assert.False(string.IsNullOrEmpty(warning.GetProperty("message").GetProperty("zh").GetString()));
    }

    [Theory]
    [InlineData("seed-000.json", "R11@/reportYear,R1@/applications/outcomes/total/naturalPersons,R1@/applications/outcomes/total/total,R3@/applications/outcomes/total/naturalPersons,R3@/applications/outcomes/total/total")]
    [InlineData("seed-002.json", "R2@/applications/outcomes/disclosed/total,R3@/applications/outcomes/total/total")]
    public async Task InconsistentReportAnswers422ProblemDetailsWithEveryIssueInReadableChinese(string fixture, string expectedIssues)
    {
        using var response = await PostFixture(fixture);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(text);
        AssertProblem(body, 422, "invalid-report");
        var issues = Issues(body).Select(i => i.GetProperty("ruleId").GetString() + "@" + i.GetProperty("pointer").GetString()).OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(expectedIssues, string.Join(",", issues));
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.Contains("应", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedBodyAnswers422WithALocatedSyntaxIssue()
    {
        using var response = await service.Client.PostAsync("/reports/validate", new StringContent("{\n  \"templateVersion\": \"2021\",\n  \"agencyName\": ]", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var body = await Json(response);
        var issue = Assert.Single(Issues(body));
        Assert.Equal("json.syntax", issue.GetProperty("ruleId").GetString());
        Assert.Equal(3, issue.GetProperty("line").GetInt64());
    }

    [Fact]
    public async Task ABodyWithAByteOrderMarkIsValidated()
    {
        var bytes = File.ReadAllBytes(Fixture("seed-004.json"));
        using var response = await service.Client.PostAsync("/reports/validate", Json([0xEF, 0xBB, 0xBF, .. bytes]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OversizedBodyAnswers413SayingTheSizeItDeclared()
    {
        var payload = new byte[1024 * 1024];
        Array.Fill(payload, (byte)' ');
        using var response = await PostClosing(Json(payload));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var body = await Json(response);
        AssertProblem(body, 413, "payload-too-large");
        var issue = Assert.Single(Issues(body));
        Assert.Equal("json.size", issue.GetProperty("ruleId").GetString());
        Assert.Equal("1048576", issue.GetProperty("actual").GetString());
        Assert.Contains("1048576", issue.GetProperty("message").GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("262145", body.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedBodyOfUnknownLengthAnswers413WithoutInventingASize()
    {
        var payload = new byte[1024 * 1024];
        Array.Fill(payload, (byte)' ');
        var content = new StreamContent(new NonSeekable(payload));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await PostClosing(content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var body = await Json(response);
        var issue = Assert.Single(Issues(body));
        Assert.Equal("json.size", issue.GetProperty("ruleId").GetString());
        Assert.Contains("larger than the limit of 262144", issue.GetProperty("message").GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("262145", body.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=gbk")]
    public async Task ABodyThatIsNotJsonInUtf8Answers415(string contentType)
    {
        var content = new ByteArrayContent(File.ReadAllBytes(Fixture("seed-004.json")));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await service.Client.PostAsync("/reports/validate", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        using var body = await Json(response);
        AssertProblem(body, 415, "unsupported-media-type");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/vnd.govinfo+json")]
    public async Task JsonContentTypesAreAccepted(string contentType)
    {
        var content = new ByteArrayContent(File.ReadAllBytes(Fixture("seed-004.json")));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await service.Client.PostAsync("/reports/validate", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnotherMethodAnswers405AndAnotherPath404AsProblemDetails()
    {
        using var get = await service.Client.GetAsync("/reports/validate");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        using (var body = await Json(get))
        {
            AssertProblem(body, 405, "method-not-allowed");
        }

        using var missing = await service.Client.PostAsync("/nothing-here", Json([]));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using (var body = await Json(missing))
        {
            AssertProblem(body, 404, "not-found");
        }
    }

    [Fact]
    public async Task OversizedHeadersAnswer431AsProblemDetails()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/reports/validate") { Content = Json(File.ReadAllBytes(Fixture("seed-004.json"))) };
        request.Headers.Add("X-Padding", new string('x', 40 * 1024));

        using var response = await service.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        using var body = await Json(response);
        AssertProblem(body, 431, "headers-too-large");
    }

    [Fact]
    public async Task AFaultOfTheServiceAnswers500AsProblemDetailsAndIsLoggedAsAnError()
    {
        using var response = await service.Client.GetAsync("/test/fail");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        using var body = await Json(response);
        AssertProblem(body, 500, "internal-error");
        Assert.DoesNotContain("a fault of the service itself", body.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(service.Logs, log => log.Level == Microsoft.Extensions.Logging.LogLevel.Error && log.Exception?.Message == "a fault of the service itself");
    }

    [Fact]
    public async Task AnEchoedHugeKeyKeepsTheAnswerSmall()
    {
        // Issue 11: a 262 KB request with one offending key gave a 2.4–3.1 MB answer (the key echoed four times).
        var key = new string('k', 250 * 1024);
        var json = "{\"templateVersion\":\"2021\",\"" + key + "\":1}";

        using var response = await service.Client.PostAsync("/reports/validate", new StringContent(json, Encoding.UTF8, "application/json"));
        var answer = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True(answer.Length < 32 * 1024, $"answer of {answer.Length} bytes");
        using var body = JsonDocument.Parse(answer);
        Assert.Contains(Issues(body), i => i.GetProperty("ruleId").GetString() == "structure.unknown-property" && i.GetProperty("pointer").GetString()!.EndsWith('…'));
    }

    [Fact]
    public async Task ManyIssuesAreCutAtTheServiceLimit()
    {
        var json = new StringBuilder("{\"templateVersion\":\"2021\"");
        for (var i = 0; i < 5000; i++)
        {
            json.Append(",\"unknown").Append(i).Append("\":").Append(i);
        }

        json.Append('}');
        using var response = await service.Client.PostAsync("/reports/validate", new StringContent(json.ToString(), Encoding.UTF8, "application/json"));
        var answer = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var body = JsonDocument.Parse(answer);
        var result = body.RootElement.GetProperty("results")[0];
        Assert.True(result.GetProperty("truncated").GetBoolean());
        Assert.Equal(ValidationServiceApp.Options.MaxIssues + 1, result.GetProperty("issues").GetArrayLength());
        Assert.True(answer.Length < 128 * 1024, $"answer of {answer.Length} bytes");
    }

    internal static void AssertProblem(JsonDocument body, int status, string slug)
    {
        var root = body.RootElement;
        Assert.Equal(ServiceProblem.TypeBase + "#" + slug, root.GetProperty("type").GetString());
        Assert.Equal(status, root.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("detail").GetString()));
        Assert.StartsWith("/", root.GetProperty("instance").GetString(), StringComparison.Ordinal);
    }

    private static JsonElement[] Issues(JsonDocument body) => [.. body.RootElement.GetProperty("results")[0].GetProperty("issues").EnumerateArray()];

    // The server answers an oversized body before reading it and then closes the connection: this request must not
    // leave that connection in the shared client's pool, where the next test would pick it up dead.
    private Task<HttpResponseMessage> PostClosing(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/reports/validate") { Content = content };
        request.Headers.ConnectionClose = true;
        return service.Client.SendAsync(request);
    }

    private Task<HttpResponseMessage> PostFixture(string name)
        => service.Client.PostAsync("/reports/validate", Json(File.ReadAllBytes(Fixture(name))));

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static ByteArrayContent Json(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static async Task<JsonDocument> Json(HttpResponseMessage response)
        => JsonDocument.Parse(await response.Content.ReadAsStringAsync());

    private sealed class NonSeekable(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
