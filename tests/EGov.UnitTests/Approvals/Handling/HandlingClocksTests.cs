using EGov.Approvals.Applications.Handling;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Clocks;
using EGov.UnitTests.Calendar;
using static EGov.UnitTests.Calendar.Calendars;

namespace EGov.UnitTests.Approvals.Handling;

/// <summary>The handling clocks started at acceptance, paused by special procedures and extended, on the 2026 calendar.</summary>
public sealed class HandlingClocksTests : IDisposable
{
    private readonly CalendarClockHost _host = new(D(2026, 11, 2));

    public void Dispose() => _host.Dispose();

    private HandlingCase Accept(ServiceItem item, DateOnly acceptedOn)
    {
        var handled = new HandlingCase(new Application { Number = "XLSP2026000001", ItemName = item.Name, DepartmentId = Guid.NewGuid() }, item, []);
        Assert.True(new HandlingClocks(_host.Clocks).StartHandling(handled, acceptedOn, "已受理").IsSuccess);
        return handled;
    }

    [Fact]
    public void Statutory_period_ends_on_the_20th_working_day_after_acceptance()
    {
        // 第四十二条: accepted Mon 11-02; 11-03..11-30 hold 20 working days.
        var handled = Accept(HandlingDatesTests.Item(ItemType.Licensing), D(2026, 11, 2));

        Assert.Equal(D(2026, 11, 30), handled.Statutory!.DueDate);
        Assert.Equal(D(2026, 11, 16), handled.Promised!.DueDate);
        Assert.Equal(D(2026, 11, 9), handled.Step!.DueDate);
    }

    [Fact]
    public void Extension_adds_10_working_days_to_the_statutory_period()
    {
        var handled = Accept(HandlingDatesTests.Item(ItemType.Licensing), D(2026, 11, 2));

        Assert.True(new HandlingClocks(_host.Clocks).Extend(handled.Statutory!, HandlingDates.ExtensionDays(handled.Item), "需要现场核查", "局长").IsSuccess);

        Assert.Equal(D(2026, 12, 14), handled.Statutory!.DueDate);
    }

    [Fact]
    public void Joint_handling_runs_45_working_days_across_Mid_Autumn_and_National_Day_and_15_more_when_extended()
    {
        // 第四十二条第二款: accepted Mon 08-03 → 45th working day is the make-up Saturday 10-10 (09-20 worked, 09-25 and 10-01..07 off).
        var handled = Accept(HandlingDatesTests.Item(ItemType.Licensing, joint: true), D(2026, 8, 3));
        Assert.Equal(D(2026, 10, 10), handled.Statutory!.DueDate);

        new HandlingClocks(_host.Clocks).Extend(handled.Statutory, HandlingDates.ExtensionDays(handled.Item), "联合办理需征求多部门意见", "区长");

        Assert.Equal(D(2026, 10, 30), handled.Statutory.DueDate);
    }

    [Fact]
    public void Special_procedure_time_is_not_counted_in_any_handling_clock()
    {
        // 第四十五条: paused Mon 11-09 (still counted), resumed Fri 11-13: 11-10..13 are 4 working days not counted.
        var handled = Accept(HandlingDatesTests.Item(ItemType.Licensing), D(2026, 11, 2));
        var clocks = new HandlingClocks(_host.Clocks);

        Assert.True(clocks.PauseHandling(handled, PauseReasons.ExpertReview, D(2026, 11, 9), "专家评审").IsSuccess);
        Assert.All(handled.HandlingClocks, c => Assert.Equal(ClockState.Paused, c.State));
        Assert.True(clocks.ResumeHandling(handled, D(2026, 11, 13)).IsSuccess);

        Assert.Equal(D(2026, 12, 4), handled.Statutory!.DueDate);
        Assert.Equal(D(2026, 11, 20), handled.Promised!.DueDate);
        Assert.All(handled.HandlingClocks, c => Assert.Equal(ClockState.Running, c.State));
    }

    [Fact]
    public void Next_stage_stops_the_step_clock_and_starts_one_with_the_stage_limit()
    {
        var handled = Accept(HandlingDatesTests.Item(ItemType.Licensing), D(2026, 11, 2));
        var review = handled.Step!;

        Assert.True(new HandlingClocks(_host.Clocks).MoveStep(handled, StepStage.Decision, 2, D(2026, 11, 5)).IsSuccess);

        Assert.Equal(ClockState.Stopped, review.State);
        Assert.NotEqual(review.Id, handled.Step!.Id);
        Assert.Equal(D(2026, 11, 9), handled.Step.DueDate);
    }

    [Fact]
    public void Immediate_item_has_no_promised_clock()
    {
        var item = HandlingDatesTests.Item(ItemType.Licensing, promised: 0);
        item.CaseKind = CaseKind.Immediate;

        var handled = Accept(item, D(2026, 11, 2));

        Assert.Null(handled.Promised);
        Assert.NotNull(handled.Statutory);
    }
}
