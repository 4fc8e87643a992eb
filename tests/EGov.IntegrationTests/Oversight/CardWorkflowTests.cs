using System.Net;
using EGov.IntegrationTests.Infrastructure;
using EGov.Oversight.Domain;
using EGov.Platform.Time;
using static EGov.IntegrationTests.Oversight.CardBuilder;

namespace EGov.IntegrationTests.Oversight;

/// <summary>The card loop over the API with the demo accounts: answer, urge, decide; scope, stale versions, audit.</summary>
public abstract class CardWorkflowTests(PlatformFactory platform)
{
    private const string Clerk = "scjg.banli";
    private const string OtherClerk = "bgs.keyuan";
    private const string Supervisor = "jiancha";
    private const string Explanation = "经查，窗口人员未及时流转，已批评教育并调整审批流程。";

    [Fact]
    public async Task Answering_a_yellow_card_closes_it_and_completes_its_inbox_item()
    {
        var card = await RaiseAsync(platform, CardLevel.Yellow);
        Assert.Equal(["card.answer"], await OpenWorkAsync(platform, card.Id));
        var clerk = await CardClient.SignInAsync(platform, Clerk);

        var answered = await clerk.StepAsync(card.Id, "answer", new { explanation = Explanation, version = card.Version });

        Assert.Equal("closed", answered.GetProperty("state").GetString());
        var stored = await LoadAsync(platform, card.Id);
        Assert.Equal((CardState.Closed, Explanation), (stored.State, stored.Explanation));
        Assert.NotNull(stored.ClosedAt);
        Assert.Empty(await OpenWorkAsync(platform, card.Id));
        Assert.Contains("oversight.card.answered", await AuditActionsAsync(platform, card.Id));
    }

    [Fact]
    public async Task A_red_card_answered_waits_for_the_supervisor_who_closes_it()
    {
        var card = await RaiseAsync(platform, CardLevel.Red);
        var clerk = await CardClient.SignInAsync(platform, Clerk);
        var supervisor = await CardClient.SignInAsync(platform, Supervisor);

        var answered = await clerk.StepAsync(card.Id, "answer", new { explanation = Explanation });
        Assert.Equal("answered", answered.GetProperty("state").GetString());
        Assert.Equal(["card.decide"], await OpenWorkAsync(platform, card.Id));

        await supervisor.StepAsync(card.Id, "decide", new { outcome = "close", decision = "整改到位，予以办结。", version = answered.GetProperty("version").GetInt64() });

        var stored = await LoadAsync(platform, card.Id);
        Assert.Equal((CardState.Closed, "整改到位，予以办结。", "郑刚"), (stored.State, stored.Decision, stored.ClosedByName));
        Assert.Empty(await OpenWorkAsync(platform, card.Id));
        Assert.Equal(["oversight.card.answered", "oversight.card.closed"], (await AuditActionsAsync(platform, card.Id)).Order());
    }

    [Fact]
    public async Task A_returned_red_card_is_open_again_with_a_new_answer_item()
    {
        var card = await RaiseAsync(platform, CardLevel.Red);
        var clerk = await CardClient.SignInAsync(platform, Clerk);
        var supervisor = await CardClient.SignInAsync(platform, Supervisor);
        await clerk.StepAsync(card.Id, "answer", new { explanation = Explanation });

        var returned = await supervisor.StepAsync(card.Id, "decide", new { outcome = "return", decision = "整改措施不具体，请补充责任人和时间。" });

        Assert.Equal("open", returned.GetProperty("state").GetString());
        Assert.Equal("整改措施不具体，请补充责任人和时间。", (await LoadAsync(platform, card.Id)).Decision);
        Assert.Equal(["card.answer"], await OpenWorkAsync(platform, card.Id));
        Assert.Equal(2, (await WorkAsync(platform, card.Id)).Count(w => w.Kind == "card.answer"));
        Assert.Contains("oversight.card.returned", await AuditActionsAsync(platform, card.Id));
        await clerk.StepAsync(card.Id, "answer", new { explanation = "已明确责任人张某，本周五前完成流程调整。" });
        Assert.Equal(CardState.Answered, (await LoadAsync(platform, card.Id)).State);
    }

    [Fact]
    public async Task A_department_cannot_close_a_red_card()
    {
        var card = await RaiseAsync(platform, CardLevel.Red);
        var clerk = await CardClient.SignInAsync(platform, Clerk);

        await clerk.RefusedAsync(card.Id, "decide", new { outcome = "close", decision = "已整改" }, HttpStatusCode.Forbidden);
        await clerk.StepAsync(card.Id, "answer", new { explanation = Explanation });

        Assert.Equal(CardState.Answered, (await LoadAsync(platform, card.Id)).State);
        Assert.Null((await LoadAsync(platform, card.Id)).ClosedAt);
    }

    [Fact]
    public async Task A_yellow_card_takes_no_decision()
    {
        var card = await RaiseAsync(platform, CardLevel.Yellow);
        var supervisor = await CardClient.SignInAsync(platform, Supervisor);

        var code = await supervisor.RefusedAsync(card.Id, "decide", new { outcome = "close", decision = "办结" }, HttpStatusCode.BadRequest);

        Assert.Equal("oversight.yellow_card_decision", code);
        Assert.Equal(CardState.Open, (await LoadAsync(platform, card.Id)).State);
    }

