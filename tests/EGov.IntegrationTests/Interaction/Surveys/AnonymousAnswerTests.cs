using System.Net;
using System.Net.Http.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.IntegrationTests.Interaction.Opinions;
using EGov.IntegrationTests.Verification;
using EGov.Interaction.Domain.Surveys;
using EGov.Interaction.Surveys.Answering;
using EGov.Platform.Verification;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Interaction.Surveys;

/// <summary>Anonymous people answer with a phone verified by SMS (captured by a test sender); one answer per phone.</summary>
public abstract class AnonymousAnswerTests(PlatformFactory platform)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task An_anonymous_answer_needs_the_sms_code_and_the_same_phone_cannot_answer_twice()
    {
        var staff = await ConsultClient.SignInAsync(platform, "bgs.bianji");
        var created = await ConsultClient.JsonAsync(await staff.PostAsync("/api/v1/interaction/office/surveys", new
        {
            title = $"匿名调查{Guid.NewGuid():N}",
            opensOn = Today,
            closesOn = Today.AddDays(5),
            questions = new[] { new { text = "满意吗", kind = "SingleChoice", isRequired = true, options = new[] { "满意", "不满意" } } },
        }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await ConsultClient.JsonAsync(await staff.PostAsync($"/api/v1/interaction/office/surveys/{id}/publish", new { version = 1 }), HttpStatusCode.OK);
        var survey = await ConsultClient.JsonAsync(await platform.CreateClient().GetAsync($"/api/v1/interaction/surveys/{id}"), HttpStatusCode.OK);
        var question = survey.GetProperty("questions")[0];
        var answers = new[] { new { questionId = question.GetProperty("id").GetGuid(), optionIds = new[] { question.GetProperty("options")[0].GetProperty("id").GetGuid() } } };
        var (host, sms) = SmsHosts.For(platform);
        var client = host.CreateClient();
        var phone = SmsHosts.NewPhone();

        var unproven = await client.PostAsJsonAsync($"/api/v1/interaction/surveys/{id}/responses", new { answers, proof = new { phone, smsCode = "000000" } });
        Assert.False(unproven.IsSuccessStatusCode);

        var first = await client.PostAsJsonAsync($"/api/v1/interaction/surveys/{id}/responses", new { answers, proof = new { phone, smsCode = await CodeAsync(host, sms, phone) } });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        // The code's 60-second cooldown keeps one phone from getting a second code at once: an earlier answer of
        // another phone is put in directly instead.
        var answeredPhone = SmsHosts.NewPhone();
        await using (var scope = platform.Scope())
        {
            var db = PlatformFactory.Db(scope);
            db.Add(new SurveyResponse { SurveyId = id, RespondentKey = AnswerSurveyHandler.PhoneKey(answeredPhone), SubmittedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var second = await client.PostAsJsonAsync($"/api/v1/interaction/surveys/{id}/responses",
            new { answers, proof = new { phone = answeredPhone, smsCode = await CodeAsync(host, sms, answeredPhone) } });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("您已参加过本次调查", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Solves a CAPTCHA made with a known answer, has the code sent, and reads it from the captured SMS.</summary>
    private static async Task<string> CodeAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, SmsCapture sms, string phone)
    {
        Guid captcha;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            captcha = (await scope.ServiceProvider.GetRequiredService<CaptchaService>().CreateAsync("ABCDE", CancellationToken.None)).Id;
        }

        var before = sms.Sent.Count;
        var sent = await host.CreateClient().PostAsJsonAsync("/api/v1/verification/sms", new { phone, purpose = "interaction.survey", captchaId = captcha, captchaAnswer = "abcde" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.True(sms.Sent.Count > before);
        return sms.CodeFor(phone)!;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AnonymousAnswerOnSqlite(SqlitePlatform platform) : AnonymousAnswerTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class AnonymousAnswerOnPostgres(PostgresPlatform platform) : AnonymousAnswerTests(platform);
