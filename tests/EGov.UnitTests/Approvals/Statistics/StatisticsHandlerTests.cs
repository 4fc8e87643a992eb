using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Approvals.Domain.Ratings;
using EGov.Approvals.Statistics;
using Microsoft.Extensions.Time.Testing;
using static EGov.UnitTests.Calendar.Calendars;

namespace EGov.UnitTests.Approvals.Statistics;

public sealed class StatisticsHandlerTests : IDisposable
{
    private readonly StatisticsDb _db = new();

    public void Dispose() => _db.Dispose();

    private async Task<ServiceStatistics> SeedAndQueryAsync()
    {
        var (a, b) = (_db.A, _db.B);
        await using (var db = _db.NewContext())
        {
            var licensed = StatisticsDb.Item(a, ItemStatus.Published, ItemType.Licensing, OnlineDepthLevel.Level4, "3^4^5^6");
            db.AddRange(
                licensed,
                StatisticsDb.Item(a, ItemStatus.Published, ItemType.Licensing, OnlineDepthLevel.Level2, "1^2"),
                StatisticsDb.Item(a, ItemStatus.Draft, ItemType.Licensing, OnlineDepthLevel.Level4, "4"),
                StatisticsDb.Item(b, ItemStatus.Published, ItemType.PublicService, OnlineDepthLevel.Level3, "4"));

            // Online, accepted 03-03, concluded 03-10 (5 working days), after its promised due date but within the statutory one.
            var (late, statutory) = (StatisticsDb.Clock(D(2026, 3, 9)), StatisticsDb.Clock(D(2026, 3, 31)));
            var online = StatisticsDb.Application(a, ApplicationChannel.Online, D(2026, 3, 2));
            (online.State, online.AcceptedOn, online.ConcludedOn, online.PromisedClockId, online.StatutoryClockId) = (ApplicationState.Concluded, D(2026, 3, 3), D(2026, 3, 10), late.Id, statutory.Id);

            // 即办件 at the window, concluded the day it was accepted, on time.
            var onTime = StatisticsDb.Clock(D(2026, 3, 6));
            var window = StatisticsDb.Application(a, ApplicationChannel.Window, D(2026, 3, 5));
            (window.State, window.AcceptedOn, window.ConcludedOn, window.PromisedClockId) = (ApplicationState.Concluded, D(2026, 3, 5), D(2026, 3, 5), onTime.Id);

            // Received in February (not counted as received), deemed accepted in March (行政许可法 第三十二条).
            var deemed = StatisticsDb.Application(a, ApplicationChannel.Online, D(2026, 2, 20));
            (deemed.State, deemed.AcceptedOn, deemed.DeemedAccepted) = (ApplicationState.UnderReview, D(2026, 3, 2), true);
            db.AddRange(late, statutory, onTime, online, window, deemed, StatisticsDb.Application(b, ApplicationChannel.Window, D(2026, 3, 20)));

            var bad = StatisticsDb.Rating(a, licensed.Id, 1, D(2026, 3, 12));
            var rectificationClock = StatisticsDb.Clock(D(2026, 3, 31));
            var excluded = StatisticsDb.Rating(a, licensed.Id, 2, D(2026, 3, 13));
            excluded.Excluded = true;
            db.AddRange(
                StatisticsDb.Rating(a, licensed.Id, 5, D(2026, 3, 11)), bad, excluded, StatisticsDb.Rating(b, Guid.NewGuid(), 4, D(2026, 3, 31)),
                rectificationClock,
                new Rectification { RatingId = bad.Id, ApplicationId = bad.ApplicationId, DepartmentId = a, State = RectificationState.Closed, OpenedOn = D(2026, 3, 12), RectifiedOn = D(2026, 3, 20), ClockId = rectificationClock.Id });
            await db.SaveChangesAsync();
        }

        await using var context = _db.NewContext();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)));
        var handler = new StatisticsHandler(context, new StatisticsDb.WholeDistrict(), _db.Directory, new ApplicationCounts(context, Shipped()), new RatingCounts(context), time);
        return (await handler.QueryAsync(D(2026, 3, 1), D(2026, 3, 31), null)).Value;
    }

    [Fact]
    public async Task Applications_are_counted_by_channel_conclusion_punctuality_and_deemed_acceptance()
    {
        var s = await SeedAndQueryAsync();

        var a = s.ByDepartment.Single(d => d.DepartmentId == _db.A).Applications;
        Assert.Equal((1, 1, 2), (a.ReceivedOnline, a.ReceivedWindow, a.Concluded));
        Assert.Equal((2, 1), (a.PromisedConcluded, a.PromisedOnTime));
        Assert.Equal((1, 1), (a.StatutoryConcluded, a.StatutoryOnTime));
        Assert.Equal(1, a.DeemedAccepted);
        Assert.Equal(2.5, a.AverageWorkingDays); // (5 + 0) / 2
        Assert.Equal(3, s.Total.Applications.Received);
        Assert.Equal(2.5, s.Total.Applications.AverageWorkingDays);
    }

    [Fact]
    public async Task Ratings_leave_out_the_excluded_one_and_count_the_bad_review_rectified_on_time()
    {
        var s = await SeedAndQueryAsync();

        var a = s.ByDepartment.Single(d => d.DepartmentId == _db.A).Ratings;
        Assert.Equal((2, 3.0, 1, 1, 1), (a.Count, a.Average!.Value, a.Bad, a.Rectified, a.RectifiedOnTime));
        Assert.Equal((3, 10), (s.Total.Ratings.Count, s.Total.Ratings.Stars));
        Assert.Equal(2.0 / 3, s.Total.Ratings.SatisfiedShare!.Value, 3);
    }

    [Fact]
    public async Task The_plan_targets_count_published_items_fully_online_and_licensing_items_accepted_online()
    {
        var s = await SeedAndQueryAsync();

        Assert.Equal(new ItemFigures(3, 1, 2, 1), s.Total.Items);
        var acceptance = s.Targets.Single(t => t.Name == "行政许可事项网上受理率");
        Assert.Equal((1.0, 0.5, false), (acceptance.Target, acceptance.Actual!.Value, acceptance.Met));
        var fullyOnline = s.Targets.Single(t => t.Name == "全程网办事项占比");
        Assert.Equal((0.5, 0.333, 1, 3), (fullyOnline.Target, fullyOnline.Actual!.Value, fullyOnline.Count, fullyOnline.Of));
    }

    [Fact]
    public async Task The_month_of_the_period_has_the_same_totals()
    {
        var s = await SeedAndQueryAsync();

        var march = Assert.Single(s.ByMonth);
        Assert.Equal(new MonthFigures(2026, 3, 1, 2, 2, 3, 1), march);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused()
    {
        var result = StatisticsPeriod.Of(D(2026, 3, 2), D(2026, 3, 1), TimeProvider.System);

        Assert.Equal("开始日期不能晚于结束日期。", result.Error!.Message);
    }

    [Fact]
    public void Month_buckets_follow_China_time_at_the_month_boundary()
    {
        var period = StatisticsPeriod.Of(D(2026, 3, 1), D(2026, 4, 30), TimeProvider.System).Value;
        var index = MonthBuckets.Index<DateTime>(t => t, period).Compile();

        // 2026-03-31 23:30 in China is 15:30 UTC: still March.
        Assert.Equal(0, index(new DateTime(2026, 3, 31, 15, 30, 0, DateTimeKind.Utc)));
        Assert.Equal(1, index(new DateTime(2026, 3, 31, 16, 30, 0, DateTimeKind.Utc)));
    }
}
