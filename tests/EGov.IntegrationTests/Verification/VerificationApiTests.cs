using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Verification;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace EGov.IntegrationTests.Verification;

public abstract class VerificationApiTests
{
    private readonly SmsCapture _sms;
    private readonly WebApplicationFactory<Program> _host;
    private readonly PlatformFactory _platform;

    protected VerificationApiTests(PlatformFactory platform)
    {
        _platform = platform;
        (_host, _sms) = SmsHosts.For(platform);
    }

    [Fact]
    public async Task Captcha_is_an_uncached_png_data_uri()
    {
        var response = await _platform.CreateClient().GetAsync("/api/v1/verification/captcha");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(Guid.TryParse(body.GetProperty("id").GetString(), out _));
        var image = body.GetProperty("image").GetString()!;
        Assert.StartsWith("data:image/png;base64,", image, StringComparison.Ordinal);
        using var bitmap = SKBitmap.Decode(Convert.FromBase64String(image["data:image/png;base64,".Length..]));
        Assert.Equal(150, bitmap.Width);
    }

    [Fact]
    public async Task Sms_code_is_sent_after_the_right_captcha_and_proves_the_phone()
    {
        var phone = NewPhone();
        var captcha = await NewCaptchaAsync("ABCDE");

        var response = await _host.CreateClient().PostAsJsonAsync("/api/v1/verification/sms", new { phone, purpose = "interaction.letter", captchaId = captcha, captchaAnswer = "abcde" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(60, body.GetProperty("cooldownSeconds").GetInt32());
        await using var scope = _host.Services.CreateAsyncScope();
        var guard = scope.ServiceProvider.GetRequiredService<AnonymousGuard>();
        var proof = new AnonymousProof { Phone = phone, SmsCode = _sms.CodeFor(phone) };
        Assert.True((await guard.CheckAsync(proof, "interaction.letter")).IsSuccess);
    }

    [Fact]
    public async Task Wrong_captcha_sends_nothing_and_says_why_in_chinese()
    {
        var phone = NewPhone();
        var captcha = await NewCaptchaAsync("ABCDE");

        var response = await _host.CreateClient().PostAsJsonAsync("/api/v1/verification/sms", new { phone, purpose = "interaction.letter", captchaId = captcha, captchaAnswer = "ABCDF" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("verification.captcha_wrong", problem.GetProperty("code").GetString());
        Assert.Contains("图形验证码", problem.GetProperty("errors").GetProperty(VerificationErrors.CaptchaField)[0].GetString(), StringComparison.Ordinal);
        Assert.Null(_sms.CodeFor(phone));
    }

    [Fact]
    public async Task Second_request_within_a_minute_is_refused()
    {
        var phone = NewPhone();
        var client = _host.CreateClient();
        await client.PostAsJsonAsync("/api/v1/verification/sms", new { phone, purpose = "interaction.letter", captchaId = await NewCaptchaAsync("ABCDE"), captchaAnswer = "ABCDE" });

        var again = await client.PostAsJsonAsync("/api/v1/verification/sms", new { phone, purpose = "interaction.letter", captchaId = await NewCaptchaAsync("ABCDE"), captchaAnswer = "ABCDE" });

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("verification.sms_too_soon", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Single(_sms.Sent, m => m.Recipient == phone);
    }

    [Fact]
    public async Task Without_a_gateway_the_answer_says_the_code_is_in_the_log()
    {
        var phone = NewPhone();
        var captcha = await NewCaptchaAsync("ABCDE");

        var response = await _platform.CreateClient().PostAsJsonAsync("/api/v1/verification/sms", new { phone, purpose = "interaction.letter", captchaId = captcha, captchaAnswer = "ABCDE" });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("recorded").GetBoolean());
        Assert.Equal("演示环境未配置短信网关：验证码已写入服务日志，未实际发送。", body.GetProperty("message").GetString());
    }

    private async Task<Guid> NewCaptchaAsync(string answer)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<CaptchaService>().CreateAsync(answer, CancellationToken.None)).Id;
    }

    private static string NewPhone() => SmsHosts.NewPhone();
}

[Collection(SqliteCollection.Name)]
public sealed class VerificationApiOnSqlite(SqlitePlatform platform) : VerificationApiTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class VerificationApiOnPostgres(PostgresPlatform platform) : VerificationApiTests(platform);
