using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Audit;
using EGov.Platform.Identity.Demo;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Security.Seals;

/// <summary>The seal registry's API and pages for the security administrator; the public verification API and page.</summary>
public abstract partial class SealsApiTests(PlatformFactory platform)
{
    private const string Api = "/api/v1/security/seals";
    private readonly SealBuilder _build = new(platform);

    [Fact]
    public async Task The_demo_has_seals_for_the_district_government_and_its_office()
    {
        var (browser, _) = await SignInAsync("secadmin");

        var seals = await JsonAsync(await browser.GetAsync(Api), HttpStatusCode.OK);
        var names = seals.EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();

        Assert.Contains("西陵区人民政府", names);
        Assert.Contains("西陵区人民政府办公室", names);
        var page = await browser.GetAsync("/admin/security/seals");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("西陵区人民政府办公室", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_security_administrator_makes_and_revokes_a_seal_with_audit_entries()
    {
        var (browser, token) = await SignInAsync("secadmin");
        var department = await DepartmentIdAsync("xlq-jyj");

        var created = await JsonAsync(await SendAsync(browser, token, Api, new { departmentId = department, validFrom = Today(), validUntil = Today().AddYears(2) }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var stale = await SendAsync(browser, token, $"{Api}/{id}/revoke", new { reason = "机构调整", version = 7 });
        var revoked = await JsonAsync(await SendAsync(browser, token, $"{Api}/{id}/revoke", new { reason = "机构调整", version = created.GetProperty("version").GetInt64() }), HttpStatusCode.OK);

        Assert.Equal("西陵区教育局", created.GetProperty("name").GetString());
        Assert.Equal("有效", created.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("已注销", revoked.GetProperty("status").GetString());
        Assert.Equal("机构调整", revoked.GetProperty("revocationReason").GetString());
        await using var scope = platform.Scope();
        var actions = await PlatformFactory.Db(scope).Set<AuditEntry>().Where(e => e.ObjectId == id.ToString()).Select(e => e.Action).ToListAsync();
        Assert.Contains("security.seal.created", actions);
        Assert.Contains("security.seal.revoked", actions);
    }

    [Fact]
    public async Task A_revocation_without_a_reason_is_refused_with_a_field_error()
    {
        var (browser, token) = await SignInAsync("secadmin");
        var seal = await _build.NewSealAsync("xlq-mzj");

        var problem = await JsonAsync(await SendAsync(browser, token, $"{Api}/{seal.Id}/revoke", new { reason = " ", version = seal.Version }), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
    }

    [Fact]
    public async Task Staff_cannot_see_or_make_seals()
    {
        var (browser, token) = await SignInAsync("bgs.zhuren");

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(Api)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/admin/security/seals")).StatusCode);
        var create = await SendAsync(browser, token, Api, new { departmentId = await DepartmentIdAsync("xlq-jyj"), validFrom = Today(), validUntil = Today().AddYears(1) });
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Fact]
    public async Task Anyone_downloads_a_seals_certificate_as_DER_or_PEM()
    {
        var id = await _build.DemoSealAsync();
        var client = platform.CreateClient();

        var der = await client.GetAsync($"{Api}/{id}/certificate");
        var pem = await client.GetStringAsync($"{Api}/{id}/certificate?format=pem");

        Assert.Equal(HttpStatusCode.OK, der.StatusCode);
        Assert.Equal("application/pkix-cert", der.Content.Headers.ContentType?.MediaType);
        var certificate = new Org.BouncyCastle.X509.X509Certificate(await der.Content.ReadAsByteArrayAsync());
        Assert.Contains("seal:xlq-", certificate.SubjectDN.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("-----BEGIN CERTIFICATE-----", pem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_verify_API_answers_with_the_documents_number_agency_and_time()
    {
        var answer = await _build.UploadAsync(await _build.SealedAsync());

        Assert.True(answer.GetProperty("valid").GetBoolean());
        Assert.Equal(SealBuilder.Number, answer.GetProperty("documentNumber").GetString());
        Assert.Equal("西陵区人民政府", answer.GetProperty("agency").GetString());
        Assert.True(answer.GetProperty("sealedAt").GetDateTime() > DateTime.UtcNow.AddMinutes(-5));
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("reason").ValueKind);
    }

    [Fact]
    public async Task The_verify_API_says_why_an_unsealed_file_fails_and_refuses_what_is_not_a_PDF()
    {
        var unsealed = await _build.UploadAsync(_build.Letter());
        var notPdf = await _build.UploadAsync("hello"u8.ToArray(), HttpStatusCode.BadRequest);

        Assert.False(unsealed.GetProperty("valid").GetBoolean());
        Assert.Equal("文件中没有电子印章", unsealed.GetProperty("reason").GetString());
        Assert.Equal("文件不是 PDF 格式", notPdf.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_public_page_shows_the_result_in_plain_Chinese()
    {
        var browser = new Browser(platform);
        var page = await browser.GetAsync("/documents/verify");
        var token = TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(await _build.SealedAsync()), "file", "document.pdf" },
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
        };

        var result = await browser.Client.PostAsync("/documents/verify", form);
        var html = WebUtility.HtmlDecode(await result.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Contains("验证通过", html, StringComparison.Ordinal);
        Assert.Contains(SealBuilder.Number, html, StringComparison.Ordinal);
        Assert.Contains("下载印章证书", html, StringComparison.Ordinal);
    }

    private async Task<(Browser Browser, string Token)> SignInAsync(string userName)
    {
        var browser = new Browser(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(userName, DemoAccounts.Password)).StatusCode);
        var home = await browser.GetAsync(userName == "secadmin" ? "/admin/security/seals" : "/office");
        return (browser, WebUtility.HtmlDecode(TokenPattern().Match(await home.Content.ReadAsStringAsync()).Groups[1].Value));
    }

    private static Task<HttpResponseMessage> SendAsync(Browser browser, string token, string url, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        return browser.Client.SendAsync(request);
    }

    private async Task<Guid> DepartmentIdAsync(string code)
    {
        await using var scope = platform.Scope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync(code))!.Id;
    }

    private static DateOnly Today() => EGov.Platform.Time.ChinaTime.Today(TimeProvider.System);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

[Collection(SqliteCollection.Name)]
public sealed class SealsApiOnSqlite(SqlitePlatform platform) : SealsApiTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class SealsApiOnPostgres(PostgresPlatform platform) : SealsApiTests(platform);
