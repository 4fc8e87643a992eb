using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.Approvals.Domain.Licences;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace EGov.IntegrationTests.Approvals.Licences;

public abstract class LicenceRevocationTests(PlatformFactory platform)
{
    private const string Chief = "xzsp.kezhang";
    private const string Password = "Demo@2026";
    private readonly LicenceBuilder _build = new(platform);

    private async Task<Browser> SignedInAsync(string login)
    {
        var browser = new Browser(platform);
        await browser.SignInAsync(login, Password);
        return browser;
    }

    [Fact]
    public async Task Revoked_licence_fails_verification_with_date_and_reason_and_the_holder_is_told()
    {
        var licence = await _build.IssuedAsync(await _build.ItemAsync());
        var chief = await SignedInAsync(Chief);

        var response = await chief.PostFormAsync($"/office/approvals/licences/{licence.Id}", new Dictionary<string, string> { ["Reason"] = "以欺骗手段取得许可", ["Version"] = "0" }, $"/office/approvals/licences/{licence.Id}?handler=revoke");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var answer = await platform.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/approvals/licences/verify/{licence.VerificationCode}");
        Assert.False(answer.GetProperty("valid").GetBoolean());
        Assert.Equal("revoked", answer.GetProperty("status").GetString());
        Assert.Equal("以欺骗手段取得许可", answer.GetProperty("reason").GetString());
        Assert.NotEqual(JsonValueKind.Null, answer.GetProperty("revokedAt").ValueKind);
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        Assert.True(await db.Set<SiteMessage>().AnyAsync(m => m.Title == $"电子证照 {licence.Number} 已注销"));
        Assert.Equal(LicenceStatus.Revoked, (await db.Set<ELicence>().SingleAsync(l => l.Id == licence.Id)).Status);
    }

    [Fact]
    public async Task Revocation_needs_a_reason()
    {
        var licence = await _build.IssuedAsync(await _build.ItemAsync());
        var chief = await SignedInAsync(Chief);

        var response = await chief.PostFormAsync($"/office/approvals/licences/{licence.Id}", new Dictionary<string, string> { ["Reason"] = " ", ["Version"] = "0" }, $"/office/approvals/licences/{licence.Id}?handler=revoke");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请填写注销理由", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Licence_of_another_department_is_outside_the_scope_of_revocation()
    {
        var licence = await _build.IssuedAsync(await _build.ItemAsync("xlq-scjg"));
        var chief = await SignedInAsync(Chief);

        var detail = await chief.GetAsync($"/office/approvals/licences/{licence.Id}");
        var list = await chief.Client.GetStringAsync($"/office/approvals/licences?q={licence.Number}");

        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Contains("共 0 张", list, StringComparison.Ordinal);
        var answer = await platform.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/approvals/licences/verify/{licence.VerificationCode}");
        Assert.Equal("valid", answer.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Revocation_api_refuses_staff_without_the_licences_permission()
    {
        var licence = await _build.IssuedAsync(await _build.ItemAsync());
        var clerk = await SignedInAsync("xzsp.shouli");

        var response = await clerk.Client.PostAsJsonAsync($"/api/v1/approvals/office/licences/{licence.Id}/revoke", new { reason = "测试" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Holder_finds_the_licence_in_my_licences_and_downloads_the_signed_pdf()
    {
        var licence = await _build.IssuedAsync(await _build.ItemAsync());
        var citizen = await SignedInAsync(LicenceBuilder.Citizen);

        var page = await citizen.Client.GetStringAsync("/my/licences");
        var pdf = await citizen.Client.GetByteArrayAsync($"/my/licences?handler=pdf&id={licence.Id}");
        var other = await (await SignedInAsync("qiye")).GetAsync($"/my/licences?handler=pdf&id={licence.Id}");

        Assert.Contains(licence.Number, page, StringComparison.Ordinal);
        Assert.Contains($"/services/licences/verify/{licence.VerificationCode}", page, StringComparison.Ordinal);
        Assert.Equal(licence.PdfHash, EGov.Platform.Crypto.Sm3.HashHex(pdf));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LicenceRevocationOnSqlite(SqlitePlatform platform) : LicenceRevocationTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class LicenceRevocationOnPostgres(PostgresPlatform platform) : LicenceRevocationTests(platform);
