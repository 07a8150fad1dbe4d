using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using GovInfoReport.Samples.ValidationService;
using Xunit;

namespace GovInfoReport.ValidationService.Tests;

/// <summary>POST /reports/validate over real HTTP: status codes, summaries and problem details with issue lists.</summary>
public sealed class ValidateEndpointTests(RunningService service) : IClassFixture<RunningService>
{
    [Fact]
    public async Task CleanReportAnswers200WithItsSummary()
    {
        using var response = await PostFixture("seed-004.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = await Json(response);
        Assert.Equal("2021", body.RootElement.GetProperty("templateVersion").GetString());
        Assert.Equal("河北省机关事务管理局", body.RootElement.GetProperty("agencyName").GetString());
        Assert.Equal(2022, body.RootElement.GetProperty("reportYear").GetInt32());
        Assert.Equal(0, body.RootElement.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public async Task ReportWithOnlyAWarningAnswers200AndCarriesTheWarning()
    {
        using var response = await PostFixture("seed-001.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = await Json(response);
        var warning = Assert.Single(body.RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Equal("R11", warning.GetProperty("ruleId").GetString());
        Assert.Equal("/reportYear", warning.GetProperty("pointer").GetString());
    }

    [Theory]
    [InlineData("seed-000.json", "R11@/reportYear,R1@/applications/outcomes/total/naturalPersons,R1@/applications/outcomes/total/total,R3@/applications/outcomes/total/naturalPersons,R3@/applications/outcomes/total/total")]
    [InlineData("seed-002.json", "R2@/applications/outcomes/disclosed/total,R3@/applications/outcomes/total/total")]
    public async Task InconsistentReportAnswers422ProblemDetailsWithEveryIssue(string fixture, string expectedIssues)
    {
        using var response = await PostFixture(fixture);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = await Json(response);
        Assert.Equal(422, body.RootElement.GetProperty("status").GetInt32());
        var issues = body.RootElement.GetProperty("issues").EnumerateArray()
            .Select(i => i.GetProperty("ruleId").GetString() + "@" + i.GetProperty("pointer").GetString())
            .OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(expectedIssues, string.Join(",", issues));
    }

    [Fact]
    public async Task MalformedBodyAnswers422WithALocatedSyntaxIssue()
    {
        using var response = await service.Client.PostAsync("/reports/validate", new StringContent("{\n  \"templateVersion\": \"2021\",\n  \"agencyName\": ]", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var body = await Json(response);
        var issue = Assert.Single(body.RootElement.GetProperty("issues").EnumerateArray());
        Assert.Equal("json.syntax", issue.GetProperty("ruleId").GetString());
        Assert.Equal(3, issue.GetProperty("line").GetInt64());
    }

    [Fact]
    public async Task OversizedBodyAnswers413WithTheSizeIssue()
    {
        var payload = new byte[ValidationServiceApp.Options.MaxPayloadBytes + 4096];
        Array.Fill(payload, (byte)' ');
        using var response = await service.Client.PostAsync("/reports/validate", new ByteArrayContent(payload));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var body = await Json(response);
        var issue = Assert.Single(body.RootElement.GetProperty("issues").EnumerateArray());
        Assert.Equal("json.size", issue.GetProperty("ruleId").GetString());
    }

    private Task<HttpResponseMessage> PostFixture(string name)
        => service.Client.PostAsync("/reports/validate", new ByteArrayContent(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name))));

    private static async Task<JsonDocument> Json(HttpResponseMessage response)
        => JsonDocument.Parse(await response.Content.ReadAsStringAsync());
}
