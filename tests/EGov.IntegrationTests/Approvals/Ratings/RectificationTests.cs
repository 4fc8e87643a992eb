using System.Net;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Ratings;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Clocks;
using EGov.Platform.Inbox;
using Microsoft.EntityFrameworkCore;

namespace EGov.IntegrationTests.Approvals.Ratings;

public abstract class RectificationTests(PlatformFactory platform)
{
    private readonly RatingsBuilder _builder = new(platform);

    /// <summary>A named 差评 of shimin's concluded application at 区行政审批局, and the section chief who rectifies it.</summary>
    private async Task<(Application Application, Guid Rectification, RatingsClient Citizen, RatingsClient Chief)> BadReviewAsync()
    {
        var application = await _builder.ApplicationAsync();
        var citizen = await RatingsClient.SignInAsync(platform, "shimin", $"/my/applications/{application.Id}/rate");
        var receipt = await citizen.PostAsync(RatingsClient.Rate(application.Id), RatingsClient.Online(1, "窗口让我跑了三趟", "多次跑动"), HttpStatusCode.Created);
        return (application, receipt.GetProperty("rectificationId").GetGuid(), citizen, await RatingsClient.SignInAsync(platform, "xzsp.kezhang"));
    }

    private static object Rectify => new { kind = "Immediate", outcome = "已调整材料清单，窗口一次性告知。" };

