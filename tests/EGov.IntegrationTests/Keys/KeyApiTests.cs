using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Inbox;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Keys;
using Microsoft.Extensions.DependencyInjection;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace EGov.IntegrationTests.Keys;

public abstract partial class KeyApiTests(PlatformFactory platform)
{
    private HttpClient Client(params string[] permissions)
    {
        var client = SignedInHosts.For(platform).CreateClient(new() { AllowAutoRedirect = false });
        if (permissions.Length > 0)
        {
            client.DefaultRequestHeaders.Add("X-Test-User", SignedInHosts.Value(Guid.NewGuid(), null, permissions));
        }

        return client;
    }

    private Task<SigningKey> PlatformKeyAsync()
        => SignedInHosts.For(platform).Services.GetRequiredService<IKeyStore>().GetSigningKeyAsync(IKeyStore.PlatformOwner);

    [Fact]
    public async Task Root_certificate_is_public()
    {
        var response = await Client().GetAsync("/api/v1/keys/ca/certificate");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pkix-cert", response.Content.Headers.ContentType?.MediaType);
        var certificate = new X509Certificate(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["西陵区电子政务平台根证书"], certificate.SubjectDN.GetValueList(X509Name.CN));
    }

    [Fact]
    public async Task Key_certificate_is_public_and_chains_to_the_root()
    {
        var key = await PlatformKeyAsync();
        var client = Client();

        var response = await client.GetAsync($"/api/v1/keys/{key.KeyId}/certificate");
        var root = new X509Certificate(await client.GetByteArrayAsync("/api/v1/keys/ca/certificate"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(key.CertificateDer, bytes);
        new X509Certificate(bytes).Verify(root.GetPublicKey());
    }

    [Fact]
    public async Task Unknown_key_is_a_problem_in_Chinese()
    {
        var response = await Client().GetAsync("/api/v1/keys/0000/certificate");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("证书不存在", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Key_page_needs_the_key_management_permission()
    {
        var response = await Client("audit.view").GetAsync("/admin/keys");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Key_page_lists_keys_with_their_certificates()
    {
        var key = await PlatformKeyAsync();

        var html = await Client(KeyPermissions.Manage).GetStringAsync("/admin/keys");

        Assert.Contains("密钥与证书", html, StringComparison.Ordinal);
        Assert.Contains(key.KeyId, html, StringComparison.Ordinal);
        Assert.Contains("西陵区电子政务平台根证书", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certificate_downloads_from_the_page_as_an_attachment()
    {
        var key = await PlatformKeyAsync();

        var response = await Client(KeyPermissions.Manage).GetAsync($"/admin/keys?handler=Certificate&keyId={key.KeyId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(key.CertificateDer, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Rotation_from_the_page_replaces_the_active_key()
    {
        var owner = $"test-{Guid.NewGuid():N}"[..20];
        var store = SignedInHosts.For(platform).Services.GetRequiredService<IKeyStore>();
        var old = await store.GetSigningKeyAsync(owner);
        var client = Client(KeyPermissions.Manage);
        var page = await client.GetStringAsync("/admin/keys");

        var response = await client.PostAsync("/admin/keys?handler=Rotate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["owner"] = owner,
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var current = await store.GetSigningKeyAsync(owner);
        Assert.NotEqual(old.KeyId, current.KeyId);
        Assert.NotNull((await store.FindPublicKeyAsync(old.KeyId))?.RetiredAt);
    }

    [Fact]
    public async Task Rotation_without_an_antiforgery_token_is_refused()
    {
        var response = await Client(KeyPermissions.Manage).PostAsync("/admin/keys?handler=Rotate", new FormUrlEncodedContent(new Dictionary<string, string> { ["owner"] = "platform" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

[Collection(SqliteCollection.Name)]
public sealed class KeyApiTestsOnSqlite(SqlitePlatform platform) : KeyApiTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class KeyApiTestsOnPostgres(PostgresPlatform platform) : KeyApiTests(platform);