    [Fact]
    public async Task A_decision_other_than_close_or_return_is_refused()
    {
        var card = await RaiseAsync(platform, CardLevel.Red);
        var supervisor = await CardClient.SignInAsync(platform, Supervisor);

        var code = await supervisor.RefusedAsync(card.Id, "decide", new { outcome = "approve", decision = "办结" }, HttpStatusCode.BadRequest);

        Assert.Equal("oversight.bad_outcome", code);
    }

    [Fact]
    public async Task A_clerk_of_another_department_can_neither_see_nor_answer_the_card()
    {
        var card = await RaiseAsync(platform, CardLevel.Yellow);
        var other = await CardClient.SignInAsync(platform, OtherClerk);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetJsonAsync(CardClient.Url(card.Id))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Browser.GetAsync($"/office/oversight/cards/{card.Id}")).StatusCode);
        var code = await other.RefusedAsync(card.Id, "answer", new { explanation = Explanation }, HttpStatusCode.NotFound);

        Assert.Equal("oversight.card_not_found", code);
        Assert.Equal(CardState.Open, (await LoadAsync(platform, card.Id)).State);
    }

    [Fact]
    public async Task A_supervisor_who_watches_may_not_answer_for_the_department()
    {
        var card = await RaiseAsync(platform, CardLevel.Yellow);
        var supervisor = await CardClient.SignInAsync(platform, Supervisor);

        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetJsonAsync(CardClient.Url(card.Id))).Status);
        await supervisor.RefusedAsync(card.Id, "answer", new { explanation = Explanation }, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_step_on_a_stale_version_is_refused_with_409()
    {
        var card = await RaiseAsync(platform, CardLevel.Yellow);
        var supervisor = await CardClient.SignInAsync(platform, Supervisor);
        var clerk = await CardClient.SignInAsync(platform, Clerk);
        await supervisor.StepAsync(card.Id, "urge", new { deadline = DaysAhead(3), note = "请尽快整改。", version = card.Version });

        var code = await clerk.RefusedAsync(card.Id, "answer", new { explanation = Explanation, version = card.Version }, HttpStatusCode.Conflict);

        Assert.Equal("oversight.card_changed", code);
        Assert.Equal(CardState.Open, (await LoadAsync(platform, card.Id)).State);
    }

    [Fact]
    public async Task Urging_adds_a_department_item_due_on_the_deadline()
    {
        var card = await RaiseAsync(platform, CardLevel.Yellow);
        var supervisor = await CardClient.SignInAsync(platform, Supervisor);
        var deadline = DaysAhead(5);

        await supervisor.StepAsync(card.Id, "urge", new { deadline, note = "限期整改并报送整改说明。" });

        var stored = await LoadAsync(platform, card.Id);
        Assert.Equal(DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), stored.UrgeDeadline);
        var urge = Assert.Single(await WorkAsync(platform, card.Id), w => w.Kind == "card.urge");
        Assert.Equal((stored.UrgeDeadline, stored.DepartmentId, "oversight.answer"), (urge.DueDate, urge.AssigneeDepartmentId, urge.AssigneePermission));
        var detail = (await supervisor.GetJsonAsync(CardClient.Url(card.Id))).Body;
        Assert.Equal("限期整改并报送整改说明。", detail.GetProperty("urges")[0].GetProperty("note").GetString());
        Assert.Contains("oversight.card.urged", await AuditActionsAsync(platform, card.Id));
    }

    [Fact]
    public async Task An_urge_needs_a_future_deadline_and_a_note()
    {
        var card = await RaiseAsync(platform, CardLevel.Yellow);
        var supervisor = await CardClient.SignInAsync(platform, Supervisor);

        Assert.Equal("oversight.urge_deadline", await supervisor.RefusedAsync(card.Id, "urge", new { deadline = DaysAhead(0), note = "请整改" }, HttpStatusCode.BadRequest));
        Assert.Equal("oversight.required", await supervisor.RefusedAsync(card.Id, "urge", new { deadline = DaysAhead(2), note = " " }, HttpStatusCode.BadRequest));
        Assert.DoesNotContain(await WorkAsync(platform, card.Id), w => w.Kind == "card.urge");
    }

    [Fact]
    public async Task An_explanation_shorter_than_ten_characters_is_refused()
    {
        var card = await RaiseAsync(platform, CardLevel.Yellow);
        var clerk = await CardClient.SignInAsync(platform, Clerk);

        var code = await clerk.RefusedAsync(card.Id, "answer", new { explanation = "已整改" }, HttpStatusCode.BadRequest);

        Assert.Equal("oversight.explanation_length", code);
        Assert.Equal(["card.answer"], await OpenWorkAsync(platform, card.Id));
    }

    [Fact]
    public async Task A_closed_card_cannot_be_answered_again()
    {
        var card = await RaiseAsync(platform, CardLevel.Yellow);
        var clerk = await CardClient.SignInAsync(platform, Clerk);
        await clerk.StepAsync(card.Id, "answer", new { explanation = Explanation });

        Assert.Equal("oversight.card_closed", await clerk.RefusedAsync(card.Id, "answer", new { explanation = Explanation }, HttpStatusCode.BadRequest));
    }

    /// <summary><paramref name="days"/> after today in China, as the API takes it.</summary>
    private static string DaysAhead(int days)
        => ChinaTime.Today(TimeProvider.System).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

[Collection(SqliteCollection.Name)]
public sealed class CardWorkflowOnSqlite(SqlitePlatform platform) : CardWorkflowTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class CardWorkflowOnPostgres(PostgresPlatform platform) : CardWorkflowTests(platform);
