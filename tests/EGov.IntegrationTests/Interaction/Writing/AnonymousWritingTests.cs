using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.IntegrationTests.Verification;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Verification;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Interaction.Writing;

public abstract class AnonymousWritingTests
{
    private readonly WebApplicationFactory<Program> _host;
    private readonly SmsCapture _sms;
    private readonly WritingDriver _driver;

    protected AnonymousWritingTests(PlatformFactory platform)
    {
        (_host, _sms) = SmsHosts.For(platform);
        _driver = new WritingDriver(platform);
    }

    private async Task<string> VerifiedPhoneAsync()
    {
        var phone = SmsHosts.NewPhone();
        Guid captcha;
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            captcha = (await scope.ServiceProvider.GetRequiredService<CaptchaService>().CreateAsync("ABCDE", CancellationToken.None)).Id;
        }

        var sent = await _host.CreateClient().PostAsJsonAsync("/api/v1/verification/sms", new { phone, purpose = "interaction.letter", captchaId = captcha, captchaAnswer = "ABCDE" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        return phone;
    }

    private async Task<int> CountAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EGov.Platform.Data.EGovDbContext>().Set<Letter>().CountAsync();
    }

    private static object Letter(string phone, string? code) => new
    {
        mailboxCode = "scjg",
        kind = "Consultation",
        subject = "个体户登记咨询",
        content = "请问开办个体餐饮店需要办理哪些许可？",
        name = "李四",
        proof = new { phone, smsCode = code },
    };

    [Fact]
    public async Task Anonymous_writer_with_the_sms_code_is_registered_and_routed_to_the_department_mailbox()
    {
        var phone = await VerifiedPhoneAsync();

        var response = await _host.CreateClient().PostAsJsonAsync("/api/v1/interaction/letters", Letter(phone, _sms.CodeFor(phone)));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        var letter = await _driver.LetterAsync(receipt.GetProperty("id").GetGuid());
        Assert.Equal((LetterState.Routed, phone, (Guid?)null), (letter.State, letter.WriterPhone, letter.WriterAccountId));
        Assert.Equal(letter.MailboxDepartmentId, letter.HandlingDepartmentId);
    }

    [Fact]
    public async Task Anonymous_writer_with_a_wrong_code_is_refused_and_nothing_is_stored()
    {
        var phone = await VerifiedPhoneAsync();
        var before = await CountAsync();

        var response = await _host.CreateClient().PostAsJsonAsync("/api/v1/interaction/letters", Letter(phone, "000000"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("验证码", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Anonymous_write_form_shows_the_proof_fields()
    {
        var html = await _host.CreateClient().GetStringAsync("/interaction/mailboxes/qzxx/write");

        Assert.Contains("name=\"Proof.SmsCode\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Name\"", html, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AnonymousWritingOnSqlite(SqlitePlatform platform) : AnonymousWritingTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class AnonymousWritingOnPostgres(PostgresPlatform platform) : AnonymousWritingTests(platform);
