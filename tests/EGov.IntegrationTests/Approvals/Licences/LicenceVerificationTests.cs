using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.Approvals.Domain.Applications;
using EGov.IntegrationTests.Infrastructure;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace EGov.IntegrationTests.Approvals.Licences;

public abstract class LicenceVerificationTests(PlatformFactory platform)
{
    private readonly LicenceBuilder _build = new(platform);

    private async Task<JsonElement> UploadAsync(byte[] pdf)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(pdf), "file", "licence.pdf" } };
        var response = await platform.CreateClient().PostAsync("/api/v1/approvals/licences/verify", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Issued_licence_uploaded_as_a_file_is_valid_with_the_holder_masked()
    {
        var licence = await _build.IssuedAsync(await _build.ItemAsync());

        var answer = await UploadAsync(await _build.PdfAsync(licence));

        Assert.True(answer.GetProperty("valid").GetBoolean());
        Assert.Equal("valid", answer.GetProperty("status").GetString());
        Assert.Equal(licence.Number, answer.GetProperty("number").GetString());
        Assert.Equal("张*", answer.GetProperty("holder").GetString());
        Assert.Equal("4205**********1238", answer.GetProperty("holderIdentity").GetString());
        Assert.Equal("西陵区行政审批局", answer.GetProperty("department").GetString());
        Assert.Equal(licence.IssuedOn.AddYears(5).AddDays(-1).ToString("yyyy-MM-dd"), answer.GetProperty("validUntil").GetString());
    }

    [Fact]
    public async Task Licence_with_one_byte_changed_fails_verification()
    {
        var pdf = await _build.PdfAsync(await _build.IssuedAsync(await _build.ItemAsync()));
        pdf[pdf.Length / 2] ^= 0x20;

        var answer = await UploadAsync(pdf);

        Assert.False(answer.GetProperty("valid").GetBoolean());
        Assert.Equal("invalid", answer.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("number").ValueKind);
    }

    [Fact]
    public async Task A_file_that_is_not_a_pdf_is_refused()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent("hello"u8.ToArray()), "file", "licence.pdf" } };

        var response = await platform.CreateClient().PostAsync("/api/v1/approvals/licences/verify", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不是 PDF", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Licence_past_its_validity_is_expired()
    {
        var licence = await _build.IssuedAsync(await _build.ItemAsync());
        await _build.UpdateAsync(licence.Id, l => l.ValidUntil = l.IssuedOn.AddDays(-1));

        var answer = await platform.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/approvals/licences/verify/{licence.VerificationCode}");

        Assert.False(answer.GetProperty("valid").GetBoolean());
        Assert.Equal("expired", answer.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Qr_code_page_shows_the_valid_licence_with_personal_data_masked()
    {
        var licence = await _build.IssuedAsync(await _build.ItemAsync());

        var html = await platform.CreateClient().GetStringAsync($"/services/licences/verify/{licence.VerificationCode}");

        Assert.Contains("验证结果：有效", html, StringComparison.Ordinal);
        Assert.Contains(licence.Number, html, StringComparison.Ordinal);
        Assert.Contains("张*", html, StringComparison.Ordinal);
        Assert.DoesNotContain(LicenceBuilder.CitizenId, html, StringComparison.Ordinal);
        Assert.DoesNotContain("夷陵大道100号", html, StringComparison.Ordinal); // a natural person's premises are cut
        Assert.Contains("CN=xlq-xzsp", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Qr_code_check_verifies_the_stored_pdf_again()
    {
        var licence = await _build.IssuedAsync(await _build.ItemAsync());
        await _build.UpdateAsync(licence.Id, l => l.PdfHash = new string('0', 64));

        var html = await platform.CreateClient().GetStringAsync($"/services/licences/verify/{licence.VerificationCode}");

        Assert.Contains("验证失败（文件被篡改或非本平台签发）", html, StringComparison.Ordinal);
        Assert.DoesNotContain(licence.Number, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_verification_code_fails()
    {
        var answer = await platform.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/approvals/licences/verify/{new string('a', 32)}");

        Assert.Equal("invalid", answer.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Signer_certificate_checks_the_pdf_with_any_sm2_implementation()
    {
        var licence = await _build.IssuedAsync(await _build.ItemAsync(), ApplicantKind.EnterpriseLegalPerson, "宜昌西陵示例科技有限公司", "91420502MA4XL00012");
        var pdf = await _build.PdfAsync(licence);
        var client = platform.CreateClient();

        var certificate = new X509Certificate(await client.GetByteArrayAsync($"/api/v1/approvals/licences/{licence.Number}/certificate"));
        var pem = await client.GetStringAsync($"/api/v1/approvals/licences/{licence.Number}/certificate?format=pem");

        Assert.StartsWith("-----BEGIN CERTIFICATE-----", pem, StringComparison.Ordinal);
        var verifier = SignerUtilities.GetSigner("SM3withSM2");
        verifier.Init(false, certificate.GetPublicKey());
        var digest = EGov.Platform.Crypto.Sm3.Hash(pdf);
        verifier.BlockUpdate(digest, 0, digest.Length);
        Assert.True(verifier.VerifySignature(Convert.FromBase64String(licence.Signature)));
        var answer = await UploadAsync(pdf);
        Assert.Equal("宜昌西陵示例科技有限公司", answer.GetProperty("holder").GetString()); // organizations in full
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LicenceVerificationOnSqlite(SqlitePlatform platform) : LicenceVerificationTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class LicenceVerificationOnPostgres(PostgresPlatform platform) : LicenceVerificationTests(platform);
