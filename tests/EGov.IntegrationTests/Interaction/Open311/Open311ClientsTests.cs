using System.Net;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Interaction.Domain.Open311;
using EGov.Interaction.Open311.Clients;
using EGov.Platform.Audit;
using EGov.Platform.Identity.Demo;
using Microsoft.EntityFrameworkCore;

namespace EGov.IntegrationTests.Interaction.Open311;

public abstract partial class Open311ClientsTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_client_registered_on_the_page_shows_its_key_once_and_stores_only_the_hash()
    {
        var browser = new Browser(platform);
        await browser.SignInAsync("bgs.zhuren", DemoAccounts.Password);

        var response = await browser.PostFormAsync("/office/interaction/clients", new Dictionary<string, string>
        {
            ["Client.Name"] = "西陵智慧城管",
            ["Client.Contact"] = "城管局 赵六 0717-6000002",
        }, "/office/interaction/clients?handler=Register");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var key = WebUtility.HtmlDecode(KeyPattern().Match(html).Groups[1].Value);
        Assert.Equal(43, key.Length);
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var client = await db.Set<ApiClient>().AsNoTracking().SingleAsync(c => c.Name == "西陵智慧城管");
        Assert.Equal(ApiKeys.Hash(key), client.KeyHash);
        Assert.DoesNotContain(key, await (await browser.GetAsync("/office/interaction/clients")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.Action == "interaction.open311_client.registered" && a.ObjectId == client.Id.ToString()));
    }

    [Fact]
    public async Task Staff_without_manage_permission_cannot_list_or_register_clients()
    {
        var browser = new Browser(platform);
        await browser.SignInAsync("scjg.banli", DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(ClientsApiClient.Api)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync("/office/interaction/clients")).StatusCode);
    }

    [GeneratedRegex("<code id=\"issued-key\">([^<]+)</code>")]
    private static partial Regex KeyPattern();
}

[Collection(SqliteCollection.Name)]
public sealed class Open311ClientsOnSqlite(SqlitePlatform platform) : Open311ClientsTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class Open311ClientsOnPostgres(PostgresPlatform platform) : Open311ClientsTests(platform);
