using System.Net;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Ratings;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Calendar;
using EGov.Platform.Clocks;
using EGov.Platform.Inbox;
using EGov.Platform.Notifications;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Approvals.Ratings;

public abstract class RatingTests(PlatformFactory platform)
{
    private readonly RatingsBuilder _builder = new(platform);

    private async Task<(Application Application, RatingsClient Citizen)> RateableAsync()
    {
        var application = await _builder.ApplicationAsync();
        return (application, await RatingsClient.SignInAsync(platform, "shimin", $"/my/applications/{application.Id}/rate"));
    }

    [Fact]
    public async Task An_application_is_rated_once_online_and_a_second_rating_is_refused()
    {
        var (application, citizen) = await RateableAsync();

        var receipt = await citizen.PostAsync(RatingsClient.Rate(application.Id), RatingsClient.Online(5, "办事很快"), HttpStatusCode.Created);
        var second = await citizen.PostAsync(RatingsClient.Rate(application.Id), RatingsClient.Online(4), HttpStatusCode.Conflict);

        Assert.Equal("非常满意", receipt.GetProperty("level").GetString());
        Assert.False(receipt.GetProperty("bad").GetBoolean());
        Assert.Equal("approvals.rating.already_rated", second.GetProperty("code").GetString());
        await using var scope = platform.Scope();
        var rating = await PlatformFactory.Db(scope).Set<Rating>().SingleAsync(r => r.ApplicationId == application.Id);
        Assert.Equal((RatingChannel.Online, 5, true), (rating.Channel, rating.Overall, rating.Named));
        Assert.False(await PlatformFactory.Db(scope).Set<Rectification>().AnyAsync(r => r.ApplicationId == application.Id));
    }

    [Fact]
    public async Task An_application_under_review_cannot_be_rated_yet()
    {
        var (_, citizen) = await RateableAsync();
        var open = await _builder.ApplicationAsync(state: ApplicationState.UnderReview);

        var refused = await citizen.PostAsync(RatingsClient.Rate(open.Id), RatingsClient.Online(5), HttpStatusCode.Conflict);

        Assert.Equal("办件办结后才能评价（一事一评）。", refused.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Another_persons_application_is_not_found()
    {
        var (_, citizen) = await RateableAsync();
        var other = await _builder.ApplicationAsync(applicant: "qiye");

        await citizen.PostAsync(RatingsClient.Rate(other.Id), RatingsClient.Online(5), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_bad_review_without_a_reason_is_refused_in_Chinese()
    {
        var (application, citizen) = await RateableAsync();

        var refused = await citizen.PostAsync(RatingsClient.Rate(application.Id), RatingsClient.Online(2), HttpStatusCode.BadRequest);

        Assert.Equal("差评请选择原因或写明具体问题，以便部门核实整改。", refused.GetProperty("errors").GetProperty("Comment")[0].GetString());
    }

    [Fact]
    public async Task Two_stars_open_a_rectification_with_its_clock_work_item_and_message()
    {
        var (application, citizen) = await RateableAsync();

        var receipt = await citizen.PostAsync(RatingsClient.Rate(application.Id), RatingsClient.Online(2, null, "多次跑动"), HttpStatusCode.Created);

        var id = receipt.GetProperty("rectificationId").GetGuid();
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var rectification = await db.Set<Rectification>().SingleAsync(r => r.Id == id);
        var clock = await db.Set<StatutoryClock>().SingleAsync(c => c.Id == rectification.ClockId);
        var today = ChinaTime.Today(TimeProvider.System);
        var due = scope.ServiceProvider.GetRequiredService<WorkingDayCalendar>().AddWorkingDays(today, 15).Value.Date;
        Assert.Equal((RectificationState.Open, application.DepartmentId, today), (rectification.State, rectification.DepartmentId, rectification.OpenedOn));
        Assert.Equal((ApprovalsClocks.Rectification, id.ToString(), due, application.DepartmentId), (clock.CaseType, clock.CaseId, clock.DueDate, clock.DepartmentId));
        var work = await db.Set<WorkItem>().SingleAsync(w => w.CaseId == id.ToString());
        Assert.Equal((application.DepartmentId, ApprovalsPermissions.Rectify, due, (DateTime?)null), (work.AssigneeDepartmentId, work.AssigneePermission, work.DueDate, work.CompletedAt));
        Assert.Contains(await db.Set<SiteMessage>().Where(m => m.AccountId == application.AccountId).Select(m => m.Body).ToListAsync(),
            b => b.Contains(application.Number, StringComparison.Ordinal) && b.Contains($"{due:yyyy年M月d日}前整改到位", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Window_rating_is_given_at_the_counter_once_on_the_window_dimensions()
    {
        var application = await _builder.ApplicationAsync(applicant: null, state: ApplicationState.Submitted, channel: ApplicationChannel.Window);
        var clerk = await RatingsClient.SignInAsync(platform, "zwfw.chuangkou");
        var url = $"/api/v1/approvals/office/applications/{application.Id}/window-rating";

        var page = await clerk.Browser.GetAsync($"/office/approvals/applications/{application.Id}/window-rating");
        await clerk.PostAsync(url, RatingsClient.Online(5), HttpStatusCode.BadRequest);
        await clerk.PostAsync(url, RatingsClient.Window(4), HttpStatusCode.Created);
        await clerk.PostAsync(url, RatingsClient.Window(5), HttpStatusCode.Conflict);

        Assert.Contains("服务态度", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = platform.Scope();
        var rating = await PlatformFactory.Db(scope).Set<Rating>().SingleAsync(r => r.ApplicationId == application.Id);
        Assert.Equal((RatingChannel.Window, 4, true), (rating.Channel, rating.Overall, rating.Named));
    }

    [Fact]
    public async Task The_rating_page_rates_through_the_form()
    {
        var (application, citizen) = await RateableAsync();
        var fields = new Dictionary<string, string>
        {
            ["Input.Overall"] = "1",
            ["Input.Dimensions[efficiency]"] = "1",
            ["Input.Dimensions[guide_accuracy]"] = "2",
            ["Input.Dimensions[convenience]"] = "1",
            ["Input.Dimensions[usability]"] = "3",
            ["Input.Comment"] = "材料要求前后不一致",
        };

        var response = await citizen.Browser.PostFormAsync($"/my/applications/{application.Id}/rate", fields);

        Assert.Contains("您的差评已转交办理部门整改", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = platform.Scope();
        Assert.True(await PlatformFactory.Db(scope).Set<Rectification>().AnyAsync(r => r.ApplicationId == application.Id));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RatingOnSqlite(SqlitePlatform platform) : RatingTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class RatingOnPostgres(PostgresPlatform platform) : RatingTests(platform);
