using EGov.Approvals;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Ratings.Rectifications;
using EGov.UnitTests.Calendar;
using Microsoft.Extensions.Configuration;
using static EGov.UnitTests.Calendar.Calendars;

namespace EGov.UnitTests.Approvals.Ratings;

public sealed class RectificationClockTests : IDisposable
{
    private readonly CalendarClockHost _host = new(D(2026, 9, 23));

    private static readonly Application Application = new() { Number = "XLSP2026000001", ItemName = "食品经营许可", DepartmentId = Guid.NewGuid() };

    public void Dispose() => _host.Dispose();

    [Fact]
    public void A_bad_review_is_due_on_the_15th_working_day_across_mid_autumn_and_national_day()
    {
        // Rated Wed 2026-09-23: 09-24 (1); 09-25..27 中秋; 09-28..30 (2–4); 10-01..07 国庆; 10-08, 10-09 (5, 6);
        // Sat 10-10 调休上班 (7); 10-12..16 (8–12); 10-19..21 (13–15) → Wed 2026-10-21.
        var clock = _host.Clocks.Start(RectificationClock.For(Guid.NewGuid(), Application, D(2026, 9, 23), new ApprovalsOptions().RectificationWorkingDays)).Value;

        Assert.Equal(D(2026, 10, 21), clock.DueDate);
        Assert.Equal(Application.DepartmentId, clock.DepartmentId);
        Assert.Equal("rectification", clock.CaseType);
    }

    [Fact]
    public void With_the_period_set_to_5_working_days_it_is_due_the_day_after_national_day()
    {
        var options = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Approvals:RectificationWorkingDays"] = "5" })
            .Build().GetSection(ApprovalsOptions.Section).Get<ApprovalsOptions>()!;

        // 09-24 (1), 09-28..30 (2–4), 10-08 (5).
        var clock = _host.Clocks.Start(RectificationClock.For(Guid.NewGuid(), Application, D(2026, 9, 23), options.RectificationWorkingDays)).Value;

        Assert.Equal(D(2026, 10, 8), clock.DueDate);
    }
}
