using System.Net;
using System.Net.Http.Json;
using EGov.Disclosure.Domain.Requests;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.IntegrationTests.Disclosure.Handling.HandlingBuilder;

namespace EGov.IntegrationTests.Disclosure.Handling;

/// <summary>Handling on the statutory clock over HTTP: correction, consultation, fee, extension and the deemed withdrawals.</summary>
public abstract partial class HandlingTests(PlatformFactory platform)
{
    private const string Clerk = "bgs.keyuan";
    private const string Head = "bgs.zhuren";

    private Task<HandlingClient> ClerkAsync() => HandlingClient.SignInAsync(platform, Clerk);

    private Task<HandlingClient> HeadAsync() => HandlingClient.SignInAsync(platform, Head);

    private DateOnly WorkingDays(DateOnly date, int days) => AddWorkingDays(platform, date, days);

    [Fact]
    public async Task Correction_within_7_working_days_then_online_correction_restarts_the_clock()
    {
        var built = await CreateAsync(platform, WorkingDays(Anchor(platform), -3));
        var clerk = await ClerkAsync();

        var sent = await clerk.StepAsync(built.Id, "correction-notice", new { items = "请写明所需文件的名称或文号" });
        Assert.Equal("AwaitingCorrection", sent.GetProperty("state").GetString());

        using var anonymous = platform.CreateClient();
        var corrected = await anonymous.PostAsJsonAsync("/api/v1/disclosure/requests/correction", new { number = built.Number, queryCode = built.QueryCode, description = "西政发〔2026〕12号文件" });
        Assert.Equal(HttpStatusCode.NoContent, corrected.StatusCode);

        // 条例 第三十条: the 20 working days count again from the day the corrected request arrived.
        var dossier = await clerk.DossierAsync(built.Id);
        Assert.Equal("Handling", dossier.GetProperty("state").GetString());
        Assert.Equal(WorkingDays(Today, 20).ToString("yyyy-MM-dd"), dossier.GetProperty("clock").GetProperty("dueDate").GetString());
        Assert.Equal("西政发〔2026〕12号文件", dossier.GetProperty("description").GetString());
        Assert.Equal("西陵区2026年老旧小区改造项目的批复文件", dossier.GetProperty("originalDescription").GetString());
        Assert.Contains(dossier.GetProperty("documents").EnumerateArray(), d => d.GetProperty("kind").GetString() == "CorrectionLetter" && d.GetProperty("visibleToApplicant").GetBoolean());
    }

    [Fact]
    public async Task Online_correction_with_a_wrong_query_code_is_refused()
    {
        var built = await CreateAsync(platform, Today);
        var clerk = await ClerkAsync();
        await clerk.StepAsync(built.Id, "correction-notice", new { items = "请补充文号" });

        using var anonymous = platform.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/disclosure/requests/correction", new { number = built.Number, queryCode = "WRONG123", description = "某文件" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("disclosure.bad_query_code", await HandlingClient.CodeOfAsync(response));
    }

