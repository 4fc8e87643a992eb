using System.Net;
using System.Net.Http.Json;
using EGov.IntegrationTests.Infrastructure;

namespace EGov.IntegrationTests.Host;

public abstract class HostTests(PlatformFactory platform)
{
    private readonly HttpClient _client = platform.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Liveness_and_readiness_answer_healthy()
    {
        Assert.Equal("Healthy", await _client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await _client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task Portal_home_is_public_and_in_chinese_with_the_configured_footer()
    {
        var response = await _client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("lang=\"zh-CN\"", html, StringComparison.Ordinal);
        Assert.Contains("跳到主要内容", html, StringComparison.Ordinal);
        Assert.Contains("主办单位：西陵区人民政府办公室", html, StringComparison.Ordinal);
        Assert.Contains("网站标识码：4205020001", html, StringComparison.Ordinal);
        Assert.Contains("鄂ICP备", html, StringComparison.Ordinal);
        Assert.Contains("公网安备", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal); // Chinese is not entity-encoded
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var response = await _client.GetAsync("/");

        var csp = string.Join(';', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp.Split("style-src")[0], StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Office_is_denied_to_anonymous_visitors()
    {
        var response = await _client.GetAsync("/office");

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized, $"got {response.StatusCode}");
    }

    [Fact]
    public async Task Unknown_page_shows_a_chinese_not_found_page_with_a_request_id()
    {
        var response = await _client.GetAsync("/no-such-page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", html, StringComparison.Ordinal);
        Assert.Contains("请求编号", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_document_and_reference_page_are_served()
    {
        var document = await _client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/openapi/v1.json");
        var reference = await _client.GetAsync("/api/reference/");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HostTestsOnSqlite(SqlitePlatform platform) : HostTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class HostTestsOnPostgres(PostgresPlatform platform) : HostTests(platform);