    private async Task<Rectification> LoadAsync(Guid id)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<Rectification>().AsNoTracking().SingleAsync(r => r.Id == id);
    }

    [Fact]
    public async Task A_named_bad_review_is_called_back_before_it_is_rectified()
    {
        var (_, id, _, chief) = await BadReviewAsync();

        var refused = await chief.PostAsync(RatingsClient.Office(id, "rectify"), Rectify, HttpStatusCode.Conflict);
        await chief.PostAsync(RatingsClient.Office(id, "call-back"), RatingsClient.CallBack, HttpStatusCode.OK);
        var done = await chief.PostAsync(RatingsClient.Office(id, "rectify"), Rectify, HttpStatusCode.OK);

        Assert.Equal("approvals.rectification.call_back_first", refused.GetProperty("code").GetString());
        Assert.Equal("Rectified", done.GetProperty("state").GetString());
        Assert.Equal("电话", done.GetProperty("callBackMethod").GetString());
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var rectification = await db.Set<Rectification>().SingleAsync(r => r.Id == id);
        Assert.Equal(RectificationKind.Immediate, rectification.Kind);
        Assert.Equal(ClockState.Stopped, (await db.Set<StatutoryClock>().SingleAsync(c => c.Id == rectification.ClockId)).State);
        Assert.NotNull((await db.Set<WorkItem>().SingleAsync(w => w.CaseId == id.ToString())).CompletedAt);
    }

    [Fact]
    public async Task The_applicants_satisfaction_closes_the_rectification()
    {
        var (application, id, citizen, chief) = await BadReviewAsync();
        await chief.PostAsync(RatingsClient.Office(id, "call-back"), RatingsClient.CallBack, HttpStatusCode.OK);
        await chief.PostAsync(RatingsClient.Office(id, "rectify"), Rectify, HttpStatusCode.OK);

        await citizen.PostAsync(RatingsClient.Feedback(application.Id), new { feedback = "BasicallySatisfied", comment = "基本解决" }, HttpStatusCode.NoContent);

        var closed = await LoadAsync(id);
        Assert.Equal((RectificationState.Closed, RectificationFeedback.BasicallySatisfied, 1), (closed.State, closed.Feedback, closed.Round));
    }

    [Fact]
    public async Task Dissatisfaction_reopens_once_on_a_new_clock_and_the_second_answer_closes_it()
    {
        var (application, id, citizen, chief) = await BadReviewAsync();
        await chief.PostAsync(RatingsClient.Office(id, "call-back"), RatingsClient.CallBack, HttpStatusCode.OK);
        await chief.PostAsync(RatingsClient.Office(id, "rectify"), Rectify, HttpStatusCode.OK);
        var firstClock = (await LoadAsync(id)).ClockId;

        await citizen.PostAsync(RatingsClient.Feedback(application.Id), new { feedback = "Dissatisfied", comment = "问题没有解决" }, HttpStatusCode.NoContent);
        var reopened = await LoadAsync(id);
        await chief.PostAsync(RatingsClient.Office(id, "call-back"), RatingsClient.CallBack, HttpStatusCode.OK);
        await chief.PostAsync(RatingsClient.Office(id, "rectify"), new { kind = "Explained", outcome = "该材料为法定要求，已当面解释。" }, HttpStatusCode.OK);
        await citizen.PostAsync(RatingsClient.Feedback(application.Id), new { feedback = "Dissatisfied" }, HttpStatusCode.NoContent);

        Assert.Equal((RectificationState.Open, 2), (reopened.State, reopened.Round));
        Assert.NotEqual(firstClock, reopened.ClockId);
        var closed = await LoadAsync(id);
        Assert.Equal((RectificationState.Closed, RectificationFeedback.Dissatisfied, 2, RectificationKind.Explained), (closed.State, closed.Feedback, closed.Round, closed.Kind));
    }

    [Fact]
    public async Task An_upheld_appeal_excludes_the_rating_from_the_public_figures()
    {
        var (application, id, _, chief) = await BadReviewAsync();
        var before = await chief.GetAsync("/api/v1/approvals/ratings/summary");

        await chief.PostAsync(RatingsClient.Office(id, "appeal"), new { reason = "申请人评价的是另一部门的事项，属误评。" }, HttpStatusCode.OK);
        var own = await chief.PostAsync(RatingsClient.Office(id, "appeal-decision"), new { upheld = true, note = "本部门不能复核" }, HttpStatusCode.Forbidden);
        var reviewer = await RatingsClient.SignInAsync(platform, "zwfw.kezhang");
        var listed = await reviewer.GetAsync("/api/v1/approvals/office/rectifications?state=Appealed");
        await reviewer.PostAsync(RatingsClient.Office(id, "appeal-decision"), new { upheld = true, note = "经核实属误评。" }, HttpStatusCode.OK);
        var after = await chief.GetAsync("/api/v1/approvals/ratings/summary");

        Assert.Equal("approvals.rectification.not_reviewer", own.GetProperty("code").GetString());
        Assert.Contains(listed.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        var rectification = await LoadAsync(id);
        Assert.Equal((RectificationState.Closed, (bool?)true), (rectification.State, rectification.AppealUpheld));
        await using var scope = platform.Scope();
        Assert.True((await PlatformFactory.Db(scope).Set<Rating>().SingleAsync(r => r.ApplicationId == application.Id)).Excluded);
        Assert.Equal(before.GetProperty("total").GetProperty("count").GetInt32() - 1, after.GetProperty("total").GetProperty("count").GetInt32());
        Assert.Equal(before.GetProperty("total").GetProperty("bad").GetInt32() - 1, after.GetProperty("total").GetProperty("bad").GetInt32());
    }

    [Fact]
    public async Task Staff_of_another_department_neither_see_nor_handle_the_rectification()
    {
        var (_, id, _, _) = await BadReviewAsync();
        var other = await RatingsClient.SignInAsync(platform, "scjg.shenhe");
        var clerk = await RatingsClient.SignInAsync(platform, "xzsp.shouli");

        var detail = await other.Browser.GetAsync(RatingsClient.Office(id));
        var list = await other.GetAsync("/api/v1/approvals/office/rectifications");
        var page = await other.Browser.GetAsync($"/office/approvals/rectifications/{id}");
        var noPermission = await clerk.PostAsync(RatingsClient.Office(id, "call-back"), RatingsClient.CallBack);

        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.DoesNotContain(list.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noPermission.StatusCode);
        Assert.Equal(RectificationState.Open, (await LoadAsync(id)).State);
    }

    [Fact]
    public async Task The_staff_page_records_the_call_back_with_the_form()
    {
        var (_, id, _, chief) = await BadReviewAsync();
        var version = (await LoadAsync(id)).Version;
        var url = $"/office/approvals/rectifications/{id}";

        var response = await chief.Browser.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CallBack.CalledBackAt"] = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["CallBack.Method"] = "上门",
            ["CallBack.Note"] = "当面核实了情况",
        }, url + "?handler=CallBack");

        Assert.Contains("已记录回访", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(("上门", RectificationState.CalledBack), ((await LoadAsync(id)).CallBackMethod, (await LoadAsync(id)).State));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RectificationOnSqlite(SqlitePlatform platform) : RectificationTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class RectificationOnPostgres(PostgresPlatform platform) : RectificationTests(platform);