    [Fact]
    public async Task A_second_correction_notice_is_refused_even_after_a_paper_correction()
    {
        var built = await CreateAsync(platform, WorkingDays(Anchor(platform), -2));
        var clerk = await ClerkAsync();
        await clerk.StepAsync(built.Id, "correction-notice", new { items = "请写明所需信息的时间范围" });
        await clerk.StepAsync(built.Id, "correction", new { description = "2025年全年的文件", correctedOn = Today });

        var again = await clerk.PostAsync(HandlingClient.Url(built.Id, "correction-notice"), new { items = "再补正一次" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("disclosure.correction_once", await HandlingClient.CodeOfAsync(again));
    }

    [Fact]
    public async Task Correction_notice_on_the_8th_working_day_after_receipt_is_refused_citing_article_30()
    {
        var late = await CreateAsync(platform, WorkingDays(Anchor(platform), -8));
        var lastChance = await CreateAsync(platform, WorkingDays(Anchor(platform), -7));
        var clerk = await ClerkAsync();

        var refused = await clerk.PostAsync(HandlingClient.Url(late.Id, "correction-notice"), new { items = "请补充" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("第三十条", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await clerk.StepAsync(lastChance.Id, "correction-notice", new { items = "请补充" });
    }

    [Fact]
    public async Task Consultation_pauses_the_clock_by_exactly_the_working_days_paused()
    {
        var received = WorkingDays(Anchor(platform), -10);
        var sentOn = WorkingDays(Anchor(platform), -4);
        var built = await CreateAsync(platform, received);
        var clerk = await ClerkAsync();

        var started = await clerk.StepAsync(built.Id, "consultations", new { partyKind = 1, partyName = "宜昌某建设有限公司", question = "是否同意公开合同金额", sentOn });
        Assert.Equal("InConsultation", started.GetProperty("state").GetString());
        var early = await clerk.PostAsync(HandlingClient.Url(built.Id, "consultations/answer"), new { answer = 3, answeredOn = Today });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode); // 逾期未答复 only after the 15 working days
        var answered = await clerk.StepAsync(built.Id, "consultations/answer", new { answer = 2, text = "涉及商业秘密", answeredOn = Today });

        // 条例 第三十三条第三款: the working days after the letter up to the answer are not counted.
        var paused = platform.Services.GetRequiredService<WorkingDayCalendar>().WorkingDaysBetween(sentOn, Today).Value.WorkingDays;
        Assert.True(paused >= 3);
        Assert.Equal("Handling", answered.GetProperty("state").GetString());
        Assert.Equal(WorkingDays(WorkingDays(received, 20), paused).ToString("yyyy-MM-dd"), answered.GetProperty("dueDate").GetString());
        var steps = (await clerk.DossierAsync(built.Id)).GetProperty("steps").EnumerateArray();
        Assert.Contains(steps, s => s.GetProperty("publicNote").GetString() == "征求第三方意见，所需时间不计入答复期限。");
    }

    [Fact]
    public async Task Fee_per_page_is_computed_noticed_and_paid()
    {
        var built = await CreateAsync(platform, Today);
        var clerk = await ClerkAsync();

        var quote = await clerk.Browser.Client.GetFromJsonAsync<System.Text.Json.JsonElement>(HandlingClient.Url(built.Id, "fee-quote?mode=2&pages=150"));
        Assert.Equal(1700m, quote.GetProperty("amount").GetDecimal()); // 70 × 10 + 50 × 20
        var noticed = await clerk.StepAsync(built.Id, "fee-notice", new { mode = 2, pages = 150 });
        Assert.Equal("AwaitingFee", noticed.GetProperty("state").GetString());
        var fee = (await clerk.DossierAsync(built.Id)).GetProperty("fee");
        Assert.Equal(1700m, fee.GetProperty("amount").GetDecimal());
        Assert.Equal(WorkingDays(Today, 20).ToString("yyyy-MM-dd"), fee.GetProperty("payBy").GetString());

        var paid = await clerk.StepAsync(built.Id, "fee-payment", new { paidOn = Today, reference = "FS2026-0001" });

        Assert.Equal("Handling", paid.GetProperty("state").GetString());
        var twice = await clerk.PostAsync(HandlingClient.Url(built.Id, "fee-notice"), new { mode = 1, pieces = 1 });
        Assert.Equal("disclosure.fee_once", await HandlingClient.CodeOfAsync(twice));
    }

    [Fact]
    public async Task Fee_per_request_counts_the_applicants_requests_of_the_month_and_the_first_ten_are_free()
    {
        var applicant = Guid.NewGuid().ToString("N");
        var first = DateTime.UtcNow.AddMinutes(-30);
        for (var i = 0; i < 10; i++)
        {
            await CreateAsync(platform, Today, applicant, submittedAt: first.AddMinutes(i));
        }

        var newcomer = await CreateAsync(platform, Today, Guid.NewGuid().ToString("N"));
        var eleventh = await CreateAsync(platform, Today, applicant);
        var clerk = await ClerkAsync();

        var free = await clerk.PostAsync(HandlingClient.Url(newcomer.Id, "fee-notice"), new { mode = 1, pieces = 1 });
        Assert.Equal("disclosure.no_fee_due", await HandlingClient.CodeOfAsync(free));
        await clerk.StepAsync(eleventh.Id, "fee-notice", new { mode = 1, pieces = 1 });
        var fee = (await clerk.DossierAsync(eleventh.Id)).GetProperty("fee");
        Assert.Equal((11, 100m), (fee.GetProperty("quantity").GetInt32(), fee.GetProperty("amount").GetDecimal()));
    }

    [Fact]
    public async Task Unpaid_fee_ends_the_request_as_row_6_2_by_the_scheduler()
    {
        var built = await CreateAsync(platform, Today);
        var clerk = await ClerkAsync();
        await clerk.StepAsync(built.Id, "fee-notice", new { mode = 2, pages = 40 });
        var payBy = WorkingDays(Anchor(platform), -2);
        await MoveFeeAsync(built.Id, f => (f.IssuedOn, f.PayBy) = (Today, payBy));

        await platform.Services.GetRequiredService<EGov.Disclosure.Requests.Handling.Deadlines.HandlingScheduler>().RunOnceAsync();

        var dossier = await clerk.DossierAsync(built.Id);
        Assert.Equal("Terminated", dossier.GetProperty("state").GetString());
        Assert.Equal("三（六）2", dossier.GetProperty("outcomeRow").GetString());
        Assert.Equal(WorkingDays(payBy, 1).ToString("yyyy-MM-dd"), dossier.GetProperty("concludedOn").GetString());
        Assert.Equal("已停止计时", dossier.GetProperty("clock").GetProperty("state").GetString());
        Assert.Contains(dossier.GetProperty("documents").EnumerateArray(), d => d.GetProperty("kind").GetString() == "OtherLetter");
    }

    [Fact]
    public async Task No_correction_by_the_deadline_staff_deem_it_withdrawn_as_row_6_1()
    {
        var built = await CreateAsync(platform, WorkingDays(Anchor(platform), -6));
        var clerk = await ClerkAsync();
        await clerk.StepAsync(built.Id, "correction-notice", new { items = "请补充文号" });
        var early = await clerk.PostAsync(HandlingClient.Url(built.Id, "deemed-withdrawal"));
        Assert.Equal("disclosure.not_lapsed", await HandlingClient.CodeOfAsync(early));
        var deadline = WorkingDays(Anchor(platform), -2);
        await MoveCorrectionAsync(built.Id, n => (n.SentOn, n.Deadline) = (WorkingDays(Anchor(platform), -5), deadline));

        var ended = await clerk.StepAsync(built.Id, "deemed-withdrawal");

        Assert.Equal("Terminated", ended.GetProperty("state").GetString());
        var dossier = await clerk.DossierAsync(built.Id);
        Assert.Equal("三（六）1", dossier.GetProperty("outcomeRow").GetString());
        Assert.Equal(WorkingDays(deadline, 1).ToString("yyyy-MM-dd"), dossier.GetProperty("concludedOn").GetString());
    }

    [Fact]
    public async Task Extension_once_by_the_head_makes_the_reply_due_on_the_40th_working_day()
    {
        var received = WorkingDays(Anchor(platform), -2);
        var built = await CreateAsync(platform, received);
        var clerk = await ClerkAsync();
        var head = await HeadAsync();

        var notAllowed = await clerk.PostAsync(HandlingClient.Url(built.Id, "extension"), new { days = 20, reason = "需调取档案" });
        Assert.Equal(HttpStatusCode.Forbidden, notAllowed.StatusCode);
        var extended = await head.StepAsync(built.Id, "extension", new { days = 20, reason = "需调取档案" });
        Assert.Equal(WorkingDays(received, 40).ToString("yyyy-MM-dd"), extended.GetProperty("dueDate").GetString());
        var again = await head.PostAsync(HandlingClient.Url(built.Id, "extension"), new { days = 5, reason = "再延" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("disclosure.extension_once", await HandlingClient.CodeOfAsync(again));
        var dossier = await clerk.DossierAsync(built.Id);
        Assert.True(dossier.GetProperty("extended").GetBoolean());
        Assert.Contains(dossier.GetProperty("documents").EnumerateArray(), d => d.GetProperty("kind").GetString() == "ExtensionLetter" && d.GetProperty("visibleToApplicant").GetBoolean());
    }

    [Fact]
    public async Task A_step_on_a_version_someone_else_changed_is_refused()
    {
        var built = await CreateAsync(platform, Today);
        var clerk = await ClerkAsync();
        var version = (await clerk.DossierAsync(built.Id)).GetProperty("version").GetInt64();
        await clerk.StepAsync(built.Id, "consultations", new { partyKind = 2, partyName = "区财政局", question = "是否同意公开", version });

        var stale = await clerk.PostAsync(HandlingClient.Url(built.Id, "withdrawal"), new { withdrawnOn = Today, note = "书面撤回", version });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("disclosure.request_changed", await HandlingClient.CodeOfAsync(stale));
    }

    private async Task MoveFeeAsync(Guid requestId, Action<FeeNotice> move)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        move(await db.Set<FeeNotice>().SingleAsync(f => f.RequestId == requestId));
        await db.SaveChangesAsync();
    }

    private async Task MoveCorrectionAsync(Guid requestId, Action<CorrectionNotice> move)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        move(await db.Set<CorrectionNotice>().SingleAsync(c => c.RequestId == requestId));
        await db.SaveChangesAsync();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HandlingOnSqlite(SqlitePlatform platform) : HandlingTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class HandlingOnPostgres(PostgresPlatform platform) : HandlingTests(platform);
